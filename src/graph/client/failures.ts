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
 * A Graph problem as a Failure with a Swedish message; `what` names the thing, e.g.
 * "Aktiviteten A1.1". The Graph code and message follow in parentheses, so nothing is lost.
 */
export function failureOf(problem: GraphProblem, what: string, current?: unknown): Failure {
  const reason = reasonOf(problem);
  const extra = detail(problem);
  switch (reason) {
    case 'conflict':
      return {
        reason,
        message: `${what} har ändrats av någon annan under tiden; inget skrevs över. ${extra}`,
        ...(current === undefined ? {} : { current }),
      };
    case 'notFound':
      return { reason, message: `${what} finns inte på SharePoint-webbplatsen. ${extra}` };
    case 'throttled': {
      const seconds = Math.max(1, Math.ceil(problem.retryAfterSeconds ?? 10));
      return {
        reason,
        message: `SharePoint är tillfälligt överbelastat. Försök igen om ${seconds} sekunder. ${extra}`,
        retryAfterSeconds: seconds,
      };
    }
    case 'forbidden':
      return {
        reason,
        message: `Appen saknar behörighet att läsa eller skriva ${what.toLowerCase()} på SharePoint-webbplatsen. ${extra}`,
      };
    case 'invalid':
      return {
        reason,
        message: `SharePoint tog inte emot uppgifterna för ${what.toLowerCase()}. ${extra}`,
      };
    case 'personalData':
    case 'unavailable':
      return {
        reason: 'unavailable',
        message: `SharePoint svarar inte just nu. Försök igen om en stund. ${extra}`,
      };
  }
}

export function failWith<T>(problem: GraphProblem, what: string, current?: unknown): Result<T> {
  const failure = failureOf(problem, what, current);
  return fail(failure.reason, failure.message, {
    ...(failure.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: failure.retryAfterSeconds }),
    ...(failure.current === undefined ? {} : { current: failure.current }),
  });
}
