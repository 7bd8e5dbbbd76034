import { describe, expect, it } from 'vitest';
import type { FollowUpStatus } from '../../src/domain/model.js';
import { statusCodes } from '../../src/domain/model.js';
import { dumpLists } from './helpers/dump.js';
import { graphStores } from './helpers/graph-stores.js';
import { largePlan } from './fixtures/large-plan.js';

const activities = 200;

/** Provision, seed, load, then 200 answers written at once; returns what the lists hold. */
async function scenario(faults: { throttleRate: number; failRate: number }) {
  const stores = await graphStores(largePlan(activities, { answers: false }), {
    ...faults,
    retryAfterSeconds: 0,
    faultSeed: 42,
  });
  try {
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const writes = await Promise.all(
      loaded.value.activities.map((a) =>
        stores.store.recordFollowUps({
          roundId: 'annual-2026',
          departmentId: a.responsibleDepartmentId,
          answers: [
            {
              activityId: a.id,
              status: statusCodes[Number(a.id.slice(1)) % 5] as FollowUpStatus,
              comment: `Svar ${a.id}`,
              nextSteps: '',
            },
          ],
          responder: { id: 'u-3', name: 'Cecilia Carlsson' },
          source: 'tab',
          at: new Date('2027-02-02T10:00:00Z'),
        }),
      ),
    );
    const failed = writes.filter((w) => !w.ok);
    const reloaded = await stores.store.loadPlan();
    const stats = await stores.emulator.stats();
    return { failed, reloaded, dump: await dumpLists(stores.emulator.graph, stores.site), stats };
  } finally {
    await stores.close();
  }
}

describe('the data layer under throttling', () => {
  it('provisions, seeds, loads and writes 200 answers at once with 30 % 429 and 5 % 503, ending as a fault-free run', async () => {
    const clean = await scenario({ throttleRate: 0, failRate: 0 });
    const faulty = await scenario({ throttleRate: 0.3, failRate: 0.05 });
    expect(faulty.failed).toEqual([]);
    expect(faulty.reloaded.ok).toBe(true);
    expect(faulty.dump['FollowUps']).toHaveLength(activities);
    expect(faulty.dump['Activities']!.filter((a) => a['LatestStatus'] !== undefined)).toHaveLength(
      activities,
    );
    expect(faulty.dump).toEqual(clean.dump);
    expect(faulty.stats.total).toBeGreaterThan(clean.stats.total);
  }, 120_000);
});
