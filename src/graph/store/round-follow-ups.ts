import type { Versioned } from '../../app/ports.js';
import type { Result } from '../../app/result.js';
import { FollowUpSchema, type FollowUp } from '../../domain/model.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import { decodeItems } from './decode.js';
import { readOlderFollowUps } from './load-plan.js';

/**
 * The answers of the given rounds (a report's older rounds), with the maps of a loaded plan: one
 * `$batch` round trip by the indexed Round lookup. Its own module, loaded when a report asks, so
 * the tab's first view does not carry it.
 */
export async function loadRoundFollowUps(
  ctx: StoreContext,
  maps: KeyMaps,
  roundIds: readonly string[],
): Promise<Result<Versioned<FollowUp>[]>> {
  const items = await readOlderFollowUps(ctx, maps, roundIds, {});
  if (!items.ok) return items;
  return decodeItems(
    items.value,
    (f) => ctx.records.followUps.decode(f, maps),
    FollowUpSchema,
    'Uppföljningar',
  );
}
