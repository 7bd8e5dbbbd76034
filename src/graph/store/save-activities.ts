import type { ActivityWrite, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { invalidFrom } from '../../app/store-rules.js';
import { ActivitySchema, type Activity } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { GraphOutcome, GraphRequest } from '../client/gateway.js';
import { forCreate, listItemOf, parseVersion, versionOf, type Fields } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { decodeItems, keyMapsOf } from './decode.js';
import type { KeyCache } from './key-lookup.js';
import { itemUrl, itemsUrl, listItemsUrl, odataString, readAllPages } from './queries.js';

/**
 * saveActivities over Graph: every activity that passes the model's schema and whose references
 * resolve is written in `$batch`es of 20 (the gateway's chunks), a create as POST, an update as
 * PATCH with If-Match. A create of an existing key (409) or an update of a stale version (412)
 * is that item's `conflict` carrying what is stored, unless what is stored is what was being saved
 * (our own retried write); nothing is overwritten. Round trips: the batches, one read of the Key
 * columns when a reference is not in the cache (after loadPlan it always is), and one read when
 * some item met a conflict.
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
  const results = prepared.map((p) => (p.ok ? outcomeOf(p, outcomes[next++]!) : p.error));
  return settleConflicts(ctx, prepared, results);
}

/**
 * A 409 or 412 may be our own write: a part the gateway sent again after a 503 or 504 whose
 * first attempt was stored. One read of the conflicting activities tells: the same content
 * stored is success (with its version), anything else a conflict carrying what is stored.
 */
async function settleConflicts(
  ctx: StoreContext,
  prepared: readonly Prepared[],
  results: Result<Versioned<Activity>>[],
): Promise<Result<readonly Result<Versioned<Activity>>[]>> {
  const conflicted = results.flatMap((r, i) => {
    const p = prepared[i]!;
    return !r.ok && r.error.reason === 'conflict' && p.ok ? [{ i, activity: p.activity }] : [];
  });
  if (conflicted.length === 0) return ok(results);
  const stored = await readActivities(
    ctx,
    conflicted.map((c) => c.activity.id),
  );
  if (!stored.ok) return stored;
  for (const { i, activity } of conflicted) {
    const current = stored.value.get(activity.id);
    const failure = results[i]!;
    if (current && sameRecord(current, activity)) results[i] = ok(current);
    else if (!failure.ok) results[i] = { ok: false, error: { ...failure.error, current } };
  }
  return ok(results);
}

async function readActivities(
  ctx: StoreContext,
  keys: readonly string[],
): Promise<Result<Map<string, Versioned<Activity>>>> {
  const filter = (key: string) => `fields/Key eq ${odataString(key)}`;
  const pages = await readAllPages(ctx.graph, [
    ...referencedLists.map((list) => itemsUrl(ctx.site, ctx.schema, { list, fields: ['Key'] })),
    ...keys.map((key) =>
      itemsUrl(ctx.site, ctx.schema, { list: 'Activities', filter: filter(key) }),
    ),
  ]);
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failWith(failed, 'Aktiviteterna');
  const items = pages.map((p) => (p.ok ? p.items : []));
  const maps = keyMapsOf(Object.fromEntries(referencedLists.map((list, i) => [list, items[i]])));
  const found = items.slice(referencedLists.length).flat();
  const decode = (f: Fields) => ctx.codecs.activities.decode(f, maps);
  const decoded = decodeItems(found, decode, ActivitySchema, 'Aktiviteter');
  if (!decoded.ok) return decoded;
  return ok(new Map(decoded.value.map((a) => [a.id, a])));
}

/** Same content, whatever the version (JSON drops absent optional values). */
function sameRecord(stored: Versioned<Activity>, wanted: Activity): boolean {
  const { version: _version, ...rest } = stored;
  return JSON.stringify(rest) === JSON.stringify(wanted);
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
