import { describe, expect, it } from 'vitest';
import { takeOverOf } from '../../../src/app/reminders/reservation-rules.js';
import { runReminders } from '../../../src/app/use-cases/run-reminders.js';
import { world, type World } from './fakes.js';

const twoWeeks = new Date('2027-02-12T08:30:00+01:00');
const kommunledning = 'annual-2026|kommunledning|twoWeeks';
/** The same reminder as a key. */
const key = { roundId: 'annual-2026', departmentId: 'kommunledning', stage: 'twoWeeks' } as const;
const minute = 60_000;

async function run(w: World, extra = {}) {
  const result = await w.timer.drive(runReminders(w.deps(extra), { now: twoWeeks }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function reportOf(result: Awaited<ReturnType<typeof run>>, key: string) {
  return result.reminders.find(
    (r) => `${r.key.roundId}|${r.key.departmentId}|${r.key.stage}` === key,
  );
}

async function stored(w: World, departmentId: string) {
  const listed = await w.reminders.listForRound('annual-2026');
  if (!listed.ok) throw new Error('list');
  return listed.value.find((r) => r.departmentId === departmentId);
}

describe('runReminders on failures', () => {
  it('honours a connector 429 with its Retry-After and then posts', async () => {
    const w = world();
    w.poster.behaviour = (key, _c, attempt) =>
      key === kommunledning && attempt <= 2
        ? { fail: 'throttled', retryAfterSeconds: 7 }
        : undefined;
    const result = await run(w);
    expect(reportOf(result, kommunledning)?.outcome).toBe('posted');
    const refusals = w.poster.refused.map((r) => r.at);
    const post = w.poster.posts.find((p) => p.key === kommunledning)!;
    expect(refusals[1]! - refusals[0]!).toBeGreaterThanOrEqual(7000);
    expect(post.at - refusals[1]!).toBeGreaterThanOrEqual(7000);
    // Nobody else posted during the pause either.
    const others = w.poster.posts.filter((p) => p.at > refusals[0]! && p.at < refusals[0]! + 7000);
    expect(others).toEqual([]);
  });

  it('records a failure with attempts, backs off, and retries on a later run', async () => {
    const w = world();
    w.poster.behaviour = (key, _c, attempt) =>
      key === kommunledning && attempt === 1 ? { fail: 'unavailable' } : undefined;
    const first = await run(w);
    expect(reportOf(first, kommunledning)).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(first.complete).toBe(false);
    expect(await stored(w, 'kommunledning')).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'Connector: unavailable',
    });
    w.timer.advance(5 * minute);
    const soon = await run(w);
    expect(reportOf(soon, kommunledning)?.outcome).toBe('waiting');
    w.timer.advance(15 * minute);
    const later = await run(w);
    expect(reportOf(later, kommunledning)?.outcome).toBe('posted');
    expect(later.complete).toBe(true);
    expect(w.poster.countByKey().get(kommunledning)).toBe(1);
  });

  it('gives up after the most attempts allowed', async () => {
    const w = world();
    w.poster.behaviour = (key) => (key === kommunledning ? { fail: 'unavailable' } : undefined);
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await run(w, {
        settings: { maxAttempts: 3, retryBaseMs: minute, threadIntervalMs: 10 },
      });
      outcomes.push(reportOf(result, kommunledning)!.outcome);
      w.timer.advance(60 * minute);
    }
    expect(outcomes).toEqual(['failed', 'failed', 'gaveUp', 'gaveUp']);
    expect(w.poster.refused).toHaveLength(3);
  });

  it('marks a deleted channel unreachable and does not try it again', async () => {
    const w = world();
    w.poster.behaviour = (key) => (key === kommunledning ? { fail: 'notFound' } : undefined);
    const first = await run(w);
    expect(reportOf(first, kommunledning)?.outcome).toBe('unreachable');
    expect(first.unreachable).toMatchObject([
      { departmentId: 'kommunledning', reason: 'channelGone' },
    ]);
    expect(w.poster.posts.find((p) => p.card.kind === 'summary')?.card).toMatchObject({
      unreachable: ['kommunledning'],
    });
    w.timer.advance(24 * 60 * minute);
    await run(w);
    expect(w.poster.refused).toHaveLength(1);
  });

  it('leaves a fresh reservation of another run alone', async () => {
    const w = world();
    await w.reminders.reserve(key, 'other-run', new Date(twoWeeks), w.timer.now());
    const result = await run(w);
    expect(reportOf(result, kommunledning)?.outcome).toBe('inProgress');
    expect(w.poster.countByKey().get(kommunledning)).toBeUndefined();
  });

  it('finds the post of a run that died before recording it, and does not post again', async () => {
    const w = world();
    await w.reminders.reserve(key, 'dead-run', new Date(twoWeeks), w.timer.now());
    await w.poster.post({ ...(await channel(w)) }, {}, kommunledning);
    w.timer.advance(11 * minute);
    const result = await run(w, { finder: w.poster });
    expect(reportOf(result, kommunledning)?.outcome).toBe('recovered');
    expect(w.poster.countByKey().get(kommunledning)).toBe(1);
    expect(await stored(w, 'kommunledning')).toMatchObject({
      state: 'sent',
      messageId: '1',
      attempts: 1,
    });
  });

  it('finds the post of the first of two runs that died one after the other', async () => {
    const w = world();
    const reserved = await w.reminders.reserve(key, 'run-a', new Date(twoWeeks), w.timer.now());
    await w.poster.post(await channel(w), {}, kommunledning);
    w.timer.advance(11 * minute);
    if (!reserved.ok) throw new Error('reserve');
    const b = takeOverOf(reserved.value.reminder, 'run-b', w.timer.now());
    expect((await w.reminders.update(b)).ok).toBe(true);
    w.timer.advance(11 * minute);
    const result = await run(w, { finder: w.poster });
    expect(reportOf(result, kommunledning)?.outcome).toBe('recovered');
    expect(w.poster.countByKey().get(kommunledning)).toBe(1);
    expect(await stored(w, 'kommunledning')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('posts a reservation a dead run left unposted', async () => {
    const w = world();
    await w.reminders.reserve(key, 'dead-run', new Date(twoWeeks), w.timer.now());
    w.timer.advance(11 * minute);
    const result = await run(w, { finder: w.poster });
    expect(reportOf(result, kommunledning)?.outcome).toBe('posted');
    expect(w.poster.countByKey().get(kommunledning)).toBe(1);
  });

  it('spaces posts by the run rate and by the per-thread interval', async () => {
    const w = world();
    await run(w, { settings: { postsPerSecond: 2, threadIntervalMs: 0 } });
    const times = w.poster.posts.map((p) => p.at).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.every((g) => g >= 500)).toBe(true);
  });
});

async function channel(w: World) {
  const links = await w.channels.listChannelLinks();
  const link = links.ok ? links.value.find((l) => l.target === 'kommunledning') : undefined;
  if (!link) throw new Error('no link');
  return link;
}
