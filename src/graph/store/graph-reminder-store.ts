import {
  isOwnReservation,
  normalizeReminder,
  reservationOf,
} from '../../app/reminder-store-rules.js';
import { invalidFrom, reminderKey } from '../../app/store-rules.js';
import type { ReminderKey, ReminderStore, Reservation, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { ReminderSchema, type Reminder } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import { forCreate, listItemOf, versionOf } from '../codec/fields.js';
import { storeContext, type GraphStoreOptions, type StoreContext } from './context.js';
import { listItemsUrl, odataString } from './queries.js';
import { queryReminders, roundReminders } from './reminder-query.js';
import { saveItem } from './save-record.js';

/**
 * Reminder reservations in the Reminders list, unique by (round, department, stage) through the
 * indexed, unique Key column: of two runs reserving at once, exactly one creates the item.
 */
export class GraphReminderStore implements ReminderStore {
  private readonly ctx: StoreContext;

  constructor(options: GraphStoreOptions) {
    this.ctx = storeContext(options);
  }

  async reserve(
    key: ReminderKey,
    attemptId: string,
    dueAt: Date,
    at: Date,
  ): Promise<Result<Reservation>> {
    const parsed = ReminderSchema.safeParse(reservationOf(key, attemptId, dueAt, at));
    if (!parsed.success) return invalidFrom(parsed.error, 'Påminnelsen');
    const created = await this.ctx.graph.send({
      method: 'POST',
      url: listItemsUrl(this.ctx.site, 'Reminders'),
      body: { fields: forCreate(this.ctx.records.reminders.encode(parsed.data)) },
    });
    if (created.ok) {
      const item = listItemOf(created.body);
      if (!item) return fail('unavailable', 'SharePoint svarade utan version för påminnelsen.');
      return ok({ created: true, reminder: { ...parsed.data, version: versionOf(item) } });
    }
    if (created.status !== 409) return failWith(created, `Påminnelsen ${reminderKey(key)}`);
    const existing = await this.find(reminderKey(key));
    if (!existing.ok) return existing;
    if (!existing.value)
      return fail('unavailable', `Påminnelsen ${reminderKey(key)} finns men kunde inte läsas.`);
    return ok({ created: isOwnReservation(existing.value, attemptId), reminder: existing.value });
  }

  async update(reminder: Versioned<Reminder>): Promise<Result<Versioned<Reminder>>> {
    const { version, ...fields } = reminder;
    const parsed = ReminderSchema.safeParse(normalizeReminder(fields));
    if (!parsed.success) return invalidFrom(parsed.error, 'Påminnelsen');
    const key = reminderKey(parsed.data);
    const saved = await saveItem({
      graph: this.ctx.graph,
      site: this.ctx.site,
      list: 'Reminders',
      what: `Påminnelsen ${key}`,
      fields: this.ctx.records.reminders.encode(parsed.data),
      expectedVersion: version,
      readCurrent: () => this.find(key),
    });
    if (!saved.ok) return saved;
    return ok({ ...parsed.data, version: saved.value });
  }

  async listForRound(roundId: string): Promise<Result<readonly Versioned<Reminder>[]>> {
    return roundReminders(this.ctx, roundId);
  }

  private async find(key: string): Promise<Result<Versioned<Reminder> | undefined>> {
    const found = await queryReminders(this.ctx, `fields/Key eq ${odataString(key)}`);
    return found.ok ? ok(found.value[0]) : found;
  }
}
