import type { Failure, Result } from '../../app/result.js';

/**
 * Store work that may finish after the caller has its answer: an answer is stored and reported
 * when its time budget runs out, and its activity's derived columns are written right after,
 * without a budget. `idle()` lets a caller (a test, a shutdown) wait for it; a failure is passed
 * to `onFailure` (logged by the server) and kept in `failures` (the last few).
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();
  readonly failures: Failure[] = [];

  constructor(private readonly onFailure: (failure: Failure) => void = () => {}) {}

  run(task: () => Promise<Result<unknown>>): void {
    const done = task()
      .then(
        (result) => (result.ok ? undefined : this.failed(result.error)),
        (error: unknown) =>
          this.failed({
            reason: 'unavailable',
            message: error instanceof Error ? error.message : String(error),
          }),
      )
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private failed(failure: Failure): void {
    this.failures.push(failure);
    if (this.failures.length > 20) this.failures.shift();
    this.onFailure(failure);
  }
}
