import { Cron } from 'croner';
import { stockholmDate } from '../domain/calendar/stockholm-time.js';
import { isWorkingDay } from '../domain/calendar/working-days.js';
import type { Clock } from '../domain/clock.js';

/**
 * The reminder run in process, for `npm start`: every Monday–Friday at 08:30 Europe/Stockholm
 * (croner, with summer time), skipping Swedish days off, and once at start-up so anything that
 * fell due while the app was down goes out now. A run still going when the next one is due is
 * not doubled (croner's `protect`; overlapping runs would be safe anyway: reservations).
 */

const reminderCron = '30 8 * * 1-5';
const reminderTimeZone = 'Europe/Stockholm';

export type ReminderSchedulerOptions = {
  /** One reminder run at `now`; its failures are its own to report (it should not throw). */
  readonly run: (now: Date) => Promise<void>;
  readonly clock: Clock;
  readonly log?: (line: string) => void;
  /** Run once right away (default true). */
  readonly runAtStart?: boolean;
  readonly pattern?: string;
};

export type ReminderScheduler = {
  /** The start-up run (resolved at once when there is none). */
  readonly startup: Promise<void>;
  /** The next scheduled run after `after` (default: now). */
  nextRun(after?: Date): Date | null;
  /** Runs the scheduled job now, as the timer would (skipping a day off). */
  trigger(): Promise<void>;
  stop(): void;
};

export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const log = options.log ?? (() => undefined);
  let running: Promise<void> = Promise.resolve();
  const runNow = (why: string): Promise<void> => {
    const now = options.clock.now();
    log(`Påminnelsekörning (${why}) ${now.toISOString()}`);
    running = running.then(() =>
      options.run(now).catch((error: unknown) => {
        log(
          `Påminnelsekörningen misslyckades: ${error instanceof Error ? error.message : String(error)}`,
        );
      }),
    );
    return running;
  };
  const job = new Cron(
    options.pattern ?? reminderCron,
    { timezone: reminderTimeZone, protect: true, name: 'reminders' },
    async () => {
      const today = stockholmDate(options.clock.now());
      if (!isWorkingDay(today)) {
        log(`Påminnelsekörning hoppas över: ${today} är ingen arbetsdag.`);
        return;
      }
      await runNow('schema');
    },
  );
  const startup = options.runAtStart === false ? Promise.resolve() : runNow('start');
  return {
    startup,
    nextRun: (after) => job.nextRun(after ?? null),
    trigger: () => job.trigger(),
    stop: () => job.stop(),
  };
}
