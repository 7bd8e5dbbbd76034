import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { startReminderScheduler } from '../../src/server/scheduler.js';
import { loggedReminderRun, systemTimer } from '../../src/server/functions/reminder-run.js';
import { RecordingPoster, world } from '../app/reminders/fakes.js';

function scheduler(at: string, runAtStart = false) {
  const runs: string[] = [];
  const log: string[] = [];
  const s = startReminderScheduler({
    clock: fixedClock(new Date(at)),
    run: (now) => {
      runs.push(now.toISOString());
      return Promise.resolve();
    },
    log: (line) => log.push(line),
    runAtStart,
  });
  return { s, runs, log };
}

describe('startReminderScheduler', () => {
  it('runs once at start-up for anything overdue', async () => {
    const { s, runs } = scheduler('2027-03-05T12:00:00Z', true);
    await s.startup;
    s.stop();
    expect(runs).toEqual(['2027-03-05T12:00:00.000Z']);
  });

  it('runs Monday to Friday at 08:30 Stockholm time, in winter and in summer', () => {
    const { s } = scheduler('2027-03-05T12:00:00Z');
    const next = (iso: string) => s.nextRun(new Date(iso))?.toISOString();
    expect(next('2027-02-26T09:00:00+01:00')).toBe('2027-03-01T07:30:00.000Z');
    expect(next('2027-03-26T09:00:00+01:00')).toBe('2027-03-29T06:30:00.000Z');
    expect(next('2027-10-29T09:00:00+02:00')).toBe('2027-11-01T07:30:00.000Z');
    expect(next('2027-03-02T08:29:00+01:00')).toBe('2027-03-02T07:30:00.000Z');
    s.stop();
  });

  it('skips Swedish days off and runs on working days', async () => {
    for (const [day, expected] of [
      ['2027-01-06T07:30:00Z', 0],
      ['2027-12-24T07:30:00Z', 0],
      ['2027-06-25T06:30:00Z', 0],
      ['2027-01-07T07:30:00Z', 1],
    ] as const) {
      const { s, runs, log } = scheduler(day);
      await s.trigger();
      s.stop();
      expect([day, runs.length]).toEqual([day, expected]);
      if (expected === 0) expect(log.join('\n')).toMatch(/ingen arbetsdag/);
    }
  });

  it('logs a failed run and keeps the schedule', async () => {
    const log: string[] = [];
    const s = startReminderScheduler({
      clock: fixedClock(new Date('2027-01-07T07:30:00Z')),
      run: () => Promise.reject(new Error('Graph svarar inte')),
      log: (line) => log.push(line),
    });
    await s.startup;
    expect(s.nextRun(new Date('2027-01-07T09:00:00Z'))).not.toBeNull();
    s.stop();
    expect(log.at(-1)).toBe('Påminnelsekörningen misslyckades: Graph svarar inte');
  });
});

describe('the scheduled reminder run', () => {
  it('posts what is overdue at start-up, through the same composition, and logs the report', async () => {
    const w = world();
    const poster = new RecordingPoster(systemTimer);
    const lines: string[] = [];
    const clock = fixedClock(new Date('2027-02-23T09:00:00+01:00'));
    const run = loggedReminderRun(
      {
        plans: w.plans,
        reminders: w.reminders,
        clock,
        poster,
        tabUrl: 'https://localhost:53000/',
        settings: { postsPerSecond: 100, threadIntervalMs: 0 },
      },
      (line) => lines.push(line),
    );
    const s = startReminderScheduler({ clock, run, log: (line) => lines.push(line) });
    await s.startup;
    s.stop();
    expect(poster.posts.map((p) => p.key).sort()).toEqual([
      'annual-2026|kommunledning|threeWorkingDays',
      'annual-2026|miljo-samhallsbyggnad|threeWorkingDays',
      'annual-2026|social-omsorg|threeWorkingDays',
    ]);
    const card = JSON.stringify(poster.posts[0]!.card);
    expect(card).toContain('Påminnelse: 3 arbetsdagar kvar');
    expect(card).toContain('paminnelse=annual-2026%7C');
    expect(lines).toContain('Allt som skulle skickas är skickat.');
  });
});
