import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { newVersion } from '../../../src/domain/plans.js';
import { loadBundledManifest } from '../../../src/graph/site-schema/manifest.js';
import { GraphPlanStore } from '../../../src/graph/store/graph-plan-store.js';
import { contractData, contractNow } from '../fixtures/plan-data.js';
import { graphStores, type GraphStores } from '../helpers/graph-stores.js';
import { recordingGraph } from '../helpers/recording-graph.js';

const unversioned = <T extends { version: string }>({ version: _v, ...rest }: T) => rest;

describe('loadPlan with several plans in the site', () => {
  let stores: GraphStores;
  let planIds: Record<string, { itemId: string; parentId?: string }>;
  const data = contractData();
  let copyId = '';

  beforeAll(async () => {
    stores = await graphStores(data);
    const first = await stores.store.loadPlan();
    if (!first.ok) throw new Error(first.error.message);
    const copy = newVersion(
      first.value.plans,
      data.plan,
      first.value.areas,
      first.value.activities.map(unversioned),
    );
    copyId = copy.plan.id;
    const saved = await stores.store.savePlan(copy.plan, undefined);
    if (!saved.ok) throw new Error(saved.error.message);
    await stores.store.createPlanItems({ areas: copy.areas, activities: copy.activities });
    // What /config.json would carry: every plan's item id (the server's store learns them).
    const learned = await stores.store.loadPlan({ planId: copyId });
    if (!learned.ok) throw new Error(learned.error.message);
    const plans = await stores.emulator.graph.send({
      method: 'GET',
      url: `/sites/${stores.site.siteId}/lists/${stores.site.lists['Plans']}/items?$expand=fields($select=Key,ParentPlanLookupId)`,
    });
    const items = plans.ok
      ? (plans.body as { value: { id: string; fields: Record<string, string> }[] }).value
      : [];
    const keyOf = new Map(items.map((i) => [i.id, i.fields['Key']!]));
    planIds = Object.fromEntries(
      items.map((i) => {
        const parent = keyOf.get(String(i.fields['ParentPlanLookupId']));
        return [i.fields['Key']!, { itemId: i.id, ...(parent ? { parentId: parent } : {}) }];
      }),
    );
  });
  afterAll(() => stores.close());

  it('reads only the chosen plan’s items, by the indexed Plan lookup, in one round trip', async () => {
    const recording = recordingGraph(stores.emulator.graph);
    const store = new GraphPlanStore({
      graph: recording,
      site: { ...stores.site, plans: planIds },
      schema: loadBundledManifest().schema,
      clock: fixedClock(contractNow),
    });
    await stores.emulator.resetStats();
    const loaded = await store.loadPlan({ planId: copyId });
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect((await stores.emulator.stats()).total).toBe(1);
    expect(loaded.value.activities.every((a) => a.planId === copyId)).toBe(true);
    expect(loaded.value.plans).toHaveLength(3);
    const filtered = recording.requests.filter((r) =>
      decodeURIComponent(r.url).includes('PlanLookupId eq'),
    );
    expect(filtered.map((r) => r.url.split('/lists/')[1]!.split('/')[0])).toEqual([
      stores.site.lists['DevelopmentAreas'],
      stores.site.lists['Activities'],
      stores.site.lists['FollowUpRounds'],
    ]);
    await stores.emulator.resetStats();
    const original = await store.loadPlan({ planId: data.plan.id });
    expect(original.ok && original.value.activities.map((a) => a.id).sort()).toEqual(
      data.activities.map((a) => a.id).sort(),
    );
    expect((await stores.emulator.stats()).total).toBe(1);
  });

  it('reads every plan’s items in the same single round trip when the plan’s item id is not known', async () => {
    const store = new GraphPlanStore({
      graph: stores.emulator.graph,
      site: stores.site,
      schema: loadBundledManifest().schema,
      clock: fixedClock(contractNow),
    });
    await stores.emulator.resetStats();
    const loaded = await store.loadPlan({ planId: copyId });
    expect(loaded.ok && loaded.value.plan.id).toBe(copyId);
    expect((await stores.emulator.stats()).total).toBe(1);
  });

  it('refreshes the derived columns of the opened round’s own plan, not the plan in force', async () => {
    const loaded = await stores.store.loadPlan({ planId: copyId });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const model = loaded.value.rounds.find((r) => r.planId === data.plan.id) ?? data.rounds[0]!;
    const { version: _v, alsoPlanIds: _also, ...round } = { ...model, version: '' };
    const opened = await stores.store.saveRound(
      { ...round, id: `${round.id}-kopia`, planId: copyId, state: 'open' },
      undefined,
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const rewritten = Object.keys(opened.value.activityVersions ?? {});
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.every((id) => id.endsWith('-v2'))).toBe(true);
    // The versions returned are the stored ones: the copy's activities carry them now.
    const after = await stores.store.loadPlan({ planId: copyId });
    if (!after.ok) throw new Error(after.error.message);
    for (const id of rewritten)
      expect(after.value.activities.find((a) => a.id === id)?.version).toBe(
        opened.value.activityVersions?.[id],
      );
  });
});
