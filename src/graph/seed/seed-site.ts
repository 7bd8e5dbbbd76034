import { followUpKey } from '../../app/store-rules.js';
import { fail, ok, type Result } from '../../app/result.js';
import { activityTitleSv, PlanDataSchema, type PlanData } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { Graph, GraphRequest } from '../client/gateway.js';
import { forCreate, listItemOf } from '../codec/fields.js';
import { MissingReference, type KeyMaps, type LookupList } from '../codec/key-maps.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { storeContext, type StoreContext } from '../store/context.js';
import { addToKeyMaps, keyMapsOf } from '../store/decode.js';
import { derivedFromData } from '../store/derived.js';
import { readKeys } from '../store/key-lookup.js';
import { itemsUrl, listItemsUrl, readAllPages } from '../store/queries.js';
import type { SiteRef } from '../store/site-ref.js';
import type { Clock } from '../../domain/clock.js';

export type SeedReport = {
  readonly created: Readonly<Record<string, number>>;
  readonly existing: number;
};

export type Record_ = {
  readonly list: LookupList | 'FollowUps';
  readonly key: string;
  readonly fields: (maps: KeyMaps) => Record<string, unknown>;
};

/**
 * Writes a plan into a provisioned site, adding only what is missing (by the Key column) and
 * never overwriting what users changed: running it twice writes nothing the second time. The
 * data is parsed with the model's schemas first; data that fails them is never written.
 */
export async function seedSite(
  options: {
    readonly graph: Graph;
    readonly site: SiteRef;
    readonly schema: SiteSchema;
    readonly clock: Clock;
  },
  data: unknown,
): Promise<Result<SeedReport>> {
  const parsed = PlanDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      'invalid',
      `Planen kan inte sparas: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`,
    );
  }
  const ctx = storeContext(options);
  const keys = await readKeys(ctx, [
    'Plans',
    'Goals',
    'DevelopmentAreas',
    'Departments',
    'FollowUpRounds',
    'Activities',
  ]);
  if (!keys.ok) return keys;
  const maps = keyMapsOf(keys.value);
  const followUpKeys = await readFollowUpKeys(ctx, parsed.data);
  if (!followUpKeys.ok) return followUpKeys;
  const created: Record<string, number> = {};
  let existing = 0;
  for (const level of levels(ctx, parsed.data)) {
    const missing = level.filter((r) =>
      r.list === 'FollowUps'
        ? !followUpKeys.value.has(r.key)
        : maps[r.list].itemId(r.key) === undefined,
    );
    existing += level.length - missing.length;
    const written = await createAll(ctx, maps, missing);
    if (!written.ok) return written;
    for (const record of missing) created[record.list] = (created[record.list] ?? 0) + 1;
  }
  return ok({ created, existing });
}

function levels(ctx: StoreContext, data: PlanData): Record_[][] {
  const { codecs, records } = ctx;
  const derived = derivedFromData(data);
  const rounds = new Map(data.rounds.map((r) => [r.id, r]));
  const activities = new Map(data.activities.map((a) => [a.id, a]));
  const plans = [data.parentPlan, data.plan].filter((p) => p !== undefined);
  return [
    [
      ...data.departments.map((d) => ({
        list: 'Departments' as const,
        key: d.id,
        fields: (m: KeyMaps) => codecs.departments.encode(d, m),
      })),
      ...data.goals.map((g) => ({
        list: 'Goals' as const,
        key: g.id,
        fields: () => codecs.goals.encode(g),
      })),
    ],
    ...plans.map((p) => [
      { list: 'Plans' as const, key: p.id, fields: (m: KeyMaps) => codecs.plans.encode(p, m) },
    ]),
    [
      ...data.areas.map((a) => ({
        list: 'DevelopmentAreas' as const,
        key: a.id,
        fields: (m: KeyMaps) => codecs.areas.encode(a, m),
      })),
      ...data.rounds.map((r) => ({
        list: 'FollowUpRounds' as const,
        key: r.id,
        fields: (m: KeyMaps) => codecs.rounds.encode(r, m),
      })),
    ],
    data.activities.map((a) => ({
      list: 'Activities' as const,
      key: a.id,
      fields: (m: KeyMaps) => ({
        ...codecs.activities.encode(a, m),
        ...records.derived.encode(derived.get(a.id) ?? { roundResponse: 'none' }, m),
      }),
    })),
    data.followUps.map((f) => {
      const round = rounds.get(f.roundId)!;
      const title = `${round.title} – ${activityTitleSv(activities.get(f.activityId) ?? { title: f.activityId, example: false })}`;
      return {
        list: 'FollowUps' as const,
        key: followUpKey(f.roundId, f.activityId),
        fields: (m: KeyMaps) => records.followUps.encode(f, round, title, m),
      };
    }),
  ];
}

/** Keys of the follow-ups already stored (read only when the data has follow-ups). */
async function readFollowUpKeys(ctx: StoreContext, data: PlanData): Promise<Result<Set<string>>> {
  if (data.followUps.length === 0) return ok(new Set());
  const [page] = await readAllPages(ctx.graph, [
    itemsUrl(ctx.site, ctx.schema, { list: 'FollowUps', fields: ['Key'], top: ctx.pageSize }),
  ]);
  if (!page!.ok) return failWith(page!, 'Listan FollowUps');
  return ok(new Set(page!.items.map((i) => String(i.fields['Key']))));
}

/** Creates records in `$batch` round trips; a key created meanwhile by someone else (409) counts as there. */
export async function createAll(
  ctx: StoreContext,
  maps: KeyMaps,
  records: readonly Record_[],
): Promise<Result<void>> {
  const requests: GraphRequest[] = [];
  for (const record of records) {
    let fields: Record<string, unknown>;
    try {
      fields = record.fields(maps);
    } catch (error) {
      if (error instanceof MissingReference)
        return fail('invalid', `Planen hänvisar till ${error.list} ${error.key}, som saknas.`);
      throw error;
    }
    requests.push({
      method: 'POST',
      url: listItemsUrl(ctx.site, record.list),
      body: { fields: forCreate(fields) },
    });
  }
  const answers = await ctx.graph.batch(requests);
  const raced = new Set<LookupList>();
  for (const [i, answer] of answers.entries()) {
    const record = records[i]!;
    if (!answer.ok && answer.status !== 409)
      return failWith(answer, `${record.list} ${record.key}`);
    const item = answer.ok ? listItemOf(answer.body) : undefined;
    if (record.list === 'FollowUps') continue;
    if (item) maps[record.list].add(record.key, item.id);
    else raced.add(record.list);
  }
  if (raced.size === 0) return ok(undefined);
  const fresh = await readKeys(ctx, [...raced]);
  if (!fresh.ok) return fresh;
  addToKeyMaps(maps, fresh.value);
  return ok(undefined);
}
