import type { Versioned } from '../../app/ports.js';
import type { Result } from '../../app/result.js';
import { SignOffSchema, type SignOff } from '../../domain/sign-off.js';
import type { ListItem } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import { hasSignOffs, signOffDecoder, signOffList } from '../codec/sign-off-codec.js';
import type { StoreContext } from './context.js';
import { decodeItems } from './decode.js';
import { itemsUrl } from './queries.js';

/**
 * Reading department sign-offs with the plan (loadPlan's first `$batch`). A site (or manifest)
 * without the SignOffs list has none. Writes are in sign-offs.ts, which readers never load.
 */

/** Whether this store's site and manifest have the sign-off list (loadPlan then reads it). */
export function readsSignOffs(ctx: StoreContext): boolean {
  return hasSignOffs(ctx.schema) && ctx.site.lists[signOffList] !== undefined;
}

/** The SignOffs list's first page, as loadPlan's batch asks for it. */
export function signOffsUrl(ctx: StoreContext): string {
  return itemsUrl(ctx.site, ctx.schema, { list: signOffList, top: ctx.pageSize });
}

export function decodeSignOffs(
  ctx: StoreContext,
  items: readonly ListItem[],
  maps: KeyMaps,
): Result<Versioned<SignOff>[]> {
  const decode = signOffDecoder(ctx.schema);
  return decodeItems(items, (f) => decode(f, maps), SignOffSchema, 'Klarmarkeringar');
}
