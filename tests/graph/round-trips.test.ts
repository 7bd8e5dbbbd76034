import { afterEach, describe, expect, it } from 'vitest';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { itemsUrl } from '../../src/graph/store/queries.js';
import { graphPlanReader } from '../../src/graph/store/plan-reader.js';
import { readerSchema } from '../../src/graph/site-schema/reader-schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { contractNow } from './fixtures/plan-data.js';
import { loadBundledManifest } from '../../src/graph/site-schema/manifest.js';
import { contractData } from './fixtures/plan-data.js';
import { largePlan } from './fixtures/large-plan.js';
import { graphStores, type GraphStores } from './helpers/graph-stores.js';

/**
 * Round trips asserted by count from the emulator's statistics (a `$batch` counts once), never
 * by time.
 */
describe('GraphPlanStore round trips', () => {
  let stores: GraphStores | undefined;
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });

  it('loads the seeded plan in one request', async () => {
    stores = await graphStores({ ...seedPlan });
    await stores.emulator.resetStats();
    const loaded = await stores.store.loadPlan();
    expect(loaded.ok && loaded.value.activities).toHaveLength(seedPlan.activities.length);
    expect(await stores.emulator.stats()).toEqual({
      total: 1,
      byRoute: [{ method: 'POST', route: '/$batch', count: 1 }],
    });
  });

  it('reads the same plan in one request through the loadPlan-only reader and the trimmed schema the tab ships', async () => {
    stores = await graphStores(contractData());
    const full = await stores.store.loadPlan();
    const reader = graphPlanReader({
      graph: stores.emulator.graph,
      site: stores.site,
      schema: readerSchema(loadBundledManifest().schema),
      clock: fixedClock(contractNow),
    });
    await stores.emulator.resetStats();
    const trimmed = await reader.loadPlan();
    expect(trimmed.ok && full.ok).toBe(true);
    expect(trimmed).toEqual(full);
    expect((await stores.emulator.stats()).total).toBe(1);
  });

  it('reads the departments’ sign-offs in the same request, also through the tab’s reader', async () => {
    stores = await graphStores(contractData());
    const signOff = {
      roundId: 'annual-2026',
      departmentId: 'social-omsorg',
      state: 'signedOff' as const,
      signedBy: { id: 'u-9', name: 'Cecilia Carlsson' },
      signedAt: '2027-02-03T08:30:00Z',
    };
    const saved = await stores.store.saveSignOff(signOff, undefined);
    if (!saved.ok) throw new Error(saved.error.message);
    const reader = graphPlanReader({
      graph: stores.emulator.graph,
      site: stores.site,
      schema: readerSchema(loadBundledManifest().schema),
      clock: fixedClock(contractNow),
    });
    await stores.emulator.resetStats();
    const loaded = await reader.loadPlan();
    expect(loaded.ok && loaded.value.signOffs).toEqual([saved.value]);
    expect((await stores.emulator.stats()).total).toBe(1);
  });

  it('reads every round’s funds used in the same request, rounds before the answers’ window too', async () => {
    const data = contractData();
    const funds: Record<string, number> = {
      'annual-2024': 30,
      'annual-2025': 20.5,
      'annual-2026': 5,
    };
    stores = await graphStores({
      ...data,
      activities: data.activities.map((a) =>
        a.id === 'A1.1' || a.id === 'A2.2' ? { ...a, allocatedTkr: 100 } : a,
      ),
      followUps: data.followUps.map((f) => ({ ...f, fundsUsedTkr: funds[f.roundId] })),
    });
    await stores.emulator.resetStats();
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect((await stores.emulator.stats()).total).toBe(1);
    // annual-2024 opened before the window: its answer is not read in full, its funds are.
    expect(loaded.value.followUps.some((f) => f.roundId === 'annual-2024')).toBe(false);
    const byRound = (loaded.value.fundsUsed ?? []).map((f) => [
      f.roundId,
      f.activityId,
      f.fundsUsedTkr,
    ]);
    expect(byRound.sort()).toEqual([
      ['annual-2024', 'A1.1', 30],
      ['annual-2025', 'A1.1', 20.5],
      ['annual-2025', 'A2.2', 20.5],
      ['annual-2026', 'A2.2', 5],
    ]);
  });

  it('writes plan work in one request after the snapshot: an activity, an area, 14 moved activities', async () => {
    stores = await graphStores({ ...seedPlan });
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const trips = async (write: () => Promise<{ ok: boolean }>) => {
      await stores!.emulator.resetStats();
      expect((await write()).ok).toBe(true);
      return (await stores!.emulator.stats()).total;
    };
    const { version: _v, ...first } = loaded.value.activities[0]!;
    expect(
      await trips(() =>
        stores!.store.saveActivity({ ...first, id: 'A9.1', title: 'Ny' }, undefined),
      ),
    ).toBe(1);
    const area = loaded.value.areas[0]!;
    const { version, ...plain } = area;
    expect(await trips(() => stores!.store.saveArea({ ...plain, title: 'Omdöpt' }, version))).toBe(
      1,
    );
    const moved = loaded.value.activities.map(({ version: seen, ...a }) => ({
      activity: { ...a, responsibleDepartmentId: 'kommunledning', coResponsibleDepartmentIds: [] },
      expectedVersion: seen,
    }));
    expect(await trips(() => stores!.store.saveActivities(moved))).toBe(1);
  });

  it('loads a plan with rounds and answers in one request when every list fits a page', async () => {
    stores = await graphStores(contractData());
    await stores.emulator.resetStats();
    expect((await stores.store.loadPlan()).ok).toBe(true);
    expect((await stores.emulator.stats()).total).toBe(1);
  });

  it('loads 2,000 activities with their 4,000 answers in one request (pages of up to 5,000)', async () => {
    stores = await graphStores(largePlan(2000, { history: true }));
    await stores.emulator.resetStats();
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.activities).toHaveLength(2000);
    expect(loaded.value.followUps).toHaveLength(4000);
    expect((await stores.emulator.stats()).total).toBe(1);
  }, 180_000);

  it('pages past the list view threshold with indexed queries only: one round trip per page of the longest list', async () => {
    // A threshold of 100 and pages of 50 stand in for SharePoint's 5,000: same rules, fewer items.
    const limits = { maxPageSize: 50, defaultPageSize: 50, listViewThreshold: 100 };
    stores = await graphStores(largePlan(120, { history: true }), { limits });
    await stores.emulator.resetStats();
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.activities).toHaveLength(120);
    expect(loaded.value.followUps).toHaveLength(240);
    const pages = Math.ceil(240 / 50);
    const stats = await stores.emulator.stats();
    expect(stats.total).toBe(pages);
    expect(stats.byRoute).toEqual([{ method: 'POST', route: '/$batch', count: pages }]);
    expect(stores.emulator.preferHeaders).toEqual([]);
    // The same list refuses an unindexed filter, as SharePoint does past its threshold.
    const schema = loadBundledManifest().schema;
    const unindexed = await stores.emulator.graph.send({
      method: 'GET',
      url: itemsUrl(stores.site, schema, {
        list: 'FollowUps',
        filter: "fields/AnsweredByName eq 'Bertil Berg'",
      }),
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(unindexed).toMatchObject({ ok: false, status: 400, code: 'notSupported' });
  });

  it('records answers in two round trips: read, then answers and derived columns in one batch', async () => {
    stores = await graphStores(contractData());
    await stores.emulator.resetStats();
    const recorded = await stores.store.recordFollowUps({
      roundId: 'annual-2026',
      departmentId: 'social-omsorg',
      answers: ['A1.2', 'A2.1', 'A3.1'].map((activityId) => ({
        activityId,
        status: 'onTrack' as const,
        comment: '',
        nextSteps: '',
      })),
      responder: { id: 'u-1', name: 'Anna Andersson' },
      source: 'card',
      at: new Date('2027-02-03T09:00:00Z'),
    });
    expect(recorded.ok).toBe(true);
    expect(await stores.emulator.stats()).toEqual({
      total: 2,
      byRoute: [{ method: 'POST', route: '/$batch', count: 2 }],
    });
    const loaded = await stores.store.loadPlan();
    expect(
      loaded.ok && loaded.value.followUps.filter((f) => f.roundId === 'annual-2026'),
    ).toHaveLength(4);
  });

  it('records answers against the plan it just loaded in one round trip: answers and derived columns in one batch', async () => {
    stores = await graphStores(contractData());
    const basis = await stores.store.loadPlan();
    if (!basis.ok) throw new Error(basis.error.message);
    await stores.emulator.resetStats();
    const recorded = await stores.store.recordFollowUps({
      roundId: 'annual-2026',
      departmentId: 'social-omsorg',
      answers: ['A1.2', 'A3.1'].map((activityId) => ({
        activityId,
        status: 'delayed' as const,
        comment: '',
        nextSteps: '',
      })),
      responder: { id: 'u-1', name: 'Anna Andersson' },
      source: 'card',
      at: new Date('2027-02-03T09:00:00Z'),
      basis: basis.value,
    });
    expect(recorded.ok).toBe(true);
    expect(await stores.emulator.stats()).toEqual({
      total: 1,
      byRoute: [{ method: 'POST', route: '/$batch', count: 1 }],
    });
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const answered = loaded.value.followUps.filter(
      (f) => f.roundId === 'annual-2026' && ['A1.2', 'A3.1'].includes(f.activityId),
    );
    expect(answered.map((f) => f.status)).toEqual(['delayed', 'delayed']);
  });
});
