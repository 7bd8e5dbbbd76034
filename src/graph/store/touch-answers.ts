import type { Versioned } from '../../app/ports.js';
import { followUpKey } from '../../app/store-rules.js';
import { fail, ok, type Result } from '../../app/result.js';
import type { FollowUp } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import { parseVersion } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { itemUrl } from './queries.js';

/**
 * PlanStore.touchFollowUps over Graph: one `$batch` PATCH per answer of its own Key (the same
 * value, so nothing changes but the ETag) with If-Match of the version given. A 412 means the
 * answer changed since: `conflict`. SharePoint keeps the touch as a version with the same fields;
 * the history (history.ts) leaves such a repeat out.
 */
export async function touchFollowUpsIn(
  ctx: StoreContext,
  answers: readonly Versioned<FollowUp>[],
): Promise<Result<void>> {
  const requests = answers.flatMap((answer) => {
    const target = parseVersion(answer.version);
    if (!target) return [];
    return [
      {
        method: 'PATCH' as const,
        url: itemUrl(ctx.site, 'FollowUps', target.itemId, '/fields'),
        headers: { 'If-Match': target.eTag },
        body: { Key: followUpKey(answer.roundId, answer.activityId) },
      },
    ];
  });
  if (requests.length === 0) return ok(undefined);
  const outcomes = await ctx.graph.batch(requests);
  if (outcomes.some((o) => !o.ok && o.status === 412))
    return fail('conflict', 'Ett svar har ändrats under tiden; inget ändrades av det.');
  const failed = outcomes.find((o) => !o.ok);
  return failed && !failed.ok ? failWith(failed, 'Uppföljningen') : ok(undefined);
}
