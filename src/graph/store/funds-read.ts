import type { FundsReport } from '../../domain/funds.js';
import type { FollowUp } from '../../domain/model.js';
import { lookupId, number, type ListItem } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import { itemsUrl } from './queries.js';

/**
 * The development funds reported in every round, for the overview's and the report's "used"
 * (funds.ts), in loadPlan's one `$batch`: the answers of rounds that opened before the follow-up
 * window (the batch reads later ones in full) by the same indexed RoundOpensOn, with only the
 * round, the activity and the amount selected. It grows with the site's history (one item per
 * activity and answered round, a few dozen bytes each); past a page (5,000 answers) it costs one
 * more round trip per page, like every list loadPlan reads.
 */

export function fundsUsedUrl(ctx: StoreContext, cutoff: string): string {
  return itemsUrl(ctx.site, ctx.schema, {
    list: 'FollowUps',
    top: ctx.pageSize,
    fields: ['Round', 'Activity', 'FundsUsedTkr'],
    filter: `fields/RoundOpensOn lt '${cutoff}T00:00:00Z'`,
  });
}

/**
 * The plan's rounds' reported amounts: the funds-only items of the older rounds and the answers
 * read in full (these win; funds.ts fundsReports), of `roundIds` only.
 */
export function fundsUsedOf(
  older: readonly ListItem[],
  read: readonly FollowUp[],
  maps: KeyMaps,
  roundIds: ReadonlySet<string>,
): FundsReport[] {
  const reports = new Map<string, FundsReport>();
  for (const item of older) {
    const fundsUsedTkr = number(item.fields, 'FundsUsedTkr');
    const roundId = maps.FollowUpRounds.key(lookupId(item.fields, 'Round'));
    const activityId = maps.Activities.key(lookupId(item.fields, 'Activity'));
    if (fundsUsedTkr === undefined || !roundId || !activityId || !roundIds.has(roundId)) continue;
    reports.set(`${roundId}\u0000${activityId}`, { roundId, activityId, fundsUsedTkr });
  }
  for (const { roundId, activityId, fundsUsedTkr } of read) {
    if (!roundIds.has(roundId)) continue;
    const key = `${roundId}\u0000${activityId}`;
    if (fundsUsedTkr === undefined) reports.delete(key);
    else reports.set(key, { roundId, activityId, fundsUsedTkr });
  }
  return [...reports.values()];
}
