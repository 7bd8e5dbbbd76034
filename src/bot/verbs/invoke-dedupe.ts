import type { VerbOutcome } from './verb-outcome.js';

/**
 * Teams retries an invoke it thinks was slow, with the same activity id. The first delivery does
 * the work; a repeat (while it runs or shortly after) gets the same outcome without writing or
 * updating anything again. Across processes the use case's idempotency covers it.
 */
export class InvokeDedupe {
  private readonly seen = new Map<string, Promise<VerbOutcome>>();

  constructor(private readonly capacity = 500) {}

  async once(
    id: string | undefined,
    work: () => Promise<VerbOutcome>,
  ): Promise<{ readonly outcome: VerbOutcome; readonly first: boolean }> {
    if (!id) return { outcome: await work(), first: true };
    const running = this.seen.get(id);
    if (running) return { outcome: await running, first: false };
    const started = work();
    this.seen.set(id, started);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return { outcome: await started, first: true };
  }
}
