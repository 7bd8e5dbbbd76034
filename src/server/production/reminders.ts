import { loggedReminderRun, type ReminderRunWiring } from '../functions/reminder-run.js';
import type { Logger } from '../logger.js';
import { startReminderScheduler, type ReminderScheduler } from '../scheduler.js';
import type { Clock } from '../../domain/clock.js';
import type { ServeConfig } from './serve-config-types.js';

/**
 * The in-process reminder timer of `serve`, on AKTIVITETSPLAN_REMINDER_SCHEDULE (cron,
 * Europe/Stockholm, days off skipped), once at start-up too. Off without a schedule: then run
 * `npm run remind` from another scheduler. Several instances are safe (reservations).
 */
export function startReminders(
  config: ServeConfig,
  wiring: ReminderRunWiring,
  deps: { readonly clock: Clock; readonly logger: Logger },
): ReminderScheduler | undefined {
  const pattern = config.reminderSchedule;
  if (pattern === undefined) {
    deps.logger.info('reminders.off', { reason: 'AKTIVITETSPLAN_REMINDER_SCHEDULE is not set' });
    return undefined;
  }
  const log = (line: string) => deps.logger.info('reminders', { detail: line });
  const scheduler = startReminderScheduler({
    run: loggedReminderRun(wiring, log),
    clock: deps.clock,
    log,
    pattern,
  });
  const next = scheduler.nextRun();
  deps.logger.info('reminders.on', { pattern, next: next ? next.toISOString() : 'none' });
  return scheduler;
}
