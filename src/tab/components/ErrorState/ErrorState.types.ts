import type { TabFailure } from '../../backend/tab-backend.js';

export type ErrorStateProps = {
  /** What could not be done, e.g. "Planen kunde inte läsas". */
  readonly title: string;
  readonly error: TabFailure;
  readonly onRetry?: () => void;
};

export type ErrorStateState = {
  readonly title: string;
  readonly reasonTitle: string;
  readonly message: string;
  readonly retryHint?: string;
  readonly retryLabel: string;
  readonly onRetry?: () => void;
};
