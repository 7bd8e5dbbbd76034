import { fundsReports, usedByActivity, type FundsReport } from '../../domain/funds.js';
import type { Activity, FollowUp, FollowUpRound, Indicator } from '../../domain/model.js';
import { compareRounds } from '../../domain/status.js';

/**
 * The measured part of a report: each indicator's values against its target, and the
 * development funds allocated, used and remaining. Values come from the rounds of the report's
 * kind up to and including its round (the term round is compared with earlier term rounds
 * only). "Used to date" is the domain's "used" (funds.ts: annual and extra rounds add up, a term
 * round is not added again) over the rounds whose period ends by the report's, from every
 * round's amounts (the snapshot's `fundsUsed`), as the overview counts it.
 */

export type IndicatorRow = {
  readonly activityId: string;
  readonly activityTitle: string;
  readonly board: string;
  readonly indicator: Indicator;
  /** One per round of the report's kind, oldest first; the report's round last. */
  readonly values: readonly { readonly round: FollowUpRound; readonly value?: number }[];
  /** The report's round's value. */
  readonly current?: number;
  /** Whether the current value meets the target (absent: no target or no value). */
  readonly reached?: boolean;
};

export type FundsRow = {
  readonly id: string;
  readonly name: string;
  readonly allocated: number;
  /** Used in the report's round's period. */
  readonly usedInRound: number;
  /** Used in the counted rounds (funds.ts) whose period ends by the report round's. */
  readonly usedToDate: number;
  /** allocated − usedToDate (negative when more was used than allocated). */
  readonly remaining: number;
};

type ActivityFunds = FundsRow & {
  readonly board: string;
  /** Used per round of the kind, oldest first (absent: no amount reported). */
  readonly perRound: readonly { readonly round: FollowUpRound; readonly used?: number }[];
};

export type FundsSummary = {
  /** The plan's development funds (Plan.developmentFundsTkr), when the plan has any. */
  readonly planFunds?: number;
  readonly plan: FundsRow;
  readonly departments: readonly FundsRow[];
  readonly activities: readonly ActivityFunds[];
};

type Source = {
  readonly activities: readonly Activity[];
  readonly rounds: readonly FollowUpRound[];
  readonly followUps: readonly FollowUp[];
  /** Every round's reported funds (PlanSnapshot.fundsUsed). */
  readonly fundsUsed?: readonly FundsReport[] | undefined;
};

type Described = { readonly id: string; readonly title: string; readonly board: string };

/** The report's round and the earlier opened rounds of its kind, oldest first. */
export function roundsOfKind(rounds: readonly FollowUpRound[], round: FollowUpRound) {
  return rounds
    .filter(
      (r) =>
        r.id === round.id ||
        (r.kind === round.kind && r.state !== 'planned' && compareRounds(r, round) < 0),
    )
    .sort(compareRounds);
}

function answersByRound(source: Source, rounds: readonly FollowUpRound[]) {
  const wanted = new Set(rounds.map((r) => r.id));
  const answers = new Map<string, FollowUp>();
  for (const f of source.followUps)
    if (wanted.has(f.roundId)) answers.set(`${f.roundId}/${f.activityId}`, f);
  return (round: FollowUpRound, activityId: string) => answers.get(`${round.id}/${activityId}`);
}

function reached(indicator: Indicator, value: number | undefined): boolean | undefined {
  if (indicator.target === undefined || value === undefined) return undefined;
  return indicator.better === 'higher' ? value >= indicator.target : value <= indicator.target;
}

export function indicatorRows(
  source: Source,
  round: FollowUpRound,
  inRound: readonly Described[],
): IndicatorRow[] {
  const rounds = roundsOfKind(source.rounds, round);
  const answer = answersByRound(source, rounds);
  const byId = new Map(source.activities.map((a) => [a.id, a]));
  return inRound.flatMap((row) =>
    (byId.get(row.id)?.indicators ?? []).map((indicator) => {
      const values = rounds.map((r) => {
        const value = answer(r, row.id)?.indicatorValues?.[indicator.id];
        return value === undefined ? { round: r } : { round: r, value };
      });
      const current = values.at(-1)?.value;
      const met = reached(indicator, current);
      return {
        activityId: row.id,
        activityTitle: row.title,
        board: row.board,
        indicator,
        values,
        ...(current === undefined ? {} : { current }),
        ...(met === undefined ? {} : { reached: met }),
      };
    }),
  );
}

export function fundsSummary(
  source: Source & { readonly planFunds?: number | undefined },
  round: FollowUpRound,
  planTitle: string,
  describe: (activity: Activity) => Described & { readonly departmentId: string },
  departmentName: (id: string) => string,
): FundsSummary {
  const rounds = roundsOfKind(source.rounds, round);
  const answer = answersByRound(source, rounds);
  const toDate = usedByActivity(
    source.rounds,
    fundsReports(source.followUps, source.fundsUsed),
    round,
  );
  const funded = source.activities.filter(
    (a) =>
      (a.allocatedTkr ?? 0) > 0 ||
      toDate.has(a.id) ||
      rounds.some((r) => answer(r, a.id)?.fundsUsedTkr !== undefined),
  );
  const activities = funded.map((a): ActivityFunds & { departmentId: string } => {
    const described = describe(a);
    const perRound = rounds.map((r) => {
      const used = answer(r, a.id)?.fundsUsedTkr;
      return used === undefined ? { round: r } : { round: r, used };
    });
    const allocated = a.allocatedTkr ?? 0;
    const usedToDate = toDate.get(a.id) ?? 0;
    return {
      id: a.id,
      name: described.title,
      board: described.board,
      departmentId: described.departmentId,
      allocated,
      usedInRound: perRound.at(-1)?.used ?? 0,
      usedToDate,
      remaining: allocated - usedToDate,
      perRound,
    };
  });
  const total = (id: string, name: string, rows: readonly FundsRow[]): FundsRow => {
    const allocated = sum(rows.map((r) => r.allocated));
    const usedToDate = sum(rows.map((r) => r.usedToDate));
    const usedInRound = sum(rows.map((r) => r.usedInRound));
    return { id, name, allocated, usedInRound, usedToDate, remaining: allocated - usedToDate };
  };
  const departmentIds = [...new Set(activities.map((a) => a.departmentId))];
  return {
    ...(source.planFunds === undefined ? {} : { planFunds: source.planFunds }),
    plan: total('plan', planTitle, activities),
    departments: departmentIds.map((id) =>
      total(
        id,
        departmentName(id),
        activities.filter((a) => a.departmentId === id),
      ),
    ),
    activities: activities.map(({ departmentId: _id, ...rest }) => rest),
  };
}

/** Sums tkr without binary fractions creeping in (tenths of a tkr are as fine as it gets). */
function sum(values: readonly number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;
}
