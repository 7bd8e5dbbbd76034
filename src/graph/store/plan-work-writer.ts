import type { z } from 'zod/mini';
import { invalidFrom } from '../../app/store-rules.js';
import type { ActivitiesPartlySaved, ActivitySave, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import {
  ActivitySchema,
  DepartmentSchema,
  DevelopmentAreaSchema,
  GoalSchema,
  type Activity,
  type Department,
  type DevelopmentArea,
  type Goal,
} from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { GraphOutcome, GraphRequest } from '../client/gateway.js';
import { forCreate, listItemOf, parseVersion, versionOf, type Fields } from '../codec/fields.js';
import type { KeyMaps, LookupList } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import type { KeyCache } from './key-lookup.js';
import { itemUrl, listItemsUrl } from './queries.js';
import { readRecord, readRecords } from './read-record.js';
import { saveItem } from './save-record.js';

/**
 * The plan work's writes over Graph: areas, goals and departments one item each (one write
 * round trip, If-Match on update), and several activities in one `$batch` (20 a request, If-Match
 * each). A created record's item id goes into the key cache, so what refers to it next is
 * encoded without another read.
 */

type RecordSpec<T> = {
  readonly list: 'DevelopmentAreas' | 'Goals' | 'Departments';
  readonly what: string;
  readonly schema: z.ZodMiniType<T>;
  readonly lookups: readonly LookupList[];
  readonly encode: (value: T, maps: KeyMaps) => Record<string, unknown>;
  readonly decode: (fields: Fields, maps: KeyMaps) => unknown;
};

function specs(ctx: StoreContext) {
  const { codecs } = ctx;
  return {
    area: {
      list: 'DevelopmentAreas',
      what: 'Utvecklingsområdet',
      schema: DevelopmentAreaSchema,
      lookups: ['Plans'],
      encode: (a, maps) => codecs.areas.encode(a, maps),
      decode: (f, maps) => codecs.areas.decode(f, maps),
    } satisfies RecordSpec<DevelopmentArea>,
    goal: {
      list: 'Goals',
      what: 'Målet',
      schema: GoalSchema,
      lookups: [],
      encode: (g) => codecs.goals.encode(g),
      decode: (f) => codecs.goals.decode(f),
    } satisfies RecordSpec<Goal>,
    department: {
      list: 'Departments',
      what: 'Förvaltningen',
      schema: DepartmentSchema,
      lookups: ['Departments'],
      encode: (d, maps) => codecs.departments.encode(d, maps),
      decode: (f, maps) => codecs.departments.decode(f, maps),
    } satisfies RecordSpec<Department>,
  };
}

export type PlanWorkRecord = keyof ReturnType<typeof specs>;
type RecordOf = { area: DevelopmentArea; goal: Goal; department: Department };

export async function saveRecordIn<K extends PlanWorkRecord>(
  ctx: StoreContext,
  keys: KeyCache,
  kind: K,
  value: RecordOf[K],
  expectedVersion: string | undefined,
): Promise<Result<Versioned<RecordOf[K]>>> {
  const spec = specs(ctx)[kind] as unknown as RecordSpec<RecordOf[K]>;
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) return invalidFrom(parsed.error, spec.what);
  const record = parsed.data;
  const fields = await keys.encode(spec.lookups, spec.what, (maps) => spec.encode(record, maps));
  if (!fields.ok) return fields;
  const version = await saveItem({
    graph: ctx.graph,
    site: ctx.site,
    list: spec.list,
    what: spec.what,
    fields: fields.value,
    value: record,
    expectedVersion,
    readCurrent: () => readRecord(ctx, spec.list, record.id, spec.decode, spec.schema),
  });
  if (!version.ok) return version;
  const itemId = parseVersion(version.value)?.itemId;
  if (itemId) keys.current[spec.list].add(record.id, itemId);
  return ok({ ...record, version: version.value });
}

/** The activities in `$batch`es of 20; conflicts are read back in one more round trip. */
export async function saveActivitiesIn(
  ctx: StoreContext,
  keys: KeyCache,
  saves: readonly ActivitySave[],
): Promise<Result<readonly Versioned<Activity>[]>> {
  const activities: Activity[] = [];
  for (const save of saves) {
    const parsed = ActivitySchema.safeParse(save.activity);
    if (!parsed.success) return invalidFrom(parsed.error, 'Aktiviteten');
    activities.push(parsed.data);
  }
  const lists = ['Plans', 'DevelopmentAreas', 'Departments', 'Goals'] as const;
  const requests = await keys.encode(lists, 'Aktiviteten', (maps) =>
    activities.map((a, i) => requestOf(ctx, a, saves[i]!.expectedVersion, maps)),
  );
  if (!requests.ok) return requests;
  const outcomes = await ctx.graph.batch(requests.value);
  const saved: Versioned<Activity>[] = [];
  const refused: string[] = [];
  let failed: (GraphOutcome & { ok: false }) | undefined;
  outcomes.forEach((outcome, i) => {
    const activity = activities[i]!;
    if (outcome.ok) saved.push({ ...activity, version: writtenVersion(outcome, saves[i]!) });
    else if (outcome.status === 409 || outcome.status === 412) refused.push(activity.id);
    else failed ??= outcome;
  });
  if (failed) return partly(failWith(failed, 'Aktiviteten'), saved, []);
  if (refused.length === 0) return ok(saved);
  const current = await readRecords(
    ctx,
    'Activities',
    refused,
    (f, maps) => ctx.codecs.activities.decode(f, maps),
    ActivitySchema,
  );
  if (!current.ok) return partly(current, saved, []);
  const message = 'Aktiviteter har ändrats av någon annan under tiden; de skrevs inte över.';
  return partly(fail('conflict', message), saved, current.value);
}

function partly(
  failure: Result<unknown>,
  saved: Versioned<Activity>[],
  conflicts: Versioned<Activity>[],
): Result<never> {
  if (failure.ok) throw new Error('partly() needs a failure');
  const current: ActivitiesPartlySaved = { saved, conflicts };
  return { ok: false, error: { ...failure.error, current } };
}

function requestOf(
  ctx: StoreContext,
  activity: Activity,
  expectedVersion: string | undefined,
  maps: KeyMaps,
): GraphRequest {
  const fields = ctx.codecs.activities.encode(activity, maps);
  const target = expectedVersion === undefined ? undefined : parseVersion(expectedVersion);
  if (!target)
    return {
      method: 'POST',
      url: listItemsUrl(ctx.site, 'Activities'),
      body: { fields: forCreate(fields) },
    };
  return {
    method: 'PATCH',
    url: itemUrl(ctx.site, 'Activities', target.itemId, '/fields'),
    headers: { 'If-Match': target.eTag },
    body: fields,
  };
}

function writtenVersion(outcome: GraphOutcome & { ok: true }, save: ActivitySave): string {
  const item = listItemOf(outcome.body);
  if (item) return versionOf(item);
  const eTag = (outcome.body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
  const itemId = save.expectedVersion ? parseVersion(save.expectedVersion)?.itemId : undefined;
  if (typeof eTag === 'string' && itemId) return versionOf({ id: itemId, eTag });
  throw new Error('Graph answered an activity write without an ETag');
}
