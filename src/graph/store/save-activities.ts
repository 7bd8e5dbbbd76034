import type { ActivityWrite, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { invalidFrom } from '../../app/store-rules.js';
import { ActivitySchema, type Activity } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { GraphOutcome, GraphRequest } from '../client/gateway.js';
import { forCreate, listItemOf, parseVersion, versionOf } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import type { KeyCache } from './key-lookup.js';
import { itemUrl, listItemsUrl } from './queries.js';

/**
 * saveActivities over Graph: every activity that passes the model's schema and whose references
 * resolve is written in `$batch`es of 20 (the gateway's chunks), a create as POST, an update as
 * PATCH with If-Match. A create of an existing key (409) or an update of a stale version (412)
 * is that item's `conflict`; nothing is overwritten. Round trips: the batches, plus one read of
 * the Key columns when a reference is not in the cache (after loadPlan it always is).
 */

type Prepared =
  | { readonly ok: false; readonly error: Result<never> }
  | {
      readonly ok: true;
      readonly activity: Activity;
      readonly request: GraphRequest;
      readonly itemId?: string;
    };

const referencedLists = ['Plans', 'DevelopmentAreas', 'Departments', 'Goals'] as const;

export async function saveActivitiesIn(
  ctx: StoreContext,
  keys: KeyCache,
  items: readonly ActivityWrite[],
): Promise<Result<readonly Result<Versioned<Activity>>[]>> {
  const parsed = items.map((item) => ActivitySchema.safeParse(item.activity));
  const valid = parsed.flatMap((p) => (p.success ? [p.data] : []));
  const encoded = await keys.encodeEach(referencedLists, 'Aktiviteten', valid, (a, maps) =>
    ctx.codecs.activities.encode(a, maps),
  );
  if (!encoded.ok) return encoded;
  let at = 0;
  const prepared = items.map((item, i): Prepared => {
    const p = parsed[i]!;
    if (!p.success) return { ok: false, error: invalidFrom(p.error, 'Aktiviteten') };
    const fields = encoded.value[at++]!;
    if (!fields.ok) return { ok: false, error: fields };
    return prepare(ctx, p.data, fields.value, item.expectedVersion);
  });
  const requests = prepared.flatMap((p) => (p.ok ? [p.request] : []));
  const outcomes = requests.length > 0 ? await ctx.graph.batch(requests) : [];
  let next = 0;
  return ok(prepared.map((p) => (p.ok ? outcomeOf(p, outcomes[next++]!) : p.error)));
}

function prepare(
  ctx: StoreContext,
  activity: Activity,
  fields: Record<string, unknown>,
  expectedVersion: string | undefined,
): Prepared {
  if (expectedVersion === undefined) {
    const url = listItemsUrl(ctx.site, 'Activities');
    return {
      ok: true,
      activity,
      request: { method: 'POST', url, body: { fields: forCreate(fields) } },
    };
  }
  const target = parseVersion(expectedVersion);
  if (!target) {
    const message = `Aktiviteten ${activity.id}: versionen ${expectedVersion} är inte en version från SharePoint.`;
    return { ok: false, error: fail('invalid', message) };
  }
  const request: GraphRequest = {
    method: 'PATCH',
    url: itemUrl(ctx.site, 'Activities', target.itemId, '/fields'),
    headers: { 'If-Match': target.eTag },
    body: fields,
  };
  return { ok: true, activity, request, itemId: target.itemId };
}

function outcomeOf(
  prepared: Extract<Prepared, { ok: true }>,
  outcome: GraphOutcome,
): Result<Versioned<Activity>> {
  const { activity, itemId } = prepared;
  const what = `Aktiviteten ${activity.title}`;
  if (!outcome.ok) {
    if (outcome.status === 409) return fail('conflict', `${what} finns redan; inget skrevs över.`);
    if (outcome.status === 412)
      return fail('conflict', `${what} har ändrats av någon annan under tiden; inget skrevs över.`);
    return failWith(outcome, what);
  }
  const item = itemId === undefined ? listItemOf(outcome.body) : undefined;
  const eTag = (outcome.body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
  if (item) return ok({ ...activity, version: versionOf(item) });
  if (itemId !== undefined && typeof eTag === 'string')
    return ok({ ...activity, version: versionOf({ id: itemId, eTag }) });
  return fail('unavailable', `${what}: SharePoint svarade utan version.`);
}
