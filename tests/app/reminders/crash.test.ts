import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelPoster, ReminderStore } from '../../../src/app/ports.js';
import { runReminders } from '../../../src/app/use-cases/run-reminders.js';
import { world, type World } from './fakes.js';

/**
 * A run that dies: after `calls` calls to the store and the connector, the next call either
 * never starts or does its work and never answers (the response is lost), and every later call
 * hangs, as in a killed process. Then a normal run after the lease.
 */

const overdue2 = new Date('2027-03-12T08:30:00+01:00');
const dueKeys = [
  'annual-2026|kommunledning|overdue-2',
  'annual-2026|miljo-samhallsbyggnad|overdue-2',
  'annual-2026|social-omsorg|overdue-2',
  'annual-2026|workingGroup|overdue-2',
];

type Death = { readonly calls: number; readonly afterWork: boolean };

function dying(w: World, death: Death) {
  let calls = 0;
  let dead = false;
  let signal: () => void = () => undefined;
  const died = new Promise<void>((resolve) => (signal = resolve));
  const hang = () => new Promise<never>(() => undefined);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    if (dead) return hang();
    if (calls++ < death.calls) return work();
    dead = true;
    signal();
    if (death.afterWork) await work();
    return hang();
  };
  const reminders: ReminderStore = {
    reserve: (...a) => guard(() => w.reminders.reserve(...a)),
    update: (r) => guard(() => w.reminders.update(r)),
    listForRound: (id) => guard(() => w.reminders.listForRound(id)),
  };
  const poster: ChannelPoster = {
    post: (...a) => guard(() => w.poster.post(...a)),
    update: () => guard(() => w.poster.update()),
  };
  return { reminders, poster, died };
}

async function dieThenRecover(death: Death, withFinder: boolean, concurrency = 8) {
  const w = world();
  const d = dying(w, death);
  const settings = { concurrency, postsPerSecond: 5, threadIntervalMs: 2000 };
  const run = runReminders(w.deps({ reminders: d.reminders, poster: d.poster, settings }), {
    now: overdue2,
  });
  await w.timer.drive(Promise.race([run.then(() => undefined), d.died]));
  w.timer.advance(11 * 60_000);
  const finder = withFinder ? { finder: w.poster } : {};
  const result = await w.timer.drive(runReminders(w.deps(finder), { now: overdue2 }));
  return { w, result };
}

describe('runReminders across a crash', () => {
  it('posts every due reminder exactly once after a run died at any point', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 16 }),
        fc.boolean(),
        fc.constantFrom(1, 8),
        async (calls, afterWork, concurrency) => {
          const { w, result } = await dieThenRecover({ calls, afterWork }, true, concurrency);
          expect(result.ok && result.value.complete).toBe(true);
          const counts = w.poster.countByKey();
          expect([...counts.keys()].sort()).toEqual(dueKeys);
          expect([...counts.values()]).toEqual([1, 1, 1, 1]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('posts again without a finder when the run died between post and record (the documented window)', async () => {
    // One at a time: list, reserve, post: the first post goes out and its answer is lost.
    const { w } = await dieThenRecover({ calls: 2, afterWork: true }, false, 1);
    const twice = [...w.poster.countByKey().values()].filter((n) => n > 1);
    expect(twice).toEqual([2]);
  });
});
