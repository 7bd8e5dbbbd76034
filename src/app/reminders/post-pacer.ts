import type { RunTimer } from './run-settings.js';

export type PacerSettings = {
  /** Posts per second for the whole run. */
  readonly postsPerSecond: number;
  /** Least time between two posts to the same thread (channel). */
  readonly threadIntervalMs: number;
};

/**
 * Hands out posting slots: evenly spaced at `postsPerSecond` for the whole run, and no closer
 * than `threadIntervalMs` within one thread. A 429's Retry-After pauses every slot until it has
 * passed. Slots are taken synchronously, so concurrent workers never share one.
 */
export class PostPacer {
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly nextInThread = new Map<string, number>();
  private slots = 0;

  constructor(
    private readonly settings: PacerSettings,
    private readonly timer: RunTimer,
  ) {
    if (!(settings.postsPerSecond > 0)) throw new Error('postsPerSecond must be positive');
  }

  /** Slots handed out so far. */
  get taken(): number {
    return this.slots;
  }

  /** Resolves when this caller may post to `thread`. */
  async take(thread: string): Promise<void> {
    for (;;) {
      const now = this.timer.now().getTime();
      const at = Math.max(now, this.nextSlot, this.pausedUntil, this.nextInThread.get(thread) ?? 0);
      this.nextSlot = at + 1000 / this.settings.postsPerSecond;
      this.nextInThread.set(thread, at + this.settings.threadIntervalMs);
      if (at > now) await this.timer.sleep(at - now);
      // A Retry-After that arrived while waiting moves this slot too.
      if (this.timer.now().getTime() >= this.pausedUntil) break;
    }
    this.slots += 1;
  }

  /** Nobody posts before `ms` from now (a connector 429's Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timer.now().getTime() + ms);
  }
}
