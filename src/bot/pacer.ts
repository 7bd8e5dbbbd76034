/**
 * Paces calls to the Bot Connector under Teams' rate limits (learn.microsoft.com, "Optimize your
 * bot with rate limiting in Teams"): per bot per thread, at most 7 operations a second, 8 in two
 * seconds, 60 in 30 seconds and 1,800 an hour; per app per tenant, 50 requests a second. The
 * exact values may change, so the tenant rate is configurable and kept well below the limit, and
 * a 429 still gets honoured by the caller (Retry-After). Sliding windows; a slot is reserved
 * synchronously, so concurrent callers never share one.
 */

export type Window = { readonly count: number; readonly ms: number };

/** Per bot per thread (channel), as Teams documents it. */
export const teamsThreadWindows: readonly Window[] = [
  { count: 7, ms: 1_000 },
  { count: 8, ms: 2_000 },
  { count: 60, ms: 30_000 },
  { count: 1_800, ms: 3_600_000 },
];

/** Teams allows 50 requests a second per app per tenant; the default leaves room for invokes. */
const defaultTenantRatePerSecond = 20;

export type PacerTimer = {
  now(): number;
  sleep(ms: number): Promise<void>;
};

export const realTimer: PacerTimer = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type PacerSettings = {
  readonly tenantRatePerSecond?: number;
  readonly threadWindows?: readonly Window[];
};

class SlidingLog {
  private times: number[] = [];

  constructor(private readonly windows: readonly Window[]) {}

  /** The earliest moment ≥ `at` at which one more call stays within every window. */
  earliest(at: number): number {
    let t = at;
    for (const { count, ms } of this.windows) {
      const inWindow = this.times.filter((x) => x > t - ms);
      if (inWindow.length >= count) t = Math.max(t, inWindow[inWindow.length - count]! + ms);
    }
    return t;
  }

  add(at: number, longest: number): void {
    this.times = this.times.filter((x) => x > at - longest);
    this.times.push(at);
    this.times.sort((a, b) => a - b);
  }
}

export class Pacer {
  private readonly threads = new Map<string, SlidingLog>();
  private readonly tenants = new Map<string, SlidingLog>();
  private readonly threadWindows: readonly Window[];
  private readonly tenantWindows: readonly Window[];
  private pausedUntil = 0;

  constructor(
    settings: PacerSettings = {},
    private readonly timer: PacerTimer = realTimer,
  ) {
    const rate = settings.tenantRatePerSecond ?? defaultTenantRatePerSecond;
    if (!(rate > 0)) throw new Error('tenantRatePerSecond must be positive');
    this.threadWindows = settings.threadWindows ?? teamsThreadWindows;
    this.tenantWindows = [{ count: Math.max(1, Math.floor(rate)), ms: 1_000 }];
  }

  /** Waits for a slot for one call to `thread` in `tenant`, and takes it. */
  async take(tenant: string, thread: string): Promise<void> {
    const threadLog = this.log(this.threads, thread, this.threadWindows);
    const tenantLog = this.log(this.tenants, tenant, this.tenantWindows);
    let at = Math.max(this.timer.now(), this.pausedUntil);
    for (let changed = true; changed;) {
      const next = Math.max(threadLog.earliest(at), tenantLog.earliest(at));
      changed = next !== at;
      at = next;
    }
    threadLog.add(at, longest(this.threadWindows));
    tenantLog.add(at, longest(this.tenantWindows));
    const wait = at - this.timer.now();
    if (wait > 0) await this.timer.sleep(wait);
  }

  /** Nobody calls before `ms` from now (a 429's Retry-After applies to the whole app). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + ms);
  }

  private log(map: Map<string, SlidingLog>, key: string, windows: readonly Window[]): SlidingLog {
    let log = map.get(key);
    if (!log) {
      log = new SlidingLog(windows);
      map.set(key, log);
    }
    return log;
  }
}

function longest(windows: readonly Window[]): number {
  return Math.max(...windows.map((w) => w.ms));
}
