import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/app/use-cases/run-reminders.js';
import { fixedClock } from '../../src/domain/clock.js';
import { reminderRunDeps, systemTimer } from '../../src/server/functions/reminder-run.js';
import { emulatorWorld, type EmulatorWorld } from '../app/reminders/emulator-world.js';
import { RecordingPoster } from '../app/reminders/fakes.js';

/**
 * The reminder run on the Graph emulator through the real Graph stores, posting to an
 * in-process recording poster: overlapping runs, and the same under Graph throttling and
 * connector 429s.
 */

const opening = new Date('2027-01-08T08:30:00+01:00');
const settings = { postsPerSecond: 200, threadIntervalMs: 0, concurrency: 4 };

let world: EmulatorWorld;

beforeAll(async () => {
  world = await emulatorWorld({ departments: 10, activitiesPerDepartment: 2 });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

function deps(poster: RecordingPoster) {
  const graph = world.emulator.gateway();
  return reminderRunDeps({
    graph,
    site: world.site,
    clock: fixedClock(opening),
    poster,
    tabUrl: 'https://localhost:3978/tab/',
    settings,
    timer: systemTimer,
  });
}

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

async function clearReminders() {
  const listed = await world.reminders.listForRound('annual-2026');
  if (!listed.ok) throw new Error(listed.error.message);
  expect(listed.value.every((r) => r.state === 'sent')).toBe(true);
  return listed.value.length;
}

describe('remind on the Graph emulator', () => {
  it('posts each card once when two runs overlap, and nothing on a third run', async () => {
    const poster = new RecordingPoster(systemTimer);
    const [a, b] = await Promise.all([
      runReminders(deps(poster), { now: opening }),
      runReminders(deps(poster), { now: opening }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const counts = poster.countByKey();
    expect(counts.size).toBe(10);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const third = await runReminders(deps(poster), { now: opening });
    expect(third.ok && third.value.reminders.every((r) => r.outcome === 'alreadySent')).toBe(true);
    expect(poster.posts).toHaveLength(10);
    expect(await clearReminders()).toBe(10);
  }, 60_000);

  it('posts each card once under 30 % Graph throttling and connector 429s', async () => {
    await world.emulator.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0 });
    const poster = new RecordingPoster(systemTimer);
    const random = seeded(7);
    poster.behaviour = () =>
      random() < 0.3 ? { fail: 'throttled', retryAfterSeconds: 0.05 } : undefined;
    const twoWeeks = new Date('2027-02-12T08:30:00+01:00');
    const runs = await Promise.all([
      runReminders(deps(poster), { now: twoWeeks }),
      runReminders(deps(poster), { now: twoWeeks }),
    ]);
    await world.emulator.setFaults({ throttleRate: 0 });
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(poster.refused.length).toBeGreaterThan(0);
    const counts = poster.countByKey();
    expect(counts.size).toBe(10);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await clearReminders()).toBe(20);
  }, 60_000);
});
