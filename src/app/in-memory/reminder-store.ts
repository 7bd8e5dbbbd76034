import { ReminderSchema, type Reminder } from '../../domain/model.js';
import type { ReminderKey, ReminderStore, Reservation, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { invalidFrom, reminderKey } from '../store-rules.js';
import { isOwnReservation, normalizeReminder, reservationOf } from '../reminder-store-rules.js';
import { VersionedTable, versionCounter } from './versioned-table.js';

/**
 * Reminder reservations in memory, unique per (round, department, stage) like the SharePoint
 * list: only the first reserve of a key creates it; updates need the current version.
 */
export class InMemoryReminderStore implements ReminderStore {
  private readonly reminders = new VersionedTable<Reminder>(versionCounter('rem'));

  async reserve(
    key: ReminderKey,
    attemptId: string,
    dueAt: Date,
    at: Date,
  ): Promise<Result<Reservation>> {
    await Promise.resolve();
    const parsed = ReminderSchema.safeParse(reservationOf(key, attemptId, dueAt, at));
    if (!parsed.success) return invalidFrom(parsed.error, 'Påminnelsen');
    const created = this.reminders.create(reminderKey(key), parsed.data);
    if (created !== 'exists') return ok({ created: true, reminder: created });
    const existing = this.reminders.get(reminderKey(key))!;
    return ok({ created: isOwnReservation(existing, attemptId), reminder: existing });
  }

  async update(reminder: Versioned<Reminder>): Promise<Result<Versioned<Reminder>>> {
    await Promise.resolve();
    const { version, ...fields } = reminder;
    const parsed = ReminderSchema.safeParse(normalizeReminder(fields));
    if (!parsed.success) return invalidFrom(parsed.error, 'Påminnelsen');
    const key = reminderKey(parsed.data);
    const replaced = this.reminders.replace(key, parsed.data, version);
    if (replaced === 'missing') return fail('notFound', `Påminnelsen ${key} finns inte.`);
    if (replaced === 'stale') {
      return fail('conflict', 'Påminnelsen har ändrats av en annan körning; inget skrevs över.', {
        current: this.reminders.get(key),
      });
    }
    return ok(replaced);
  }

  async listForRound(roundId: string): Promise<Result<readonly Versioned<Reminder>[]>> {
    await Promise.resolve();
    return ok(this.reminders.all().filter((r) => r.roundId === roundId));
  }
}
