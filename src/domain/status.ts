import type {
  Activity,
  Department,
  DevelopmentArea,
  FollowUp,
  FollowUpRound,
  FollowUpStatus,
} from './model.js';

/**
 * Everything derived from the follow-ups, in one place: an activity's latest status, a
 * department's response rate in a round, progress per area, per department and for the plan,
 * and who is still missing answers. Pure functions of the plan's data (a PlanData or a store
 * snapshot); `at` is the moment asked about, passed in (answers given later do not count yet).
 *
 * Rules:
 * - Rounds are ordered by when they open (then due date, then id); "latest" means last in that order.
 * - An activity belongs to a round when its start..end overlaps the round's period and it was not
 *   marked `dropped` (Utgår) in an earlier round, nor ended (Activity.ended) before the round's
 *   period began, unless it has an answer in the round. It is assigned to its responsible
 *   department.
 */

export type StatusData = {
  readonly activities: readonly Activity[];
  readonly rounds: readonly FollowUpRound[];
  readonly followUps: readonly FollowUp[];
};

/** Activities per status, those without an answer, and the total (the sum of all the others). */
export type StatusCounts = { readonly [S in FollowUpStatus | 'unanswered']: number } & {
  readonly total: number;
};

export type LatestStatus = {
  readonly status: FollowUpStatus;
  readonly round: FollowUpRound;
  readonly followUp: FollowUp;
};

export type DepartmentResponse = {
  readonly departmentId: string;
  /** Activities of the round the department is responsible for (at least one). */
  readonly assigned: number;
  readonly answered: number;
  /** answered / assigned, from 0 to 1. */
  readonly rate: number;
  readonly missingActivityIds: readonly string[];
};

export function compareRounds(a: FollowUpRound, b: FollowUpRound): number {
  return (
    a.opensOn.localeCompare(b.opensOn) ||
    a.dueOn.localeCompare(b.dueOn) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function answeredBy(followUp: FollowUp, at: Date | undefined): boolean {
  return at === undefined || Date.parse(followUp.answeredAt) <= at.getTime();
}

/** Each activity's status from the latest round in which it has an answer (absent: never answered). */
export function latestStatuses(
  data: Pick<StatusData, 'rounds' | 'followUps'>,
  at?: Date,
): ReadonlyMap<string, LatestStatus> {
  const rounds = new Map(data.rounds.map((r) => [r.id, r]));
  const latest = new Map<string, LatestStatus>();
  for (const followUp of data.followUps) {
    const round = rounds.get(followUp.roundId);
    if (round === undefined || !answeredBy(followUp, at)) continue;
    const current = latest.get(followUp.activityId);
    if (current === undefined || compareRounds(current.round, round) < 0) {
      latest.set(followUp.activityId, { status: followUp.status, round, followUp });
    }
  }
  return latest;
}

/** The answers of one round as given by `at`, by activity id. */
export function roundAnswers(
  data: StatusData,
  round: FollowUpRound,
  at?: Date,
): ReadonlyMap<string, FollowUp> {
  const answers = new Map<string, FollowUp>();
  for (const f of data.followUps) {
    if (f.roundId === round.id && answeredBy(f, at)) answers.set(f.activityId, f);
  }
  return answers;
}

/**
 * What decides whether an activity takes part in a round: its plan (the round's own or one it
 * also covers, when known), its period (and earlier answers).
 */
export type RoundMember = Pick<Activity, 'id' | 'start' | 'end'> &
  Partial<Pick<Activity, 'ended'>> & {
    readonly planId?: string;
  };

/** The activities followed up in a round, in the plan's order. */
export function activitiesInRound<A extends RoundMember>(
  data: Omit<StatusData, 'activities'> & { readonly activities: readonly A[] },
  round: FollowUpRound,
): readonly A[] {
  const earlier = data.rounds.filter((r) => compareRounds(r, round) < 0);
  const dropped = new Set(
    [...latestStatuses({ ...data, rounds: earlier })]
      .filter(([, latest]) => latest.status === 'dropped')
      .map(([activityId]) => activityId),
  );
  // An activity ended before the round's period leaves it, unless it was answered in it.
  const answered = new Set(
    data.followUps.filter((f) => f.roundId === round.id).map((f) => f.activityId),
  );
  const endedBefore = (a: A) => a.ended !== undefined && a.ended.on < round.periodStart;
  const plans = new Set([round.planId, ...(round.alsoPlanIds ?? [])]);
  return data.activities.filter(
    (a) =>
      (a.planId === undefined || plans.has(a.planId)) &&
      a.start <= round.periodEnd &&
      a.end >= round.periodStart &&
      !dropped.has(a.id) &&
      (!endedBefore(a) || answered.has(a.id)),
  );
}

/** Per department with activities in the round: assigned, answered and what is missing. */
export function responseRates(
  data: StatusData & { readonly departments: readonly Department[] },
  round: FollowUpRound,
  at?: Date,
): readonly DepartmentResponse[] {
  const answers = roundAnswers(data, round, at);
  const activities = activitiesInRound(data, round);
  return data.departments.flatMap((department): DepartmentResponse[] => {
    const assigned = activities.filter((a) => a.responsibleDepartmentId === department.id);
    if (assigned.length === 0) return [];
    const missing = assigned.filter((a) => !answers.has(a.id)).map((a) => a.id);
    const answered = assigned.length - missing.length;
    return [
      {
        departmentId: department.id,
        assigned: assigned.length,
        answered,
        rate: answered / assigned.length,
        missingActivityIds: missing,
      },
    ];
  });
}

/** The departments that, at `at`, still miss an answer for at least one of their activities. */
export function departmentsMissingAnswers(
  data: StatusData & { readonly departments: readonly Department[] },
  round: FollowUpRound,
  at: Date,
): readonly DepartmentResponse[] {
  return responseRates(data, round, at).filter((r) => r.missingActivityIds.length > 0);
}

export function countStatuses(statuses: readonly (FollowUpStatus | undefined)[]): StatusCounts {
  // A literal of the full record: a new status code breaks the build here.
  const counts: Record<FollowUpStatus | 'unanswered', number> = {
    done: 0,
    onTrack: 0,
    delayed: 0,
    notStarted: 0,
    dropped: 0,
    unanswered: 0,
  };
  for (const status of statuses) counts[status ?? 'unanswered'] += 1;
  return { ...counts, total: statuses.length };
}

/**
 * Each activity's status: without a round its latest status; with a round its answer in that
 * round (only the round's activities count).
 */
function statusesOf(data: StatusData, round?: FollowUpRound, at?: Date) {
  if (round === undefined) {
    const latest = latestStatuses(data, at);
    return data.activities.map((a) => ({ activity: a, status: latest.get(a.id)?.status }));
  }
  const answers = roundAnswers(data, round, at);
  return activitiesInRound(data, round).map((a) => ({
    activity: a,
    status: answers.get(a.id)?.status,
  }));
}

/** The whole plan's progress; see statusesOf for what `round` changes. */
export function planProgress(data: StatusData, round?: FollowUpRound, at?: Date): StatusCounts {
  return countStatuses(statusesOf(data, round, at).map((s) => s.status));
}

/** Progress per development area, in the areas' order (areas without activities count zero). */
export function areaProgress(
  data: StatusData & { readonly areas: readonly DevelopmentArea[] },
  round?: FollowUpRound,
  at?: Date,
): readonly { readonly areaId: string; readonly counts: StatusCounts }[] {
  const statuses = statusesOf(data, round, at);
  return [...data.areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({
      areaId: area.id,
      counts: countStatuses(
        statuses.filter((s) => s.activity.areaId === area.id).map((s) => s.status),
      ),
    }));
}

/** Progress per responsible department, in the departments' order. */
export function departmentProgress(
  data: StatusData & { readonly departments: readonly Department[] },
  round?: FollowUpRound,
  at?: Date,
): readonly { readonly departmentId: string; readonly counts: StatusCounts }[] {
  const statuses = statusesOf(data, round, at);
  return data.departments.map((department) => ({
    departmentId: department.id,
    counts: countStatuses(
      statuses
        .filter((s) => s.activity.responsibleDepartmentId === department.id)
        .map((s) => s.status),
    ),
  }));
}
