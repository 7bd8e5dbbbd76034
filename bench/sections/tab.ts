import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { annualRound, toFollowUpRound } from '../../src/domain/calendar/rounds.js';
import { fixedClock } from '../../src/domain/clock.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { makeDevToken } from '../../src/tab/auth/dev-token.js';
import { createGraphPlanReader } from '../../src/tab/backend/graph-plan-reader.js';
import { siteSchema } from '../../src/tab/config/site-schema.js';
import { graphStores } from '../../tests/graph/helpers/graph-stores.js';
import { siteUrl } from '../../tests/graph/helpers/emulator.js';
import { median, type BenchSection, type BenchTable } from '../section.js';

/**
 * The tab: its bundle per chunk (a fresh `vite build` of vite.tab.config.ts into a temporary
 * folder, gzip level 9 as a server would send it), and the overview's time to data through the
 * tab's own read path (createGraphPlanReader: the data layer's GraphPlanStore with the user's
 * token, as in the browser) against the Graph emulator at 0 and 100 ms latency.
 */

type ManifestChunk = {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
};
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The overview's own lazy chunks (loaded as soon as the overview shows its data). */
const overviewLazy = ['components/ProgressChart/ProgressChart.tsx'];
/** Inside Teams the tab also needs the Teams SDK and MSAL (NAA) before the overview has data. */
const inTeamsLazy = ['host/teams-sdk.ts', 'auth/msal-auth-session.ts'];
const firstViewBudgetKb = 250;

function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const verdict = (bytes: number) => (bytes / 1024 <= firstViewBudgetKb ? 'met' : 'NOT met');

async function bundleTable(): Promise<BenchTable> {
  const outDir = await mkdtemp(join(tmpdir(), 'aktivitetsplan-tab-build-'));
  // Vite's build sets NODE_ENV=production in this process, which would turn the sections run
  // after this one (the bot's) into production mode: put it back afterwards.
  const nodeEnv = process.env['NODE_ENV'];
  try {
    await build({
      configFile: 'vite.tab.config.ts',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    const manifest = JSON.parse(
      await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const entry = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
    const initial = staticClosure(manifest, entry);
    const firstView = staticClosure(manifest, [...entry, ...overviewLazy]);
    const inTeams = staticClosure(manifest, [...entry, ...overviewLazy, ...inTeamsLazy]);
    const rows: (string | number)[][] = [];
    let initialGzip = 0;
    let firstViewGzip = 0;
    let inTeamsGzip = 0;
    for (const [key, chunk] of Object.entries(manifest)) {
      if (!chunk.file.endsWith('.js')) continue;
      const bytes = await readFile(join(outDir, chunk.file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      if (initial.has(key)) initialGzip += gzip;
      if (firstView.has(key)) firstViewGzip += gzip;
      if (inTeams.has(key)) inTeamsGzip += gzip;
      const load = initial.has(key)
        ? 'initial'
        : firstView.has(key)
          ? 'overview (lazy)'
          : inTeams.has(key)
            ? 'in Teams (lazy)'
            : 'lazy';
      rows.push([chunk.file.replace(/^assets\//, ''), load, kb(bytes.length), kb(gzip)]);
    }
    rows.sort((a, b) => Number(b[3]) - Number(a[3]));
    return {
      title: 'Tab bundle per chunk (vite build, gzip -9)',
      columns: ['chunk', 'loaded', 'KB', 'KB gzip'],
      rows,
      notes: [
        `Initial JavaScript (entry + static imports): ${kb(initialGzip)} KB gzip.`,
        `First view, local (initial + the overview's lazy chunks): ${kb(firstViewGzip)} KB gzip; target ≤ ${firstViewBudgetKb} KB: ${verdict(firstViewGzip)}.`,
        `First view inside Teams (+ Teams SDK and MSAL for NAA): ${kb(inTeamsGzip)} KB gzip; target ≤ ${firstViewBudgetKb} KB: ${verdict(inTeamsGzip)}.`,
      ],
    };
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
    await rm(outDir, { recursive: true, force: true });
  }
}

const runs = 7;
const latencies = [0, 100] as const;

async function timeToDataTable(): Promise<BenchTable> {
  const now = new Date('2027-02-01T08:00:00Z');
  const data = {
    ...seedPlan,
    rounds: [toFollowUpRound(annualRound(2026), seedPlan.plan.id, 'open')],
  };
  const stores = await graphStores(data);
  try {
    // The plans' item ids, as /config.json carries them once the app's store has read the plan.
    await stores.store.loadPlan();
    const site = { ...stores.site, plans: stores.store.knownPlans() };
    const token = makeDevToken(
      {
        oid: stores.emulator.emulator.seed.users[0]!.id,
        name: 'Anna Andersson',
        upn: 'anna@kommun.se',
        tid: 'tenant',
        scopes: ['Sites.Read.All'],
        audience: 'https://graph.microsoft.com',
      },
      now,
      3600 * 24 * 365 * 10,
    );
    /** With `known`, the site and list ids come from /config.json, as the server serves them. */
    const reader = (known: boolean) =>
      createGraphPlanReader({
        graphBase: stores.emulator.emulator.url,
        siteUrl,
        ...(known ? { site } : {}),
        origin: stores.emulator.emulator.origin,
        auth: { getToken: () => Promise.resolve({ ok: true, token }) },
        clock: fixedClock(now),
        fetch: stores.emulator.fetch,
        schema: siteSchema,
      });
    const rows: (string | number)[][] = [];
    let coldKnownTrips = 0;
    for (const latencyMs of latencies) {
      await stores.emulator.setFaults({ latencyMs });
      for (const known of [true, false]) {
        const cold: number[] = [];
        const warm: number[] = [];
        let coldTrips = 0;
        let warmTrips = 0;
        for (let i = 0; i < runs; i += 1) {
          const tab = reader(known);
          await stores.emulator.resetStats();
          let started = performance.now();
          const first = await tab.loadPlan();
          cold.push(performance.now() - started);
          coldTrips = (await stores.emulator.stats()).total;
          await stores.emulator.resetStats();
          started = performance.now();
          const again = await tab.loadPlan();
          warm.push(performance.now() - started);
          warmTrips = (await stores.emulator.stats()).total;
          if (!first.ok || !again.ok) throw new Error('the overview could not load the plan');
        }
        if (known) coldKnownTrips = Math.max(coldKnownTrips, coldTrips);
        rows.push([
          latencyMs,
          known ? 'ids in /config.json' : 'site URL only',
          coldTrips,
          median(cold).toFixed(0),
          warmTrips,
          median(warm).toFixed(0),
        ]);
      }
    }
    return {
      title: `Overview time to data (tab read path, seeded plan, median of ${runs})`,
      columns: [
        'latency ms',
        'site',
        'trips (cold open)',
        'ms (cold open)',
        'trips (reload)',
        'ms (reload)',
      ],
      rows,
      notes: [
        "Cold open: a fresh tab, as every open inside Teams is. With the site, list and plan ids that /config.json carries it reads the plan at once (one $batch; areas, activities and rounds only of the chosen plan and its parent, by the indexed Plan lookup); with the site URL only it first finds the site and its lists (two more round trips) and reads every plan's items. Reload: the plan again.",
        `Target: a cold open gets the overview's data in one Graph round trip: ${coldKnownTrips === 1 ? 'met' : 'NOT met'}.`,
      ],
    };
  } finally {
    await stores.close();
  }
}

export const tabSection: BenchSection = {
  name: 'tab',
  async run(): Promise<readonly BenchTable[]> {
    return [await bundleTable(), await timeToDataTable()];
  },
};
