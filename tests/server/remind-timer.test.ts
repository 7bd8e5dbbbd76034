import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Cron } from 'croner';
import { ok, fail } from '../../src/app/result.js';
import type { ReminderRunResult } from '../../src/app/reminders/run-result.js';
import { addDays, isoWeekday } from '../../src/domain/calendar/plain-date.js';
import { stockholmInstant } from '../../src/domain/calendar/stockholm-time.js';
import { remindOnTimer } from '../../src/server/functions/remind-timer-handler.js';

const registered = vi.hoisted(() => [] as { name: string; schedule: string }[]);
vi.mock('@azure/functions', () => ({
  app: {
    timer: (name: string, options: { schedule: string }) =>
      registered.push({ name, schedule: options.schedule }),
  },
}));
const { remindTimerSchedule } = await import('../../src/server/functions/remind-timer.js');

function result(outcomes: string[], complete: boolean): ReminderRunResult {
  return {
    now: '2027-03-05T07:30:00.000Z',
    dryRun: false,
    rounds: [],
    unopened: [],
    reminders: outcomes.map((outcome, i) => ({
      key: { roundId: 'annual-2026', departmentId: `d${i}`, stage: 'overdue-1' },
      targetName: `Förvaltning ${i}`,
      roundTitle: 'Årsuppföljning 2026',
      outcome: outcome as ReminderRunResult['reminders'][number]['outcome'],
    })),
    unreachable: [],
    complete,
  };
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      log: (m: string) => lines.push(`log ${m}`),
      warn: (m: string) => lines.push(`warn ${m}`),
      error: (m: string) => lines.push(`error ${m}`),
    },
  };
}

describe('the Azure Functions reminder timer', () => {
  it('registers one timer trigger named remind', () => {
    expect(registered).toEqual([{ name: 'remind', schedule: '0 30 6,7 * * 1-5' }]);
  });

  it('fires at 08:30 Stockholm time on every weekday, summer and winter', () => {
    const job = new Cron(remindTimerSchedule, { timezone: 'UTC', paused: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 * 365 }), (offset) => {
        const date = addDays('2026-01-01', offset);
        fc.pre(isoWeekday(date) <= 5);
        const local = stockholmInstant(date, '08:30');
        const next = job.nextRun(new Date(local - 1000));
        expect(next?.getTime()).toBe(local);
      }),
      { numRuns: 300 },
    );
    job.stop();
  });

  it('logs the report and fails the invocation only on technical failures', async () => {
    const quiet = logger();
    await remindOnTimer(
      () => Promise.resolve(ok(result(['posted', 'noChannel'], false))),
      quiet.log,
    );
    expect(quiet.lines.at(-1)).toBe('warn Alla påminnelser gick inte ut: se loggen ovan.');
    const failing = logger();
    await expect(
      remindOnTimer(() => Promise.resolve(ok(result(['posted', 'failed'], false))), failing.log),
    ).rejects.toThrow('1 påminnelser kunde inte skickas');
    const broken = logger();
    await expect(
      remindOnTimer(
        () => Promise.resolve(fail('unavailable', 'Graph svarar inte.')),
        broken.log,
        true,
      ),
    ).rejects.toThrow('Graph svarar inte.');
    expect(broken.lines).toEqual([
      'warn Påminnelsekörningen startar sent (timern var försenad).',
      'error Graph svarar inte.',
    ]);
  });
});
