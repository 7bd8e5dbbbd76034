import type { FollowUpRound, Reminder, ReminderStage } from '../../domain/model.js';
import { stockholmInstant } from '../../domain/calendar/stockholm-time.js';

/** The calendar's default reminder time (the first reminder goes out when the round opens). */
const reminderTime = '08:30';

export type LastReminder = { readonly stage: ReminderStage; readonly sentAt: string };

/** Per department, the latest reminder that went out (sent, not only reserved or failed). */
export function lastReminders(reminders: readonly Reminder[]): ReadonlyMap<string, LastReminder> {
  const last = new Map<string, LastReminder>();
  for (const r of reminders) {
    if (r.state !== 'sent' || !r.sentAt) continue;
    const current = last.get(r.departmentId);
    if (!current || Date.parse(current.sentAt) < Date.parse(r.sentAt))
      last.set(r.departmentId, { stage: r.stage, sentAt: r.sentAt });
  }
  return last;
}

/**
 * Whether a reminder can be sent now: not before the round's first stage (its opening day at
 * the reminder time); returns the first reminder's date when it is still to come.
 */
export function firstReminderPending(
  round: Pick<FollowUpRound, 'opensOn'>,
  now: Date,
): string | undefined {
  return now.getTime() < stockholmInstant(round.opensOn, reminderTime) ? round.opensOn : undefined;
}

/** The i18n key and count for a stage, e.g. `overdue-2` → overdue with n = 2. */
export function stageKey(stage: ReminderStage): {
  readonly key: 'opening' | 'twoWeeks' | 'threeWorkingDays' | 'due' | 'overdue';
  readonly n?: number;
} {
  if (stage.startsWith('overdue-')) return { key: 'overdue', n: Number(stage.slice(8)) };
  return { key: stage as 'opening' | 'twoWeeks' | 'threeWorkingDays' | 'due' };
}
