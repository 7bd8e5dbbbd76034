import type { PlanItems } from '../../app/ports.js';
import { invalidFrom } from '../../app/store-rules.js';
import { ok, type Result } from '../../app/result.js';
import { ActivitySchema, DevelopmentAreaSchema } from '../../domain/model.js';
import type { KeyMaps } from '../codec/key-maps.js';
import { createAll, type Record_ } from '../seed/seed-site.js';
import type { StoreContext } from './context.js';
import { keyMapsOf } from './decode.js';
import { readKeys } from './key-lookup.js';

/**
 * Creates a plan's areas and activities that are missing (by Key): the keys in one round trip,
 * then the areas and then the activities, each in `$batch`es of 20 (the gateway resends
 * throttled parts). Nothing failing the model's schemas is written; a repeat creates nothing.
 */
export async function createPlanItemsIn(
  ctx: StoreContext,
  items: PlanItems,
): Promise<Result<{ readonly created: number }>> {
  for (const area of items.areas) {
    const parsed = DevelopmentAreaSchema.safeParse(area);
    if (!parsed.success) return invalidFrom(parsed.error, 'Utvecklingsområdet');
  }
  for (const activity of items.activities) {
    const parsed = ActivitySchema.safeParse(activity);
    if (!parsed.success) return invalidFrom(parsed.error, 'Aktiviteten');
  }
  const keys = await readKeys(ctx, [
    'Plans',
    'Goals',
    'Departments',
    'DevelopmentAreas',
    'Activities',
  ]);
  if (!keys.ok) return keys;
  const maps = keyMapsOf(keys.value);
  const { codecs, records } = ctx;
  const areas: Record_[] = items.areas
    .filter((a) => maps.DevelopmentAreas.itemId(a.id) === undefined)
    .map((a) => ({
      list: 'DevelopmentAreas',
      key: a.id,
      fields: (m: KeyMaps) => codecs.areas.encode(a, m),
    }));
  const activities: Record_[] = items.activities
    .filter((a) => maps.Activities.itemId(a.id) === undefined)
    .map((a) => ({
      list: 'Activities',
      key: a.id,
      fields: (m: KeyMaps) => ({
        ...codecs.activities.encode(a, m),
        ...records.derived.encode({ roundResponse: 'none' }, m),
      }),
    }));
  for (const level of [areas, activities]) {
    const written = await createAll(ctx, maps, level);
    if (!written.ok) return written;
  }
  return ok({ created: areas.length + activities.length });
}
