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
  /** Slot times handed out and not yet long past, ascending. */
  private reserved: number[] = [];
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

  private get gap(): number {
    return 1000 / this.settings.postsPerSecond;
  }

  /** The earliest time at or after `from` that is at least a gap away from every slot taken. */
  private firstFree(from: number): number {
    let at = from;
    for (const slot of this.reserved) {
      if (slot <= at - this.gap) continue;
      if (slot >= at + this.gap) break;
      at = slot + this.gap;
    }
    return at;
  }

  private reserve(thread: string, now: number): number {
    this.reserved = this.reserved.filter((slot) => slot > now - this.gap);
    const threadNext = this.nextInThread.get(thread) ?? 0;
    const at = this.firstFree(Math.max(now, this.pausedUntil, threadNext));
    this.reserved.push(at);
    this.reserved.sort((a, b) => a - b);
    this.nextInThread.set(thread, at + this.settings.threadIntervalMs);
    return at;
  }

  /** Resolves when this caller may post to `thread`. */
  async take(thread: string): Promise<void> {
    for (;;) {
      const now = this.timer.now().getTime();
      const at = this.reserve(thread, now);
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
