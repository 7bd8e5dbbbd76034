import { followUpKey } from '../../app/in-memory/store-rules.js';
import type { RecordFollowUpsInput, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import {
  FollowUpRoundSchema,
  FollowUpSchema,
  type FollowUp,
  type FollowUpRound,
} from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import { text, type ListItem } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { DerivedActivityColumns } from '../codec/record-codecs.js';
import type { StoreContext } from './context.js';
import { decodeItems, keyMapsOf } from './decode.js';
import { itemsUrl, keyFilters, odataString, readAllPages } from './queries.js';

/** What recordFollowUps reads in its first round trip. */
export type AnswerContext = {
  readonly maps: KeyMaps;
  readonly rounds: readonly FollowUpRound[];
  readonly round: FollowUpRound;
  readonly stored: ReadonlyMap<string, Versioned<FollowUp>>;
  readonly activities: ReadonlyMap<
    string,
    { itemId: string; title: string; derived: DerivedActivityColumns }
  >;
};

const activityColumns = [
  'Key',
  'LatestStatus',
  'LatestFollowUpDate',
  'LatestRound',
  'RoundResponseState',
];

/** The stored answers, the rounds, the department and the activities: one `$batch` round trip. */
export async function readAnswerContext(
  ctx: StoreContext,
  input: RecordFollowUpsInput,
): Promise<Result<AnswerContext>> {
  const keys = input.answers.map((a) => followUpKey(input.roundId, a.activityId));
  const followUpQueries = keyFilters(keys).map((filter) =>
    itemsUrl(ctx.site, ctx.schema, { list: 'FollowUps', filter }),
  );
  const activityQueries = keyFilters(input.answers.map((a) => a.activityId)).map((filter) =>
    itemsUrl(ctx.site, ctx.schema, { list: 'Activities', filter, fields: activityColumns }),
  );
  const urls = [
    itemsUrl(ctx.site, ctx.schema, { list: 'Plans', fields: ['Key'] }),
    itemsUrl(ctx.site, ctx.schema, { list: 'FollowUpRounds' }),
    itemsUrl(ctx.site, ctx.schema, {
      list: 'Departments',
      filter: `fields/Key eq ${odataString(input.departmentId)}`,
      fields: ['Key'],
    }),
    ...activityQueries,
    ...followUpQueries,
  ];
  const pages = await readAllPages(ctx.graph, urls);
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failWith(failed, 'Uppföljningen');
  const items = pages.map((p) => (p.ok ? p.items : []));
  const [planItems = [], roundItems = [], departmentItems = []] = items;
  const activityItems = items.slice(3, 3 + activityQueries.length).flat();
  const followUpItems = items.slice(3 + activityQueries.length).flat();
  const maps = keyMapsOf({
    Plans: planItems,
    FollowUpRounds: roundItems,
    Departments: departmentItems,
    Activities: activityItems,
  });
  const rounds = decodeItems(
    roundItems,
    (f) => ctx.codecs.rounds.decode(f, maps),
    FollowUpRoundSchema,
    'Uppföljningsomgångar',
  );
  if (!rounds.ok) return rounds;
  const round = rounds.value.find((r) => r.id === input.roundId);
  if (!round) return fail('notFound', `Uppföljningsomgången ${input.roundId} finns inte.`);
  if (departmentItems.length === 0)
    return fail('notFound', `Förvaltningen ${input.departmentId} finns inte.`);
  const activities = activitiesOf(ctx, activityItems, maps);
  const unknown = input.answers.find((a) => !activities.has(a.activityId));
  if (unknown) return fail('notFound', `Aktiviteten ${unknown.activityId} finns inte.`);
  const stored = decodeItems(
    followUpItems,
    (f) => ctx.records.followUps.decode(f, maps),
    FollowUpSchema,
    'Uppföljningar',
  );
  if (!stored.ok) return stored;
  return ok({
    maps,
    rounds: rounds.value,
    round,
    stored: new Map(stored.value.map((f) => [followUpKey(f.roundId, f.activityId), f])),
    activities,
  });
}

function activitiesOf(
  ctx: StoreContext,
  items: readonly ListItem[],
  maps: KeyMaps,
): AnswerContext['activities'] {
  const result = new Map<
    string,
    { itemId: string; title: string; derived: DerivedActivityColumns }
  >();
  for (const item of items) {
    const key = text(item.fields, 'Key');
    if (key === undefined) continue;
    result.set(key, {
      itemId: item.id,
      title: text(item.fields, 'Title') ?? key,
      derived: ctx.records.derived.decode(item.fields, maps),
    });
  }
  return result;
}

/** Re-reads stored answers by key (after a create lost a race to another writer). */
export async function readStoredAnswers(
  ctx: StoreContext,
  keys: readonly string[],
  maps: KeyMaps,
): Promise<Result<Map<string, Versioned<FollowUp>>>> {
  const urls = keyFilters(keys).map((filter) =>
    itemsUrl(ctx.site, ctx.schema, { list: 'FollowUps', filter }),
  );
  const pages = await readAllPages(ctx.graph, urls);
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
