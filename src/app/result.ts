/**
 * Expected failures are values with a stable `reason`; bugs throw.
 * Edges (bot, API, CLI) map reasons to HTTP statuses and Swedish messages.
 */
export type FailureReason =
  'conflict' | 'notFound' | 'throttled' | 'personalData' | 'forbidden' | 'invalid' | 'unavailable';

export type Failure<R extends FailureReason = FailureReason> = {
  readonly reason: R;
  /** A plain Swedish sentence a user may see. */
  readonly message: string;
  /** Field-level messages (Swedish), keyed by field name, for `invalid` and `personalData`. */
  readonly fields?: Readonly<Record<string, string>>;
  /** For `throttled`: seconds to wait before trying again. */
  readonly retryAfterSeconds?: number;
  /** For `conflict`: the version that is stored now. */
  readonly current?: unknown;
  /**
   * For operators, never shown to users: what the service behind said (e.g. Graph's status, code
   * and message). Logs and the command line show it after the message (`failureText`).
   */
  readonly detail?: string;
};

export type Result<T, R extends FailureReason = FailureReason> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure<R> };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<R extends FailureReason>(
  reason: R,
  message: string,
  extra: Omit<Failure<R>, 'reason' | 'message'> = {},
): { readonly ok: false; readonly error: Failure<R> } {
  return { ok: false, error: { reason, message, ...extra } };
}

/** The message with its technical detail, for logs and the command line (not for users). */
export function failureText(failure: Pick<Failure, 'message' | 'detail'>): string {
  return failure.detail ? `${failure.message} ${failure.detail}` : failure.message;
}
