import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import { parseVersion, versionOf } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { itemUrl } from './queries.js';

/**
 * Marks a change of the plan's allocations on the plan item (PlanStore.markAllocation): one PATCH
 * of its AllocationStamp with If-Match of the version the allocation check read. A 412 is a
 * `conflict` whoever changed the plan; unlike a record's save it is never taken for our own
 * retried write, since another allocation's mark is a write like ours.
 */
export async function markAllocationIn(
  ctx: StoreContext,
  expectedVersion: string,
  stamp: string,
): Promise<Result<string>> {
  const target = parseVersion(expectedVersion);
  if (!target)
    return fail(
      'invalid',
      `Planen: versionen ${expectedVersion} är inte en version från SharePoint.`,
    );
  const marked = await ctx.graph.send({
    method: 'PATCH',
    url: itemUrl(ctx.site, 'Plans', target.itemId, '/fields'),
    headers: { 'If-Match': target.eTag },
    body: { AllocationStamp: stamp.slice(0, 255) },
  });
  if (marked.ok) {
    const eTag = (marked.body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
    if (typeof eTag === 'string') return ok(versionOf({ id: target.itemId, eTag }));
    return fail('unavailable', 'Planen: SharePoint svarade utan version.');
  }
  if (marked.status === 412)
    return fail('conflict', 'Planen har ändrats av någon annan under tiden; inget skrevs över.');
  return failWith(marked, 'Planen');
}
