/** Where a fault may strike: a whole HTTP request, or one part of a `$batch`. */
export type FaultScope = 'request' | 'batchPart';

export type Fault = { readonly status: number; readonly retryAfterSeconds: number | undefined };

export type FaultScript = {
  readonly status: number;
  /** How many matching requests still get this fault. */
  remaining: number;
  readonly retryAfterSeconds: number | undefined;
  readonly method: string | undefined;
  /** A route template such as `/sites/{site-id}/lists/{list-id}/items`. */
  readonly route: string | undefined;
  readonly scope: FaultScope | 'any';
};

export type FaultSettings = {
  latencyMs: number;
  /** Share (0..1) of requests answered 429 with Retry-After. */
  throttleRate: number;
  /** Share (0..1) of requests answered 503 with Retry-After. */
  failRate: number;
  retryAfterSeconds: number;
};

/** A small seeded PRNG (mulberry32) so fault runs can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fault injection: latency, a share of 429s and 503s (for whole requests other than
 * `$batch` itself, and for each batch part), and scripted faults for the next N requests.
 */
export class Faults {
  readonly settings: FaultSettings;
  private scripts: FaultScript[] = [];

  constructor(
    private readonly initial: FaultSettings,
    private readonly random: () => number,
  ) {
    this.settings = { ...initial };
  }

  configure(patch: Partial<FaultSettings>): void {
    Object.assign(this.settings, patch);
  }

  script(script: Omit<FaultScript, 'remaining'> & { count: number }): void {
    const { count, ...rest } = script;
    this.scripts.push({ ...rest, remaining: count });
  }

  reset(): void {
    Object.assign(this.settings, this.initial);
    this.scripts = [];
  }

  /** Zeroes every fault (what `POST /_emulator/reset` does). */
  clear(): void {
    Object.assign(this.settings, { latencyMs: 0, throttleRate: 0, failRate: 0 });
    this.scripts = [];
  }

  pendingScripts(): readonly FaultScript[] {
    return this.scripts.filter((s) => s.remaining > 0);
  }

  pick(method: string, route: string | undefined, scope: FaultScope): Fault | undefined {
    const script = this.scripts.find(
      (s) =>
        s.remaining > 0 &&
        (s.scope === 'any' || s.scope === scope) &&
        (s.method === undefined || s.method === method) &&
        (s.route === undefined || s.route === route),
    );
    if (script) {
      script.remaining--;
      this.scripts = this.scripts.filter((s) => s.remaining > 0);
      return { status: script.status, retryAfterSeconds: script.retryAfterSeconds };
    }
    if (scope === 'request' && route === '/$batch') return undefined;
    const roll = this.random();
    const { throttleRate, failRate, retryAfterSeconds } = this.settings;
    if (roll < throttleRate) return { status: 429, retryAfterSeconds };
    if (roll < throttleRate + failRate) return { status: 503, retryAfterSeconds };
    return undefined;
  }
}
