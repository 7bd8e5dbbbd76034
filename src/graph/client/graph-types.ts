import type { TimeBudget } from '../../app/ports.js';

/** The shapes every Graph caller shares: a request, its outcome, and the gateway's port. */

type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One Graph request; `url` is relative to the version root (`/sites/…`), never `/v1.0/…`. */
export type GraphRequest = {
  readonly method: GraphMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /**
   * In `batch`: runs only if the request just before it succeeded (Graph's `dependsOn`), else it
   * gets 424. The two travel in the same `$batch` and are resent together when throttled.
   */
  readonly dependsOnPrevious?: boolean;
};

type GraphSuccess = { readonly ok: true; readonly status: number; readonly body: unknown };
export type GraphProblem = {
  readonly ok: false;
  /** HTTP status; 0 when the request never got an answer (network). */
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly retryAfterSeconds?: number;
};
export type GraphOutcome = GraphSuccess | GraphProblem;

export type BatchOptions = {
  /**
   * How long the caller can wait: a throttled part is resent only when its Retry-After ends
   * within it; otherwise its 429/503/504 is returned (and a part depending on it gets 424).
   */
  readonly budget?: TimeBudget;
};

/** How the app talks to Graph: one request, or many in `$batch` round trips. */
export interface Graph {
  send(request: GraphRequest): Promise<GraphOutcome>;
  /** Outcomes in the order of `requests`; parts answered 429/503/504 are resent after Retry-After. */
  batch(requests: readonly GraphRequest[], options?: BatchOptions): Promise<GraphOutcome[]>;
}
