import { followUpKey } from '../../app/store-rules.js';
import type { RecordFollowUpsInput, Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import type { RoundMember } from '../../domain/status.js';
import {
  FollowUpRoundSchema,
  FollowUpSchema,
  type FollowUp,
  type FollowUpRound,
} from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { BatchOptions } from '../client/gateway.js';
import { date, parseVersion, text, type ListItem } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { DerivedActivityColumns } from '../codec/record-codecs.js';
import type { StoreContext } from './context.js';
import { decodeItems, keyMapsOf } from './decode.js';
import type { LoadedPlan } from './load-plan.js';
import { readOtherRoundAnswers } from './stored-answers.js';
import { itemsUrl, keyFilters, odataString, readAllPages } from './queries.js';

/** What recordFollowUps reads in its first round trip. */
export type AnswerContext = {
  readonly maps: KeyMaps;
  readonly rounds: readonly FollowUpRound[];
  readonly round: FollowUpRound;
  readonly stored: ReadonlyMap<string, Versioned<FollowUp>>;
  readonly activities: ReadonlyMap<string, AnswerActivity>;
  /**
   * The answered activities' answers in the other rounds that decide their state in the open
   * rounds (derived.ts), without the answers being written.
   */
  readonly otherAnswers: readonly FollowUp[];
};

/** The activity item an answer updates the derived columns of. */
type AnswerActivity = {
  readonly member: RoundMember;
  readonly itemId: string;
  readonly title: string;
  readonly derived: DerivedActivityColumns;
};

const activityColumns = [
  'Key',
  'LatestStatus',
  'LatestFollowUpDate',
  'LatestRound',
  'RoundResponseState',
  'StartDate',
  'EndDate',
];

/**
 * The same context from a plan this store loaded moments ago, without a round trip: the caller
 * checked the answers against that snapshot, and every write carries the version it saw, so a
 * newer answer stored meanwhile still ends as a conflict. Undefined when the snapshot lacks
 * something the write needs (then the caller reads).
 */
export function answerContextFrom(
  loaded: LoadedPlan,
  input: RecordFollowUpsInput,
): AnswerContext | undefined {
  const { snapshot, maps, derived } = loaded;
  const round = snapshot.rounds.find((r) => r.id === input.roundId);
  if (!round || !snapshot.departments.some((d) => d.id === input.departmentId)) return undefined;
  if (maps.Departments.itemId(input.departmentId) === undefined) return undefined;
  const activities = new Map<string, AnswerActivity>();
  for (const answer of input.answers) {
    const activity = snapshot.activities.find((a) => a.id === answer.activityId);
    const itemId = activity ? parseVersion(activity.version)?.itemId : undefined;
    const now = derived.get(answer.activityId);
    if (!activity || !itemId || !now) return undefined;
    const member = {
      id: activity.id,
      start: activity.start,
      end: activity.end,
      ...(activity.ended ? { ended: activity.ended } : {}),
    };
    activities.set(activity.id, { member, itemId, title: activity.title, derived: now });
  }
  const wanted = new Set(input.answers.map((a) => followUpKey(input.roundId, a.activityId)));
  const stored = new Map<string, Versioned<FollowUp>>();
  for (const followUp of snapshot.followUps) {
    const key = followUpKey(followUp.roundId, followUp.activityId);
    if (wanted.has(key)) stored.set(key, followUp);
  }
  const otherAnswers = snapshot.followUps.filter(
    (f) => activities.has(f.activityId) && f.roundId !== round.id,
  );
  return { maps, rounds: snapshot.rounds, round, stored, activities, otherAnswers };
}

/**
 * The stored answers, the rounds, the department and the activities: one `$batch` round trip.
 * When another open round's period reaches an answered activity, its answers there decide the
 * activity's "Svar i pågående uppföljning" and are read by key in one more round trip (only
 * without a loaded plan, and only while rounds overlap).
 */
export async function readAnswerContext(
  ctx: StoreContext,
  input: RecordFollowUpsInput,
  options: BatchOptions = {},
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
  const pages = await readAllPages(ctx.graph, urls, options);
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
  const planRounds = rounds.value.filter((r) => r.planId === round.planId);
  const others = await readOtherRoundAnswers(
    ctx,
    { maps, rounds: planRounds, round, activities },
    options,
  );
  if (!others.ok) return others;
  return ok({
    maps,
    rounds: planRounds,
    round,
    stored: new Map(stored.value.map((f) => [followUpKey(f.roundId, f.activityId), f])),
    activities,
    otherAnswers: others.value,
  });
}

function activitiesOf(
  ctx: StoreContext,
  items: readonly ListItem[],
  maps: KeyMaps,
): AnswerContext['activities'] {
  const result = new Map<string, AnswerActivity>();
  for (const item of items) {
    const key = text(item.fields, 'Key');
    if (key === undefined) continue;
    const member = {
      id: key,
      start: date(item.fields, 'StartDate') ?? '',
      end: date(item.fields, 'EndDate') ?? '',
    };
    result.set(key, {
      member,
      itemId: item.id,
      title: text(item.fields, 'Title') ?? key,
      derived: ctx.records.derived.decode(item.fields, maps),
    });
  }
  return result;
}
