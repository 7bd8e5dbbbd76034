import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { seedSite } from '../../src/graph/seed/seed-site.js';
import { loadBundledManifest } from '../../src/graph/site-schema/manifest.js';
import { activity, contractData } from './fixtures/plan-data.js';
import { graphStores, type GraphStores } from './helpers/graph-stores.js';

describe('data that fails the model', () => {
  let stores: GraphStores | undefined;
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });

  it('is refused before any request is sent', async () => {
    stores = await graphStores(contractData());
    await stores.emulator.resetStats();
    const badActivity = await stores.store.saveActivity(
      { ...activity('A1.1'), title: '   ' },
      undefined,
    );
    const badAnswer = await stores.store.recordFollowUps({
      roundId: 'annual-2026',
      departmentId: 'social-omsorg',
      answers: [{ activityId: 'A1.2', status: 'finished' as never, comment: '', nextSteps: '' }],
      responder: { id: 'u-1', name: 'Anna Andersson' },
      source: 'card',
      at: new Date('2027-02-03T09:00:00Z'),
    });
    const badReminder = await stores.reminders.reserve(
      { roundId: 'annual-2026', departmentId: 'leanlink', stage: 'sometime' as never },
      'run-1',
      new Date('2027-02-23T07:30:00Z'),
      new Date('2027-02-23T07:30:00Z'),
    );
    const badPlan = await seedSite(
      {
        graph: stores.emulator.graph,
        site: stores.site,
        schema: loadBundledManifest().schema,
        clock: fixedClock(new Date()),
      },
      { ...contractData(), activities: [{ ...activity('A1.1'), areaId: 'area-404' }] },
    );
    for (const result of [badActivity, badAnswer, badReminder, badPlan]) {
      expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    }
    expect((await stores.emulator.stats()).total).toBe(0);
  });
});
