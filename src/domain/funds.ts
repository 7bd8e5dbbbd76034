import { formatSwedishNumber } from './numbers.js';
import type { Activity, FollowUp, FollowUpRound, Plan } from './model.js';

/**
 * The plan's development funds (utvecklingsmedel): allocated per activity, used per round.
 *
 * Decisions:
 * - Amounts are tkr with at most three decimals (whole kronor); sums are made in kronor so that
 *   no rounding error lets an allocation past the plan's funds.
 * - The sum of the allocations of the plan's activities (ended ones too: the money was given)
 *   may not exceed the plan's funds. Only a raised allocation is refused, so an activity can
 *   still be edited (or lowered) when the funds were cut below what was given out.
 * - Used more than allocated is a warning, not a refusal: the department reports what was spent.
 * - "Used" adds the amounts reported in annual and extra rounds; a term-of-office round's period
 *   spans the annual ones, so its amounts are shown in that round only and not added again.
 *   Each round counts with its answer's latest amount (one answer per activity and round; a
 *   changed amount replaces the earlier one), over every round of the plan, not only the rounds
 *   whose answers a snapshot reads in full (FundsReport, fundsReports). The overview, the
 *   activity page and the report's "used to date" all add up this way.
 */

const kronor = (tkr: number | undefined): number => Math.round((tkr ?? 0) * 1000);
const tkr = (kr: number): number => kr / 1000;

export function formatTkr(value: number): string {
  return `${formatSwedishNumber(value)} tkr`;
}

export type AllocationCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly messageEn: string };

/**
 * Whether `activity`'s allocation fits in the plan's funds beside the other activities'
 * (`activities` as stored, the activity itself among them or not).
 */
export function checkAllocation(
  plan: Pick<Plan, 'developmentFundsTkr'>,
  activities: readonly Pick<Activity, 'id' | 'allocatedTkr'>[],
  activity: Pick<Activity, 'id' | 'allocatedTkr'>,
): AllocationCheck {
  const stored = activities.find((a) => a.id === activity.id);
  if (kronor(activity.allocatedTkr) <= kronor(stored?.allocatedTkr)) return { ok: true };
  const funds = plan.developmentFundsTkr;
  if (funds === undefined)
    return {
      ok: false,
      message: 'Planen har inga utvecklingsmedel att fördela.',
      messageEn: 'The plan has no development funds to allocate.',
    };
  const others = activities
    .filter((a) => a.id !== activity.id)
    .reduce((sum, a) => sum + kronor(a.allocatedTkr), 0);
  if (others + kronor(activity.allocatedTkr) <= kronor(funds)) return { ok: true };
  // What is not given to any activity yet, this one's present allocation included.
  const left = Math.max(0, kronor(funds) - others - kronor(stored?.allocatedTkr));
  const [leftText, fundsText] = [formatSwedishNumber(tkr(left)), formatSwedishNumber(funds)];
  return {
    ok: false,
    message: `Det finns ${leftText} tkr kvar att fördela av planens ${fundsText} tkr.`,
    messageEn: `${leftText} tkr of the plan's ${fundsText} tkr is left to allocate.`,
  };
}

/** What the activities were allocated in all (ended ones too: the money was given), in tkr. */
export function allocatedTkr(activities: readonly Pick<Activity, 'allocatedTkr'>[]): number {
  return tkr(activities.reduce((sum, a) => sum + kronor(a.allocatedTkr), 0));
}

/** A plan's funds may not go below what its activities were allocated: the refusal, or nothing. */
export function fundsBelowAllocated(
  funds: number | undefined,
  allocated: number,
): string | undefined {
  if (kronor(allocated) === 0 || kronor(funds) >= kronor(allocated)) return undefined;
  return `Planens aktiviteter har redan fått ${formatSwedishNumber(allocated)} tkr av utvecklingsmedlen; ange minst så mycket.`;
}

export type FundsFigures = {
  readonly allocatedTkr: number;
  readonly usedTkr: number;
  /** Allocated minus used; negative when more was used than allocated. */
  readonly remainingTkr: number;
};

export type FundsSummary = FundsFigures & {
  /** The plan's funds, and what of them is not allocated yet. */
  readonly fundsTkr?: number;
  readonly unallocatedTkr?: number;
  readonly byDepartment: ReadonlyMap<string, FundsFigures>;
  /** Activities that used more than they were allocated. */
  readonly overspent: readonly string[];
};

/** One activity's latest reported amount in one round (an answer's funds, or all of it). */
export type FundsReport = Pick<FollowUp, 'roundId' | 'activityId' | 'fundsUsedTkr'>;

/**
 * Every round's reported amounts: the answers read in full (`followUps`, which the tab also
 * updates after an answer) win over the funds-only read of every round (`everyRound`).
 */
export function fundsReports(
  followUps: readonly FundsReport[],
  everyRound: readonly FundsReport[] = [],
): FundsReport[] {
  const key = (f: FundsReport) => `${f.roundId}\u0000${f.activityId}`;
  const byKey = new Map(everyRound.map((f) => [key(f), f]));
  for (const f of followUps) byKey.set(key(f), f);
  return [...byKey.values()];
}

/**
 * The rounds whose reported amounts add up (annual and extra; see the decisions above), those
 * whose period ends by `until` when given (a report's "used to date").
 */
function countedRounds(
  rounds: readonly FollowUpRound[],
  until?: Pick<FollowUpRound, 'periodEnd'>,
): Set<string> {
  return new Set(
    rounds
      .filter((r) => r.kind !== 'termOfOffice' && (!until || r.periodEnd <= until.periodEnd))
      .map((r) => r.id),
  );
}

/** Tkr used per activity over the counted rounds (ending by `until`, when given). */
export function usedByActivity(
  rounds: readonly FollowUpRound[],
  reports: readonly FundsReport[],
  until?: Pick<FollowUpRound, 'periodEnd'>,
): Map<string, number> {
  const counted = countedRounds(rounds, until);
  const used = new Map<string, number>();
  for (const f of reports) {
    if (f.fundsUsedTkr === undefined || !counted.has(f.roundId)) continue;
    used.set(f.activityId, (used.get(f.activityId) ?? 0) + kronor(f.fundsUsedTkr));
  }
  return new Map([...used].map(([id, kr]) => [id, tkr(kr)]));
}

function figures(allocated: number, used: number): FundsFigures {
  return { allocatedTkr: tkr(allocated), usedTkr: tkr(used), remainingTkr: tkr(allocated - used) };
}

/**
 * Allocated, used and remaining for the plan and per responsible department; `reports` should
 * hold every round's amounts (fundsReports), or "used" counts only the rounds they hold.
 */
export function fundsSummary(
  plan: Pick<Plan, 'developmentFundsTkr'>,
  activities: readonly Activity[],
  rounds: readonly FollowUpRound[],
  reports: readonly FundsReport[],
): FundsSummary {
  const used = new Map(
    [...usedByActivity(rounds, reports)].map(([id, value]) => [id, kronor(value)]),
  );
  const departments = new Map<string, [number, number]>();
  let [allocated, spent] = [0, 0];
  const overspent: string[] = [];
  for (const a of activities) {
    const [given, usedBy] = [kronor(a.allocatedTkr), used.get(a.id) ?? 0];
    if (given === 0 && usedBy === 0) continue;
    if (usedBy > given) overspent.push(a.id);
    allocated += given;
    spent += usedBy;
    const [d1, d2] = departments.get(a.responsibleDepartmentId) ?? [0, 0];
    departments.set(a.responsibleDepartmentId, [d1 + given, d2 + usedBy]);
  }
  const funds = plan.developmentFundsTkr;
  return {
    ...figures(allocated, spent),
    ...(funds === undefined
      ? {}
      : { fundsTkr: funds, unallocatedTkr: tkr(kronor(funds) - allocated) }),
    byDepartment: new Map([...departments].map(([id, [a, u]]) => [id, figures(a, u)])),
    overspent,
  };
}
