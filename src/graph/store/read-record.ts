import type { z } from 'zod/mini';
import type { Versioned } from '../../app/ports.js';
import { ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { Fields } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import { decodeItems, keyMapsOf } from './decode.js';
import { itemsUrl, keyFilters, readAllPages } from './queries.js';

const lookups = ['Plans', 'DevelopmentAreas', 'Departments', 'Goals'] as const;

/**
 * Records by their Keys, decoded with fresh key maps (the `current` of a conflict): one round
 * trip for the records and the Key columns of the lists they look up.
 */
async function readRecords<T>(
  ctx: StoreContext,
  list: string,
  keys: readonly string[],
  decode: (fields: Fields, maps: KeyMaps) => unknown,
  schema: z.ZodMiniType<T>,
): Promise<Result<Versioned<T>[]>> {
  const filters = keyFilters(keys);
  const pages = await readAllPages(ctx.graph, [
    ...filters.map((filter) => itemsUrl(ctx.site, ctx.schema, { list, filter })),
    ...lookups.map((l) => itemsUrl(ctx.site, ctx.schema, { list: l, fields: ['Key'] })),
  ]);
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failWith(failed, list);
  const items = pages.map((p) => (p.ok ? p.items : []));
  const at = filters.length;
  const maps = keyMapsOf({
    Plans: items[at],
    DevelopmentAreas: items[at + 1],
    Departments: items[at + 2],
    Goals: items[at + 3],
  });
  return decodeItems(items.slice(0, at).flat(), (f) => decode(f, maps), schema, list);
}

/** One record by its Key (undefined when there is none). */
export async function readRecord<T>(
  ctx: StoreContext,
  list: string,
  key: string,
  decode: (fields: Fields, maps: KeyMaps) => unknown,
  schema: z.ZodMiniType<T>,
): Promise<Result<Versioned<T> | undefined>> {
  const read = await readRecords(ctx, list, [key], decode, schema);
  return read.ok ? ok(read.value[0]) : read;
}
