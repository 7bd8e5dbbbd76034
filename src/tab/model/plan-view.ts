import type { PlanSnapshot } from '../../app/ports.js';
import type { FollowUpRound } from '../../domain/model.js';
import { compareRounds, responseRates, roundAnswers } from '../../domain/status.js';
import { rowStatuses, type RowStatus } from './activity-status.js';

/** What the views show, derived from one loaded snapshot through the domain's status module. */
export type StatusOrNone = RowStatus;
export const statusFilterValues: readonly StatusOrNone[] = rowStatuses;

export type DepartmentRoundState = {
  readonly departmentId: string;
  readonly name: string;
  readonly assigned: number;
  readonly answered: number;
  readonly answeredBy: readonly string[];
  readonly hasChannel: boolean;
};

/**
 * Per department with activities in the round: answered counts, who answered, channel linked;
 * those missing answers first (the most missing first), then the plan's order.
 */
export function roundStateByDepartment(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
): DepartmentRoundState[] {
  const linked = new Set(snapshot.channels.map((c) => c.target));
  const names = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  const answers = [...roundAnswers(snapshot, round).values()];
  const responsible = new Map(snapshot.activities.map((a) => [a.id, a.responsibleDepartmentId]));
  return responseRates(snapshot, round)
    .map((rate) => ({
      departmentId: rate.departmentId,
      name: names.get(rate.departmentId) ?? rate.departmentId,
      assigned: rate.assigned,
      answered: rate.answered,
      answeredBy: [
        ...new Set(
          answers
            .filter((f) => responsible.get(f.activityId) === rate.departmentId)
            .map((f) => f.answeredBy.name),
        ),
      ].sort((a, b) => a.localeCompare(b, 'sv')),
      hasChannel: linked.has(rate.departmentId),
    }))
    .sort((a, b) => b.assigned - b.answered - (a.assigned - a.answered));
}

/** Open rounds, the latest first. */
export function openRounds(snapshot: PlanSnapshot): FollowUpRound[] {
  return snapshot.rounds.filter((r) => r.state === 'open').sort((a, b) => compareRounds(b, a));
}

/** Rounds that have answers to report (open or closed), the latest first. */
export function reportableRounds(snapshot: PlanSnapshot): FollowUpRound[] {
  return snapshot.rounds.filter((r) => r.state !== 'planned').sort((a, b) => compareRounds(b, a));
}
