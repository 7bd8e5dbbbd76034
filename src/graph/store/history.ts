import { followUpKey } from '../../app/store-rules.js';
import { fail, ok, type Result } from '../../app/result.js';
import { FollowUpSchema, type FollowUp } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { Fields } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { keyMapsOf } from './decode.js';
import { itemUrl, itemsUrl, odataString, readAllPages } from './queries.js';

type VersionBody = { id?: unknown; fields?: Fields };

/** Orders SharePoint version labels ("1.0", "2.0", "10.0") oldest first. */
function byLabel(a: VersionBody, b: VersionBody): number {
  const n = (v: VersionBody) => Number.parseFloat(typeof v.id === 'string' ? v.id : '0');
  return n(a) - n(b);
}

/**
 * Every stored version of one follow-up, oldest first: the item and the key maps in one
 * round trip, its versions (SharePoint keeps one per write) in the next.
 */
export async function followUpHistoryIn(
  ctx: StoreContext,
  roundId: string,
  activityId: string,
): Promise<Result<readonly FollowUp[]>> {
  const pages = await readAllPages(ctx.graph, [
    itemsUrl(ctx.site, ctx.schema, {
      list: 'FollowUps',
      filter: `fields/Key eq ${odataString(followUpKey(roundId, activityId))}`,
      fields: ['Key'],
    }),
    itemsUrl(ctx.site, ctx.schema, { list: 'Departments', fields: ['Key'] }),
    itemsUrl(ctx.site, ctx.schema, {
      list: 'FollowUpRounds',
      fields: ['Key'],
      filter: `fields/Key eq ${odataString(roundId)}`,
    }),
    itemsUrl(ctx.site, ctx.schema, {
      list: 'Activities',
      fields: ['Key'],
      filter: `fields/Key eq ${odataString(activityId)}`,
    }),
  ]);
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failWith(failed, 'Uppföljningens historik');
  const [item, departments, rounds, activities] = pages.map((p) => (p.ok ? p.items : []));
  if (!item?.[0]) return ok([]);
  const maps = keyMapsOf({
    Departments: departments,
    FollowUpRounds: rounds,
    Activities: activities,
  });
  const versions: VersionBody[] = [];
  let url: string | undefined = itemUrl(
    ctx.site,
    'FollowUps',
    item[0].id,
    '/versions?$expand=fields',
  );
  while (url) {
    const answer = await ctx.graph.send({ method: 'GET', url });
    if (!answer.ok) return failWith(answer, 'Uppföljningens historik');
    const body = answer.body as { value?: VersionBody[]; '@odata.nextLink'?: unknown };
    versions.push(...(body.value ?? []));
    url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  const history: FollowUp[] = [];
  for (const version of versions.sort(byLabel)) {
    const parsed = FollowUpSchema.safeParse(
      ctx.records.followUps.decode(version.fields ?? {}, maps),
    );
    if (!parsed.success) {
      return fail(
        'invalid',
        `Version ${String(version.id)} av uppföljningen kan inte läsas: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    }
    // A sign-off's touch (touch-answers.ts) is a version with the same fields: shown once.
    const previous = history.at(-1);
    if (previous && JSON.stringify(previous) === JSON.stringify(parsed.data)) continue;
    history.push(parsed.data);
  }
  return ok(history);
}
