export type StatsSnapshot = {
  readonly total: number;
  readonly byRoute: readonly { method: string; route: string; count: number }[];
};

/** Round trips per route since the last reset; a `$batch` counts once. */
export class Stats {
  private counts = new Map<string, { method: string; route: string; count: number }>();
  private total = 0;

  count(method: string, route: string): void {
    const key = `${method} ${route}`;
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { method, route, count: 1 });
    this.total++;
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }

  snapshot(): StatsSnapshot {
    const byRoute = [...this.counts.values()]
      .map((e) => ({ ...e }))
      .sort((a, b) => a.route.localeCompare(b.route) || a.method.localeCompare(b.method));
    return { total: this.total, byRoute };
  }
}
