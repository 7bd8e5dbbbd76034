import type { ApiErrorReason } from '../api/contract.js';

/** Why a call failed: the API's reasons, plus `network` when nothing answered. */
export type TabFailureReason = ApiErrorReason | 'network';

export type TabFailure = {
  readonly reason: TabFailureReason;
  /** A Swedish sentence for the user (the server's, or the tab's own). */
  readonly message: string;
  readonly fields?: Readonly<Record<string, string>>;
  /** For `conflict`: what is stored now. */
  readonly current?: unknown;
  readonly retryAfterSeconds?: number;
};

export type TabResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TabFailure };
