import type {
  Activity,
  Department,
  DevelopmentArea,
  FollowUp,
  FollowUpRound,
  FollowUpStatus,
} from '../../domain/model.js';
import { type SignOff } from '../../domain/sign-off.js';
import { signOffOf } from '../../domain/sign-off-rules.js';
import { departmentNameOn } from '../../domain/plan-work.js';
import { withRoundIndicators } from '../../domain/indicator-end.js';
import { activitiesInRound, compareRounds, latestStatuses } from '../../domain/status.js';
import type { ChannelLink, PlanSnapshot, PlanStore, TimeBudget, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { roundPlanIds } from '../../domain/plans.js';
import { loadForRound } from '../plan-loading.js';

/**
 * One department in one round as stored: what a follow-up card (or the tab's "Min förvaltning")
 * shows. Built from a PlanSnapshot; never from card data.
 */

export type DepartmentItem = {
  readonly activity: Versioned<Activity>;
  readonly area?: DevelopmentArea;
  /** The answer given in this round, if any. */
  readonly answer?: Versioned<FollowUp>;
  /** The latest status from an earlier round, if any. */
  readonly previousStatus?: FollowUpStatus;
  /** In a round covering several plans: the activity's plan, by its rank in the round. */
  readonly plan?: { readonly title: string; readonly rank: number };
};

export type DepartmentRoundView = {
  readonly round: Versioned<FollowUpRound>;
  readonly department: Department;
  /** The department's activities in the round, in the plan's order. */
  readonly items: readonly DepartmentItem[];
  /** The department's linked channel, if any. */
  readonly channel?: ChannelLink;
  /** The department's sign-off of the round (signed off, or reopened), if any. */
  readonly signOff?: Versioned<SignOff>;
};

/** The stored answers a view shows, as (activity, version): what a card's fingerprint covers. */
export function answerVersions(
  view: DepartmentRoundView,
): { readonly activityId: string; readonly version: string }[] {
  return view.items.flatMap((item) =>
    item.answer ? [{ activityId: item.activity.id, version: item.answer.version }] : [],
  );
}

export function departmentRoundView(
  snapshot: PlanSnapshot,
  roundId: string,
  departmentId: string,
): Result<DepartmentRoundView> {
  const round = snapshot.rounds.find((r) => r.id === roundId);
  if (!round) return fail('notFound', 'Uppföljningsomgången finns inte längre.');
  const department = snapshot.departments.find((d) => d.id === departmentId);
  if (!department) return fail('notFound', 'Förvaltningen finns inte längre.');
  const inRound = new Set(activitiesInRound(snapshot, round).map((a) => a.id));
  const earlier = snapshot.rounds.filter((r) => compareRounds(r, round) < 0);
  const previous = latestStatuses({ ...snapshot, rounds: earlier });
  const answers = new Map(
    snapshot.followUps.filter((f) => f.roundId === round.id).map((f) => [f.activityId, f]),
  );
  const areas = new Map(snapshot.areas.map((a) => [a.id, a]));
  // Grouped by plan only when the round's activities come from more than one plan.
  const planIds = roundPlanIds(round);
  const plansInRound = new Set(
    snapshot.activities.filter((a) => inRound.has(a.id)).map((a) => a.planId),
  );
  const planOf = (planId: string) =>
    plansInRound.size < 2
      ? undefined
      : {
          title: snapshot.plans.find((p) => p.id === planId)?.title ?? planId,
          rank: planIds.indexOf(planId),
        };
  const items = snapshot.activities
    .filter((a) => a.responsibleDepartmentId === departmentId && inRound.has(a.id))
    .map((stored): DepartmentItem => {
      const answer = answers.get(stored.id);
      // Indicators ended before the round opened are not asked for (indicator-end.ts).
      const activity = withRoundIndicators(stored, round, answer?.indicatorValues);
      const area = areas.get(activity.areaId);
      const previousStatus = previous.get(activity.id)?.status;
      const plan = planOf(activity.planId);
      return {
        activity,
        ...(plan ? { plan } : {}),
        ...(area ? { area } : {}),
        ...(answer ? { answer } : {}),
        ...(previousStatus ? { previousStatus } : {}),
      };
    });
  const channel = snapshot.channels.find((c) => c.target === departmentId);
  const signOff = signOffOf(snapshot.signOffs, round.id, departmentId);
  // The card of an earlier round shows the department's name of that time.
  const named = { ...department, name: departmentNameOn(department, round.closesOn) };
  return ok({
    round,
    department: named,
    items,
    ...(channel ? { channel } : {}),
    ...(signOff ? { signOff } : {}),
  });
}

/** The view with freshly written answers put in place of what the snapshot held. */
export function withAnswers(
  view: DepartmentRoundView,
  written: readonly Versioned<FollowUp>[],
): DepartmentRoundView {
  const byActivity = new Map(written.map((f) => [f.activityId, f]));
  return {
    ...view,
    items: view.items.map((item) => {
      const answer = byActivity.get(item.activity.id);
      return answer ? { ...item, answer } : item;
    }),
  };
}

/**
 * The open rounds a department answers in now, oldest first: every open round with activities of
 * the department. Rounds overlap (the term-of-office round opens while the annual one still
 * runs), so there is no single "current" round: each gets its own card.
 */
export function openRoundsFor(
  snapshot: PlanSnapshot,
  departmentId: string,
): Versioned<FollowUpRound>[] {
  return snapshot.rounds
    .filter((r) => r.state === 'open')
    .filter((round) =>
      activitiesInRound(snapshot, round).some((a) => a.responsibleDepartmentId === departmentId),
    )
    .sort(compareRounds);
}

/** Loads the plan once and shows one department in one round (one Graph round trip). */
export async function showDepartmentRound(
  store: PlanStore,
  roundId: string,
  departmentId: string,
  budget?: TimeBudget,
): Promise<Result<DepartmentRoundView>> {
  const snapshot = await loadForRound(store, roundId, budget ? { budget } : {});
  if (!snapshot.ok) return snapshot;
  return departmentRoundView(snapshot.value, roundId, departmentId);
}
