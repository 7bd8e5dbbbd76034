import { HttpError } from '@microsoft/agents-hosting';

/** What a failed Bot Connector call said: its HTTP status (0: no answer) and Retry-After. */
export type ConnectorProblem = {
  readonly status: number;
  readonly retryAfterMs?: number;
  readonly message: string;
};

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`. */
function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function connectorProblem(error: unknown, now: number): ConnectorProblem {
  if (error instanceof HttpError) {
    const after = retryAfterMs(error.response?.headers?.get?.('retry-after'), now);
    return {
      status: error.status,
      message: `Bot Connector svarade ${error.status}`,
      ...(after === undefined ? {} : { retryAfterMs: after }),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 0, message: `Bot Connector kunde inte nås (${message})` };
}

/**
 * 429 is always safe to retry (nothing was done). 502/503/504 and 412 too for an update (a PUT
 * of the same content), but not for a new post, which may have gone out.
 */
export function isRetryable(problem: ConnectorProblem, idempotent: boolean): boolean {
  if (problem.status === 429) return true;
  return idempotent && [412, 502, 503, 504].includes(problem.status);
}
