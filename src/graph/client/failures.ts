import { fail, type Failure, type FailureReason, type Result } from '../../app/result.js';
import type { GraphProblem } from './gateway.js';

/** The stable reason for a Graph status; the caller decides what a 409/412 means for its write. */
function reasonOf(problem: GraphProblem): FailureReason {
  const { status } = problem;
  if (status === 409 || status === 412) return 'conflict';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 401 || status === 403) return 'forbidden';
  if (status >= 400 && status < 500) return 'invalid';
  return 'unavailable';
}

function detail(problem: GraphProblem): string {
  return problem.status === 0
    ? `(${problem.code}: ${problem.message})`
    : `(Graph svarade ${problem.status} ${problem.code}: ${problem.message})`;
}

/**
 * A Graph problem as a Failure with a Swedish message a user may read; `what` names the thing,
 * e.g. "Aktiviteten A1.1". Graph's status, code and message go to `detail`, for the log and the
 * command line only, so nothing is lost and users never read Graph's English.
 */
export function failureOf(problem: GraphProblem, what: string, current?: unknown): Failure {
  const failure = userFailureOf(problem, what, current);
  return { ...failure, detail: detail(problem) };
}

function userFailureOf(problem: GraphProblem, what: string, current?: unknown): Failure {
  const reason = reasonOf(problem);
  switch (reason) {
    case 'conflict':
      return {
        reason,
        message: `${what} har ändrats av någon annan under tiden; inget skrevs över.`,
        ...(current === undefined ? {} : { current }),
      };
    case 'notFound':
      return { reason, message: `${what} finns inte på SharePoint-webbplatsen.` };
    case 'throttled': {
      const seconds = Math.max(1, Math.ceil(problem.retryAfterSeconds ?? 10));
      return {
        reason,
        message: `SharePoint är tillfälligt överbelastat. Försök igen om ${seconds} sekunder.`,
        retryAfterSeconds: seconds,
      };
    }
    case 'forbidden':
      return {
        reason,
        message: `Appen saknar behörighet att läsa eller skriva ${what.toLowerCase()} på SharePoint-webbplatsen.`,
      };
    case 'invalid':
      return {
        reason,
        message: `SharePoint tog inte emot uppgifterna för ${what.toLowerCase()}.`,
      };
    case 'personalData':
    case 'unavailable':
      return {
        reason: 'unavailable',
        message: `SharePoint svarar inte just nu. Försök igen om en stund.`,
      };
  }
}

export function failWith<T>(problem: GraphProblem, what: string, current?: unknown): Result<T> {
  const failure = failureOf(problem, what, current);
  return fail(failure.reason, failure.message, {
    ...(failure.detail === undefined ? {} : { detail: failure.detail }),
    ...(failure.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: failure.retryAfterSeconds }),
    ...(failure.current === undefined ? {} : { current: failure.current }),
  });
}
