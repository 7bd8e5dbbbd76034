import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemoryChannelDirectory } from '../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../src/app/in-memory/plan-store.js';
import type { PlanStore } from '../../src/app/ports.js';
import { allocationConflictMessage } from '../../src/app/use-cases/allocation-commit.js';
import { createUseCases } from '../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { Activity } from '../../src/domain/model.js';
import { FakeMembership, people, workingGroupTeam } from '../app/support/world.js';
import { contractData, contractNow } from './fixtures/plan-data.js';
import { afterFirstRead } from './helpers/after-first-read.js';
import { graphStores, type GraphStores } from './helpers/graph-stores.js';

/**
 * Two working-group members allocating development funds at once, deterministically: each
 * store wrapper holds its caller after the plan's read until both have read, so both checks see
 * the same allocations before either writes. Against the in-memory store and the Graph store on
 * the emulator. The plan has 500 tkr; each allocation alone fits, both together do not.
 */

/** Stores whose loadPlan returns only when `count` callers have loaded (then each writes). */
function pausingStores(inner: PlanStore, count = 2): PlanStore[] {
  let arrived = 0;
  const waiting: (() => void)[] = [];
  const barrier = () => {
    arrived += 1;
    if (arrived >= count) for (const release of waiting.splice(0)) release();
    return arrived >= count ? Promise.resolve() : new Promise<void>((r) => waiting.push(r));
  };
  return Array.from({ length: count }, () => afterFirstRead(inner, barrier));
}

const membership = new FakeMembership({ [workingGroupTeam]: [people.anna.id, people.bertil.id] });
const clock = fixedClock(contractNow);

function useCasesOn(store: PlanStore) {
  return createUseCases({
    store,
    channels: new InMemoryChannelDirectory([]),
    membership,
    clock,
    workingGroupTeamId: workingGroupTeam,
  });
}

async function allocate(store: PlanStore, activityId: string, allocatedTkr: number) {
  const loaded = await store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { version, ...activity } = loaded.value.activities.find((a) => a.id === activityId)!;
  return { version, activity: { ...activity, allocatedTkr } as Activity };
}

async function allocations(store: PlanStore) {
  const loaded = await store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return Object.fromEntries(
    loaded.value.activities
      .filter((a) => a.allocatedTkr !== undefined)
      .map((a) => [a.id, a.allocatedTkr]),
  );
}

/** Both edits start together; each reads, waits for the other's read, then writes. */
async function together(store: PlanStore, edits: readonly [string, number][]) {
  const stores = pausingStores(store, edits.length);
  const prepared = await Promise.all(edits.map(([id, tkr]) => allocate(store, id, tkr)));
  return Promise.all(
    prepared.map(({ version, activity }, i) =>
      useCasesOn(stores[i]!).editActivity({
        caller: i === 0 ? people.anna : people.bertil,
        activityId: activity.id,
        activity,
        expectedVersion: version,
      }),
    ),
  );
}

const scenarios: [string, () => Promise<{ store: PlanStore; close: () => Promise<void> }>][] = [
  [
    'the in-memory store',
    () =>
      Promise.resolve({
        store: new InMemoryPlanStore(contractData()),
        close: () => Promise.resolve(),
      }),
  ],
  [
    'the Graph store on the emulator',
    async () => {
      const stores: GraphStores = await graphStores(contractData());
      return { store: stores.store, close: () => stores.close() };
    },
  ],
];

describe.each(scenarios)('allocations made at once, on %s', (_name, open) => {
  let store: PlanStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ store, close } = await open());
  }, 60_000);
  afterAll(() => close());

  it('lets one of two raised allocations through and refuses the other, which stores nothing', async () => {
    const [first, second] = await together(store, [
      ['A1.1', 300],
      ['A4.1', 300],
    ]);
    const results = [first!, second!];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error).toMatchObject({
      reason: 'conflict',
      message: allocationConflictMessage,
      fields: { allocatedTkr: allocationConflictMessage },
    });
    const winner = results[0]!.ok ? 'A1.1' : 'A4.1';
    expect(await allocations(store)).toEqual({ [winner]: 300 });
    // Tried again, the check sees the other's allocation.
    const loser = winner === 'A1.1' ? 'A4.1' : 'A1.1';
    const retry = await allocate(store, loser, 300);
    const again = await useCasesOn(store).editActivity({
      caller: people.anna,
      activityId: loser,
      activity: retry.activity,
      expectedVersion: retry.version,
    });
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { allocatedTkr: 'Det finns 200 tkr kvar att fördela av planens 500 tkr.' } },
    });
  });

  it('lets a lowered allocation and a raised one made at once both through', async () => {
    const before = await allocations(store);
    const lowered = Object.keys(before)[0]!;
    const other = lowered === 'A1.1' ? 'A4.1' : 'A1.1';
    const results = await together(store, [
      [lowered, 100],
      [other, 150],
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await allocations(store)).toEqual({ [lowered]: 100, [other]: 150 });
  });
});
