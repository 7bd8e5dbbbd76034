import { ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { GraphRequest } from '../client/gateway.js';
import type { StoreContext } from './context.js';
import { derivedFromData, sameDerived } from './derived.js';
import { loadPlanFrom } from './load-plan.js';
import { itemUrl } from './queries.js';
import { versionOf } from '../codec/fields.js';

/**
 * After a round of `planId` opens or closes: sets each activity's "answer in the round under way" column
 * from the stored answers (one read round trip, then the changed activities in batches of 20).
 * The latest-status columns are kept as recordFollowUps wrote them. Returns the rewritten
 * activities' new versions, by activity id (a client holding the old ones can go on editing).
 */
export async function refreshRoundResponses(
  ctx: StoreContext,
  planId: string,
): Promise<Result<Record<string, string>>> {
  // The round's plan with its parent (a round follows up its plan and, at most, that parent).
  const loaded = await loadPlanFrom(ctx, { planId });
  if (!loaded.ok) return loaded;
  const { snapshot, maps, derived: stored } = loaded.value;
  const wanted = derivedFromData(snapshot);
  const requests: GraphRequest[] = [];
  const rewritten: { activityId: string; itemId: string }[] = [];
  for (const activity of snapshot.activities) {
    const now = stored.get(activity.id);
    const want = wanted.get(activity.id);
    if (!now || !want) continue;
    const next = { ...now, roundResponse: want.roundResponse };
    if (sameDerived(next, now)) continue;
    const itemId = maps.Activities.itemId(activity.id);
    if (itemId === undefined) continue;
    rewritten.push({ activityId: activity.id, itemId });
    requests.push({
      method: 'PATCH',
      url: itemUrl(ctx.site, 'Activities', itemId, '/fields'),
      body: ctx.records.derived.encode(next, maps),
    });
  }
  const outcomes = requests.length > 0 ? await ctx.graph.batch(requests) : [];
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) return failWith(failed, 'Aktiviteternas härledda kolumner');
  const versions: Record<string, string> = {};
  for (const [i, { activityId, itemId }] of rewritten.entries()) {
    const outcome = outcomes[i];
    const eTag = outcome?.ok
      ? (outcome.body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag']
      : undefined;
    if (typeof eTag === 'string') versions[activityId] = versionOf({ id: itemId, eTag });
  }
  return ok(versions);
}
