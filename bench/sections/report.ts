import { performance } from 'node:perf_hooks';
import { relevantRoundIds } from '../../src/app/store-rules.js';
import { annualRound, toFollowUpRound } from '../../src/domain/calendar/rounds.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { FollowUp } from '../../src/domain/model.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { makeDevToken } from '../../src/tab/auth/dev-token.js';
import { createGraphPlanReader } from '../../src/tab/backend/graph-plan-reader.js';
import { siteSchema } from '../../src/tab/config/site-schema.js';
import { roundsOfKind } from '../../src/tab/report/report-measures.js';
import { graphStores } from '../../tests/graph/helpers/graph-stores.js';
import { siteUrl } from '../../tests/graph/helpers/emulator.js';
import { median, type BenchSection, type BenchTable } from '../section.js';

/**
 * Rapport's data through the tab's own read path (createGraphPlanReader, as in the browser):
 * the plan's read (it holds the open rounds' and the latest closed round's answers), then one
 * read of the answers of the report's other rounds of its kind, by the indexed Round lookup.
 * Three annual rounds; the report of the open one needs the oldest round's answers too.
 */

const runs = 7;
const latencies = [0, 100] as const;

function answers(roundId: string): FollowUp[] {
  return seedPlan.activities.slice(0, 6).map((a) => ({
    roundId,
    activityId: a.id,
    departmentId: a.responsibleDepartmentId,
    status: 'onTrack',
    comment: '',
    nextSteps: '',
    answeredBy: { id: 'u-1', name: 'Anna Andersson' },
    answeredAt: '2026-02-01T09:00:00Z',
    source: 'tab',
    fundsUsedTkr: 10,
  }));
}

async function reportTable(): Promise<BenchTable> {
  const now = new Date('2027-02-01T08:00:00Z');
  const rounds = [
    toFollowUpRound(annualRound(2024), seedPlan.plan.id, 'closed'),
    toFollowUpRound(annualRound(2025), seedPlan.plan.id, 'closed'),
    toFollowUpRound(annualRound(2026), seedPlan.plan.id, 'open'),
  ];
  const stores = await graphStores({
    ...seedPlan,
    activities: seedPlan.activities.map((a) => ({ ...a, start: '2022-01-01', end: '2026-12-31' })),
    rounds,
    followUps: [...answers('annual-2024'), ...answers('annual-2025')],
  });
  try {
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
    const held = relevantRoundIds(rounds);
    const missing = roundsOfKind(rounds, rounds.at(-1)!)
      .map((r) => r.id)
      .filter((id) => !held.has(id));
    const rows: (string | number)[][] = [];
    let worstTrips = 0;
    for (const latencyMs of latencies) {
      await stores.emulator.setFaults({ latencyMs });
      const times: number[] = [];
      let trips = 0;
      for (let i = 0; i < runs; i += 1) {
        const tab = createGraphPlanReader({
          graphBase: stores.emulator.emulator.url,
          siteUrl,
          site: stores.site,
          origin: stores.emulator.emulator.origin,
          auth: { getToken: () => Promise.resolve({ ok: true, token }) },
          clock: fixedClock(now),
          fetch: stores.emulator.fetch,
          schema: siteSchema,
        });
        await stores.emulator.resetStats();
        const started = performance.now();
        const plan = await tab.loadPlan();
        const older = await tab.listFollowUps!(missing);
        times.push(performance.now() - started);
        trips = (await stores.emulator.stats()).total;
        if (!plan.ok || !older.ok || older.value.length === 0)
          throw new Error('the report could not read its rounds');
      }
      worstTrips = Math.max(worstTrips, trips);
      rows.push([latencyMs, missing.join(', '), trips, median(times).toFixed(0)]);
    }
    return {
      title: `Rapport time to data (tab read path, cold open, median of ${runs})`,
      columns: ['latency ms', 'rounds read beside the plan', 'Graph round trips', 'ms'],
      rows,
      notes: [
        `Target: a round and its comparison round in at most 2 Graph round trips: ${worstTrips <= 2 ? 'met' : 'NOT met'}.`,
      ],
    };
  } finally {
    await stores.close();
  }
}

export const reportSection: BenchSection = {
  name: 'report',
  async run(): Promise<readonly BenchTable[]> {
    return [await reportTable()];
  },
};
