import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/domain/model.js';
import { PostPacer } from '../../../src/app/reminders/post-pacer.js';
import {
  decideExisting,
  retryDelayMs,
  takeOverOf,
} from '../../../src/app/reminders/reservation-rules.js';
import { defaultReminderRunSettings as settings } from '../../../src/app/reminders/run-settings.js';
import { VirtualTimer } from './fakes.js';

const t0 = new Date('2027-03-01T07:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

function reminder(extra: Partial<Reminder>): Reminder {
  return {
    roundId: 'r',
    departmentId: 'd',
    stage: 'due',
    dueAt: '2027-02-26T07:30:00Z',
    state: 'reserved',
    attempts: 0,
    attemptId: 'a',
    reservedAt: t0.toISOString(),
    ...extra,
  };
}

describe('decideExisting', () => {
  it('decides by state, lease and back-off', () => {
    const cases: [Partial<Reminder>, Date, string][] = [
      [{ state: 'sent', messageId: 'm' }, minutes(0), 'sent'],
      [{ state: 'unreachable' }, minutes(100), 'unreachable'],
      [{ state: 'reserved' }, minutes(9), 'leased'],
      [{ state: 'reserved' }, minutes(10), 'takeOver'],
      [{ state: 'reserved', reservedAt: undefined }, minutes(0), 'takeOver'],
      [{ state: 'failed', attempts: 1 }, minutes(14), 'waiting'],
      [{ state: 'failed', attempts: 1 }, minutes(15), 'takeOver'],
      [{ state: 'failed', attempts: 2 }, minutes(29), 'waiting'],
      [{ state: 'failed', attempts: 8 }, minutes(10_000), 'gaveUp'],
    ];
    expect(cases.map(([r, now]) => decideExisting(reminder(r), now, settings).kind)).toEqual(
      cases.map(([, , kind]) => kind),
    );
  });

  it('grows the back-off and caps it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (attempts) => {
        const delay = retryDelayMs(attempts, settings);
        expect(delay).toBeLessThanOrEqual(settings.retryMaxMs);
        expect(retryDelayMs(attempts + 1, settings)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it('counts a dead run as an attempt when taking over', () => {
    const taken = takeOverOf({ ...reminder({ attempts: 2 }), version: 'v' }, 'b', minutes(20));
    expect(taken).toMatchObject({ state: 'reserved', attemptId: 'b', attempts: 3, version: 'v' });
    const retried = takeOverOf(
      { ...reminder({ state: 'failed', attempts: 2 }), version: 'v' },
      'b',
      minutes(20),
    );
    expect(retried.attempts).toBe(2);
  });
});

describe('PostPacer', () => {
  it('keeps the run rate and the per-thread interval, and pauses everyone on Retry-After', async () => {
    const timer = new VirtualTimer(t0);
    const pacer = new PostPacer({ postsPerSecond: 4, threadIntervalMs: 2000 }, timer);
    const times: [string, number][] = [];
    const post = async (thread: string) => {
      await pacer.take(thread);
      times.push([thread, timer.now().getTime() - t0.getTime()]);
    };
    await timer.drive(Promise.all([post('a'), post('a'), post('b'), post('c')]));
    pacer.pause(10_000);
    await timer.drive(post('d'));
    expect(times).toEqual([
      ['a', 0],
      ['b', 250],
      ['c', 500],
      ['a', 2000],
      ['d', 12_000],
    ]);
  });
});
