import { followUpKey, relevantRoundIds } from '../../app/store-rules.js';
import { ok, type Result } from '../../app/result.js';
import type { Versioned } from '../../app/ports.js';
import { FollowUpSchema, type FollowUp, type FollowUpRound } from '../../domain/model.js';
import type { RoundMember } from '../../domain/status.js';
import { failWith } from '../client/failures.js';
import type { BatchOptions } from '../client/gateway.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import { decodeItems } from './decode.js';
import { itemsUrl, keyFilters, readAllPages } from './queries.js';

/** Answers read by key beside an answer being written (follow-up-read, follow-up-writer). */

type Known = {
  readonly maps: KeyMaps;
  readonly rounds: readonly FollowUpRound[];
  readonly round: FollowUpRound;
  readonly activities: ReadonlyMap<string, { readonly member: RoundMember }>;
};

/**
 * The answered activities' answers in the plan's other rounds a snapshot carries (every open
 * round and the latest closed one), which decide their "Svar i pågående uppföljning" beside the
 * answer being written (derived.ts). Read by key only when another open round's period reaches
 * one of the activities; with one round under way nothing is read and the column follows from
 * the answer alone.
 */
export async function readOtherRoundAnswers(
  ctx: StoreContext,
  known: Known,
  options: BatchOptions,
): Promise<Result<readonly FollowUp[]>> {
  const relevant = relevantRoundIds(known.rounds);
  const others = known.rounds.filter((r) => relevant.has(r.id) && r.id !== known.round.id);
  const overlapping = [...known.activities.values()].filter(({ member }) =>
    others.some(
      (r) => r.state === 'open' && member.start <= r.periodEnd && member.end >= r.periodStart,
    ),
  );
  if (overlapping.length === 0) return ok([]);
  const keys = overlapping.flatMap(({ member }) => others.map((r) => followUpKey(r.id, member.id)));
  const found = await readStoredAnswers(ctx, keys, known.maps, options);
  if (!found.ok) return found;
  return ok([...found.value.values()]);
}

/** Re-reads stored answers by key (after a create lost a race to another writer). */
export async function readStoredAnswers(
  ctx: StoreContext,
  keys: readonly string[],
  maps: KeyMaps,
  options: BatchOptions = {},
): Promise<Result<Map<string, Versioned<FollowUp>>>> {
  const urls = keyFilters(keys).map((filter) =>
    itemsUrl(ctx.site, ctx.schema, { list: 'FollowUps', filter }),
  );
  const pages = await readAllPages(ctx.graph, urls, options);
  const found = new Map<string, Versioned<FollowUp>>();
  for (const page of pages) {
    if (!page.ok) return failWith(page, 'Uppföljningen');
    const decoded = decodeItems(
      page.items,
      (f) => ctx.records.followUps.decode(f, maps),
      FollowUpSchema,
      'Uppföljningar',
    );
    if (!decoded.ok) return decoded;
    for (const f of decoded.value) found.set(followUpKey(f.roundId, f.activityId), f);
  }
  return ok(found);
}
