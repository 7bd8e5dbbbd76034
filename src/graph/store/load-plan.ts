import { relevantRoundIds, choosePlan } from '../../app/store-rules.js';
import type { ChannelLink, PlanSnapshot } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import {
  ActivitySchema,
  DepartmentSchema,
  DevelopmentAreaSchema,
  FollowUpRoundSchema,
  FollowUpSchema,
  GoalSchema,
  PlanSchema,
} from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { BatchOptions } from '../client/gateway.js';
import type { LoadOptions } from '../../app/ports.js';
import type { ListItem } from '../codec/fields.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { DerivedActivityColumns } from '../codec/record-codecs.js';
import { text } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { decodeItems, keyMapsOf, unversioned } from './decode.js';
import { itemsUrl, readAllPages } from './queries.js';
import { decodeSignOffs, readsSignOffs, signOffsUrl } from './sign-off-read.js';
import { fundsUsedOf, fundsUsedUrl } from './funds-read.js';
import { learnPlans, planFilters } from './plan-directory.js';

const listsRead = [
  'Plans',
  'Goals',
  'DevelopmentAreas',
  'Departments',
  'Activities',
  'FollowUpRounds',
  'FollowUps',
  'ChannelLinks',
] as const;

export type LoadedPlan = {
  readonly snapshot: PlanSnapshot;
  readonly maps: KeyMaps;
  /** The derived columns each activity shows now, by activity id. */
  readonly derived: ReadonlyMap<string, DerivedActivityColumns>;
};

/** The first day whose rounds' follow-ups the first round trip reads: now − window. */
function followUpCutoff(ctx: StoreContext): string {
  const ms = ctx.clock.now().getTime() - ctx.followUpWindowDays * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Everything the overview shows (and the departments' sign-offs), in one `$batch` round trip when every list fits a page (then
 * one more round trip per further page). Follow-ups are read by an indexed date column for the
 * rounds of the last `followUpWindowDays`; a relevant round that opened earlier (an open round
 * left open for over a year) costs one more round trip, by its indexed lookup.
 */
export async function loadPlanFrom(
  ctx: StoreContext,
  options: BatchOptions & Pick<LoadOptions, 'planId'> = {},
): Promise<Result<LoadedPlan>> {
  const cutoff = followUpCutoff(ctx);
  const wanted = options.planId ?? ctx.planId;
  const filters = planFilters(ctx, wanted);
  const urls = listsRead.map((list) => {
    const filter =
      list === 'FollowUps'
        ? `fields/RoundOpensOn ge '${cutoff}T00:00:00Z'`
        : list === 'FollowUpRounds'
          ? filters?.own
          : list === 'DevelopmentAreas' || list === 'Activities'
            ? filters?.covered
            : undefined;
    return itemsUrl(ctx.site, ctx.schema, {
      list,
      top: ctx.pageSize,
      ...(filter ? { filter } : {}),
    });
  });
  const signOffs = readsSignOffs(ctx);
  // After the lists: the older rounds' funds, then the sign-offs (when the site keeps them).
  const pages = await readAllPages(
    ctx.graph,
    [...urls, fundsUsedUrl(ctx, cutoff), ...(signOffs ? [signOffsUrl(ctx)] : [])],
    options,
  );
  const items: Partial<Record<(typeof listsRead)[number], ListItem[]>> = {};
  for (const [i, list] of listsRead.entries()) {
    const page = pages[i]!;
    if (!page.ok) return failWith(page, `Listan ${list}`);
    items[list] = page.items;
  }
  const fundsPage = pages[listsRead.length]!;
  if (!fundsPage.ok) return failWith(fundsPage, 'Listan FollowUps');
  const signOffPage = pages[listsRead.length + 1];
  if (signOffPage && !signOffPage.ok) return failWith(signOffPage, 'Listan SignOffs');
  const got = (list: (typeof listsRead)[number]) => items[list] ?? [];
  const maps = keyMapsOf({
    Plans: got('Plans'),
    Goals: got('Goals'),
    DevelopmentAreas: got('DevelopmentAreas'),
    Departments: got('Departments'),
    FollowUpRounds: got('FollowUpRounds'),
    Activities: got('Activities'),
  });
  const decoded = decodeLists(ctx, maps, got);
  if (!decoded.ok) return decoded;
  const { plans, goals, areas, departments, activities, rounds } = decoded.value;
  learnPlans(ctx, plans, maps);
  const plan = choosePlan(unversioned(plans), wanted);
  if (!plan)
    return fail(
      'notFound',
      'Planen finns inte på webbplatsen. Kör "npm run seed" eller kontrollera planens id.',
    );
  const planRounds = rounds.filter((r) => r.planId === plan.id);
  const covered = new Set([plan.id, ...planRounds.flatMap((r) => r.alsoPlanIds ?? [])]);
  const relevant = relevantRoundIds(planRounds);
  const older = planRounds.filter((r) => relevant.has(r.id) && r.opensOn < cutoff);
  const moreFollowUps = await readOlderFollowUps(
    ctx,
    maps,
    older.map((r) => r.id),
    options,
  );
  if (!moreFollowUps.ok) return moreFollowUps;
  const followUps = decodeItems(
    [...got('FollowUps'), ...moreFollowUps.value],
    (f) => ctx.records.followUps.decode(f, maps),
    FollowUpSchema,
    'Uppföljningar',
  );
  if (!followUps.ok) return followUps;
  const signOffItems = signOffs ? decodeSignOffs(ctx, signOffPage?.items ?? [], maps) : ok([]);
  if (!signOffItems.ok) return signOffItems;
  const parentPlan = unversioned(plans).find((p) => p.id === plan.parentPlanId);
  const snapshot: PlanSnapshot = {
    plan,
    ...(parentPlan ? { parentPlan } : {}),
    plans,
    goals,
    areas: areas.filter((a) => covered.has(a.planId)),
    departments,
    activities: activities.filter((a) => covered.has(a.planId)),
    rounds: planRounds,
    followUps: followUps.value.filter((f) => relevant.has(f.roundId)),
    channels: channelsOf(ctx, got('ChannelLinks')),
    signOffs: signOffItems.value.filter((s) => relevant.has(s.roundId)),
    fundsUsed: fundsUsedOf(
      fundsPage.items,
      followUps.value,
      maps,
      new Set(planRounds.map((r) => r.id)),
    ),
  };
  const derived = new Map(
    got('Activities').map((item) => [
      text(item.fields, 'Key') ?? '',
      ctx.records.derived.decode(item.fields, maps),
    ]),
  );
  return ok({ snapshot, maps, derived });
}

function decodeLists(
  ctx: StoreContext,
  maps: KeyMaps,
  got: (list: (typeof listsRead)[number]) => ListItem[],
) {
  const { codecs } = ctx;
  const plans = decodeItems(
    got('Plans'),
    (f) => codecs.plans.decode(f, maps),
    PlanSchema,
    'Planer',
  );
  if (!plans.ok) return plans;
  const goals = decodeItems(got('Goals'), codecs.goals.decode, GoalSchema, 'Mål');
  if (!goals.ok) return goals;
  const areas = decodeItems(
    got('DevelopmentAreas'),
    (f) => codecs.areas.decode(f, maps),
    DevelopmentAreaSchema,
    'Utvecklingsområden',
  );
  if (!areas.ok) return areas;
  const departments = decodeItems(
    got('Departments'),
    (f) => codecs.departments.decode(f, maps),
    DepartmentSchema,
    'Förvaltningar',
  );
  if (!departments.ok) return departments;
  const activities = decodeItems(
    got('Activities'),
    (f) => codecs.activities.decode(f, maps),
    ActivitySchema,
    'Aktiviteter',
  );
  if (!activities.ok) return activities;
  const rounds = decodeItems(
    got('FollowUpRounds'),
    (f) => codecs.rounds.decode(f, maps),
    FollowUpRoundSchema,
    'Uppföljningsomgångar',
  );
  if (!rounds.ok) return rounds;
  return ok({
    plans: plans.value,
    goals: goals.value,
    areas: areas.value,
    departments: departments.value,
    activities: activities.value,
    rounds: rounds.value,
  });
}

/**
 * The follow-ups of rounds the first round trip left out (by the indexed Round lookup), read in
 * one `$batch` round trip however many rounds (then one more per further page).
 */
export async function readOlderFollowUps(
  ctx: StoreContext,
  maps: KeyMaps,
  roundIds: readonly string[],
  options: BatchOptions,
): Promise<Result<ListItem[]>> {
  if (roundIds.length === 0) return ok([]);
  const urls = roundIds.map((id) =>
    itemsUrl(ctx.site, ctx.schema, {
      list: 'FollowUps',
      top: ctx.pageSize,
      filter: `fields/RoundLookupId eq ${maps.FollowUpRounds.itemId(id) ?? '0'}`,
    }),
  );
  const pages = await readAllPages(ctx.graph, urls, options);
  const items: ListItem[] = [];
  for (const page of pages) {
    if (!page.ok) return failWith(page, 'Listan Uppföljningar');
    items.push(...page.items);
  }
  return ok(items);
}

function channelsOf(ctx: StoreContext, items: readonly ListItem[]): ChannelLink[] {
  return items
    .map((item) => ctx.records.channelLinks.decode(item.fields))
    .filter((link) => link?.active === true)
    .map((link) => {
      const { active: _active, ...rest } = link!;
      return rest;
    });
}
