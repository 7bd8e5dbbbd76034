import type { PlanSnapshot } from '../../app/ports.js';
import type { FollowUpRound } from '../../domain/model.js';
import { responseRates } from '../../domain/status.js';
import { openRounds } from './plan-view.js';

/** A round's answers at a glance: answered of total, days to the due date, who is missing. */
export type RoundSummary = {
  readonly round: FollowUpRound;
  readonly answered: number;
  readonly total: number;
  /** Whole days from today to the due date: 0 on the day, negative when overdue. */
  readonly daysLeft: number;
  /** Departments still missing answers, the most missing first. */
  readonly missing: readonly {
    readonly departmentId: string;
    readonly name: string;
    readonly count: number;
  }[];
};

/** Today's date in Stockholm (YYYY-MM-DD), whatever the browser's time zone. */
export function stockholmToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function roundSummary(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  today: string,
): RoundSummary {
  const names = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  const rates = responseRates(snapshot, round);
  return {
    round,
    answered: rates.reduce((n, r) => n + r.answered, 0),
    total: rates.reduce((n, r) => n + r.assigned, 0),
    daysLeft: daysBetween(today, round.dueOn),
    missing: rates
      .filter((r) => r.missingActivityIds.length > 0)
      .map((r) => ({
        departmentId: r.departmentId,
        name: names.get(r.departmentId) ?? r.departmentId,
        count: r.missingActivityIds.length,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'sv')),
  };
}

/** Every open round, the latest first. */
export function openRoundSummaries(snapshot: PlanSnapshot, today: string): RoundSummary[] {
  return openRounds(snapshot).map((r) => roundSummary(snapshot, r, today));
}

/** How many of the departments' activities in the round still lack an answer. */
export function unansweredFor(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  departmentIds: readonly string[],
): number {
  return responseRates(snapshot, round)
    .filter((r) => departmentIds.includes(r.departmentId))
    .reduce((n, r) => n + r.missingActivityIds.length, 0);
}
