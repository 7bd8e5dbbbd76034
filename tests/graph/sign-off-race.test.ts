import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemoryChannelDirectory } from '../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../src/app/in-memory/plan-store.js';
import type { PlanStore } from '../../src/app/ports.js';
import { answerMessages } from '../../src/app/use-cases/answer-refusals.js';
import { createUseCases } from '../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { FollowUp, PlanData } from '../../src/domain/model.js';
import { isSignedOff } from '../../src/domain/sign-off-rules.js';
import { activitiesInRound } from '../../src/domain/status.js';
import { FakeMembership, linkOf, people } from '../app/support/world.js';
import { contractData, contractNow } from './fixtures/plan-data.js';
import { afterFirstRead } from './helpers/after-first-read.js';
import { graphStores } from './helpers/graph-stores.js';

/**
 * An answer racing a sign-off, deterministically: a store wrapper holds one caller between its
 * read and its write until the other has finished. Against the in-memory store and the Graph
 * store on the emulator. Social's activities in Årsuppföljning 2026 are all answered, so the
 * department can sign off.
 */

const roundId = 'annual-2026';
const department = 'social-omsorg';
const clock = fixedClock(contractNow);
const membership = new FakeMembership({
  [`team-${department}`]: [people.cecilia.id, people.bertil.id],
});

function data(): PlanData {
  const base = contractData();
  const round = base.rounds.find((r) => r.id === roundId)!;
  const ours = activitiesInRound(base, round).filter(
    (a) => a.responsibleDepartmentId === department,
  );
  const answer = (activityId: string): FollowUp => ({
    roundId,
    activityId,
    departmentId: department,
    status: 'onTrack',
    comment: 'Arbetet pågår.',
    nextSteps: '',
    answeredBy: { id: people.cecilia.id, name: people.cecilia.name },
    answeredAt: '2027-01-20T09:00:00Z',
    source: 'tab',
  });
  return {
    ...base,
    followUps: [
      ...base.followUps.filter((f) => f.roundId !== roundId),
      ...ours.map((a) => answer(a.id)),
    ],
  };
}

/**
 * The store, whose first loadPlan waits for `gate` after reading (then the caller writes);
 * `read` settles when that read is done.
 */
function heldAfterRead(inner: PlanStore, gate: Promise<void>) {
  let readDone!: () => void;
  const read = new Promise<void>((resolve) => (readDone = resolve));
  const store = afterFirstRead(inner, () => {
    readDone();
    return gate;
  });
  return { store, read };
}

function useCasesOn(store: PlanStore) {
  return createUseCases({
    store,
    channels: new InMemoryChannelDirectory([]),
    membership,
    clock,
    workingGroupTeamId: 'team-samverkansgruppen',
  });
}

async function storedAnswer(store: PlanStore, activityId: string) {
  const loaded = await store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.followUps.find((f) => f.roundId === roundId && f.activityId === activityId)!;
}

async function signedOff(store: PlanStore) {
  const loaded = await store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const signOff = loaded.value.signOffs?.find(
    (s) => s.roundId === roundId && s.departmentId === department,
  );
  return isSignedOff(signOff);
}

let answers = 0;

/** An answer from the tab on the version it saw; its store is held after the read until `gate`. */
function answerFrom(store: PlanStore, gate: Promise<void>, activityId: string, version: string) {
  const held = heldAfterRead(store, gate);
  answers += 1;
  const answering = useCasesOn(held.store).answerFollowUps({
    roundId,
    departmentId: department,
    caller: people.bertil,
    source: 'tab',
    seen: { kind: 'versions' },
    entries: [
      {
        activityId,
        status: 'delayed',
        comment: `Försenat (${answers}).`,
        nextSteps: '',
        expectedVersion: version,
      },
    ],
  });
  return { answering, read: held.read };
}

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

type Opened = { readonly store: PlanStore; readonly close: () => Promise<void> };

const scenarios: [string, () => Promise<Opened>][] = [
  [
    'the in-memory store',
    () => {
      const channels = new InMemoryChannelDirectory([linkOf(department)]);
      const store = new InMemoryPlanStore(data(), { channels });
      return Promise.resolve({ store, close: () => Promise.resolve() });
    },
  ],
  [
    'the Graph store on the emulator',
    async () => {
      const stores = await graphStores(data());
      await stores.channels.linkChannel(linkOf(department));
      return { store: stores.store, close: () => stores.close() };
    },
  ],
];

describe.each(scenarios)('an answer racing a sign-off, on %s', (_name, open) => {
  let store: PlanStore;
  let close: () => Promise<void>;
  let activityId: string;
  beforeAll(async () => {
    ({ store, close } = await open());
    const loaded = await store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    activityId = loaded.value.followUps.find((f) => f.roundId === roundId)!.activityId;
  }, 60_000);
  afterAll(() => close());

  const signOff = () =>
    useCasesOn(store).signOffDepartment({
      caller: people.cecilia,
      roundId,
      departmentId: department,
    });
  const reopen = async () => {
    const loaded = await store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const stored = (loaded.value.signOffs ?? []).find((s) => s.roundId === roundId);
    if (!stored) throw new Error('no sign-off');
    const { version, ...rest } = stored;
    const saved = await store.saveSignOff(
      { ...rest, state: 'reopened', reopenedBy: people.anna, reopenedAt: '2027-02-01T09:00:00Z' },
      version,
    );
    if (!saved.ok) throw new Error(saved.error.message);
  };

  it('lets an answer through when no sign-off comes between its read and its write', async () => {
    const before = await storedAnswer(store, activityId);
    const held = gate();
    const { answering } = answerFrom(store, held.promise, activityId, before.version);
    held.open();
    const answered = await answering;
    expect(answered.ok && answered.value.written).toHaveLength(1);
    expect(await storedAnswer(store, activityId)).toMatchObject({ status: 'delayed' });
  });

  it('refuses an answer that read before a sign-off and writes after it, storing nothing', async () => {
    const before = await storedAnswer(store, activityId);
    const held = gate();
    const { answering, read } = answerFrom(store, held.promise, activityId, before.version);
    // The answer has read "not signed off"; the sign-off is stored before it writes.
    await read;
    expect((await signOff()).ok).toBe(true);
    held.open();
    const answered = await answering;
    expect(answered).toMatchObject({
      ok: false,
      error: { reason: 'forbidden', message: answerMessages.signedOff },
      locked: true,
    });
    expect(await storedAnswer(store, activityId)).toMatchObject({
      status: before.status,
      comment: before.comment,
    });
    // The sign-off's touch is a version with the same fields: the history shows no repeat.
    const history = await store.followUpHistory(roundId, activityId);
    const entries = history.ok ? history.value.map((f) => JSON.stringify(f)) : [];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e, i) => i > 0 && e === entries[i - 1])).toEqual([]);
    await reopen();
  });

  it('refuses a sign-off when an answer is written between its read and its write, and takes the next', async () => {
    const held = gate();
    const signer = heldAfterRead(store, held.promise);
    const signing = useCasesOn(signer.store).signOffDepartment({
      caller: people.cecilia,
      roundId,
      departmentId: department,
    });
    await signer.read;
    const before = await storedAnswer(store, activityId);
    const answered = await answerFrom(store, Promise.resolve(), activityId, before.version)
      .answering;
    expect(answered.ok && answered.value.written).toHaveLength(1);
    held.open();
    expect(await signing).toMatchObject({
      ok: false,
      error: {
        reason: 'conflict',
        message:
          'Ett svar ändrades medan förvaltningen klarmarkerade, så inget klarmarkerades. Se svaren och klarmarkera igen.',
      },
    });
    expect(await signedOff(store)).toBe(false);
    expect((await signOff()).ok).toBe(true);
    expect(await signedOff(store)).toBe(true);
  });
});
