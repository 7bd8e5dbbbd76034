import type { PlanSnapshot } from '../../app/ports.js';
import type { FollowUp, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import { statusCodes } from '../../domain/model.js';
import {
  areaProgress,
  compareRounds,
  departmentProgress,
  latestStatuses,
  responseRates,
  roundAnswers,
  type StatusCounts,
} from '../../domain/status.js';

/**
 * What the views show, derived from one loaded snapshot through the domain's status module.
 * "Status" is the answer in the chosen round or, with no round chosen, the latest answer.
 */
export type StatusOrNone = FollowUpStatus | 'unanswered';
export const statusFilterValues: readonly StatusOrNone[] = [...statusCodes, 'unanswered'];

export function roundById(
  snapshot: PlanSnapshot,
  roundId: string | undefined,
): FollowUpRound | undefined {
  return roundId === undefined ? undefined : snapshot.rounds.find((r) => r.id === roundId);
}

/** The answer that decides each activity's status, by activity id. */
export function decidingFollowUps(
  snapshot: PlanSnapshot,
  round?: FollowUpRound,
): ReadonlyMap<string, FollowUp> {
  if (round) return roundAnswers(snapshot, round);
  return new Map([...latestStatuses(snapshot)].map(([id, latest]) => [id, latest.followUp]));
}

export type Group = { readonly id: string; readonly name: string; readonly counts: StatusCounts };

export function progressGroups(
  snapshot: PlanSnapshot,
  round?: FollowUpRound,
): { readonly areas: Group[]; readonly departments: Group[] } {
  const areaName = new Map(snapshot.areas.map((a) => [a.id, a.title]));
  const departmentName = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  return {
    areas: areaProgress(snapshot, round).map((p) => ({
      id: p.areaId,
      name: areaName.get(p.areaId) ?? p.areaId,
      counts: p.counts,
    })),
    departments: departmentProgress(snapshot, round)
      .filter((p) => p.counts.total > 0)
      .map((p) => ({
        id: p.departmentId,
        name: departmentName.get(p.departmentId) ?? p.departmentId,
        counts: p.counts,
      })),
  };
}

export type DepartmentRoundState = {
  readonly departmentId: string;
  readonly name: string;
  readonly assigned: number;
  readonly answered: number;
  readonly answeredBy: readonly string[];
  readonly hasChannel: boolean;
};

/** Per department with activities in the round: answered counts, who answered, channel linked. */
export function roundStateByDepartment(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
): DepartmentRoundState[] {
  const linked = new Set(snapshot.channels.map((c) => c.target));
  const names = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  const answers = [...roundAnswers(snapshot, round).values()];
  const responsible = new Map(snapshot.activities.map((a) => [a.id, a.responsibleDepartmentId]));
  return responseRates(snapshot, round).map((rate) => ({
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
  }));
}

/** Open rounds, the latest first. */
export function openRounds(snapshot: PlanSnapshot): FollowUpRound[] {
  return snapshot.rounds.filter((r) => r.state === 'open').sort((a, b) => compareRounds(b, a));
}

/** Rounds that have answers to report (open or closed), the latest first. */
export function reportableRounds(snapshot: PlanSnapshot): FollowUpRound[] {
  return snapshot.rounds.filter((r) => r.state !== 'planned').sort((a, b) => compareRounds(b, a));
}
