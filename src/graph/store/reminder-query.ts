import type { Versioned } from '../../app/ports.js';
import type { Result } from '../../app/result.js';
import { ReminderSchema, type Reminder } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { StoreContext } from './context.js';
import { decodeItems } from './decode.js';
import { itemsUrl, odataString, readAllPages } from './queries.js';

/**
 * Reminders of the Reminders list matching an OData filter on its indexed columns. Shared by
 * the reminder store and the tab's reader (which reads, never writes, reminders).
 */
export async function queryReminders(
  ctx: StoreContext,
  filter: string,
): Promise<Result<Versioned<Reminder>[]>> {
  const [page] = await readAllPages(ctx.graph, [
    itemsUrl(ctx.site, ctx.schema, { list: 'Reminders', filter, top: ctx.pageSize }),
  ]);
  if (!page!.ok) return failWith(page!, 'Påminnelserna');
  return decodeItems(page!.items, ctx.records.reminders.decode, ReminderSchema, 'Påminnelser');
}

/** Every reminder of one round (the indexed RoundKey column). */
export function roundReminders(
  ctx: StoreContext,
  roundId: string,
): Promise<Result<Versioned<Reminder>[]>> {
  return queryReminders(ctx, `fields/RoundKey eq ${odataString(roundId)}`);
}
