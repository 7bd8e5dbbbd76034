import type { Reminder } from '../domain/model.js';
import type { ReminderKey } from './ports.js';
import { utcSeconds } from './store-rules.js';

/**
 * The rules of a reminder reservation every ReminderStore follows (the in-memory fake and the
 * Graph adapter), so both answer alike.
 */

/** A reservation this attempt made itself (its create succeeded, the answer was lost). */
export function isOwnReservation(reminder: Reminder, attemptId: string): boolean {
  return reminder.state === 'reserved' && reminder.attemptId === attemptId;
}

export function reservationOf(
  key: ReminderKey,
  attemptId: string,
  dueAt: Date,
  at: Date,
): Reminder {
  return {
    roundId: key.roundId,
    departmentId: key.departmentId,
    stage: key.stage,
    dueAt: utcSeconds(dueAt),
    state: 'reserved',
    attempts: 0,
    attemptId,
    reservedAt: utcSeconds(at),
  };
}

/** Date-times as SharePoint keeps them (UTC, whole seconds), so both stores answer alike. */
export function normalizeReminder(reminder: Reminder): Reminder {
  const times = ['dueAt', 'reservedAt', 'sentAt'] as const;
  const copy: Reminder = { ...reminder };
  for (const field of times) {
    const value = copy[field];
    if (value !== undefined && !Number.isNaN(Date.parse(value))) copy[field] = utcSeconds(value);
  }
  return copy;
}
