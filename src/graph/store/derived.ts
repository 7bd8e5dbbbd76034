import type { FollowUp, FollowUpRound } from '../../domain/model.js';
import {
  activitiesInRound,
  compareRounds,
  latestStatuses,
  type StatusData,
} from '../../domain/status.js';
import type { DerivedActivityColumns } from '../codec/record-codecs.js';

/**
 * The activities' derived columns (latest status, latest follow-up date and round, answer in the
 * round under way), computed by the domain's status rules so SharePoint views agree with the tab.
 */

/** The round under way: the latest open round, if any. */
export function currentRound(rounds: readonly FollowUpRound[]): FollowUpRound | undefined {
  return rounds
    .filter((r) => r.state === 'open')
    .sort(compareRounds)
    .at(-1);
}

/** Derived columns of every activity from complete data (the seed, or a full refresh). */
export function derivedFromData(data: StatusData): Map<string, DerivedActivityColumns> {
  const latest = latestStatuses(data);
  const current = currentRound(data.rounds);
  const inCurrent = new Set(current ? activitiesInRound(data, current).map((a) => a.id) : []);
  const answered = new Set(
    data.followUps.filter((f) => f.roundId === current?.id).map((f) => f.activityId),
  );
  return new Map(
    data.activities.map((activity) => {
      const last = latest.get(activity.id);
      const roundResponse = !inCurrent.has(activity.id)
        ? 'none'
        : answered.has(activity.id)
          ? 'answered'
          : 'missing';
      const columns: DerivedActivityColumns = {
        roundResponse,
        ...(last
          ? {
              latestStatus: last.status,
              latestFollowUpAt: last.followUp.answeredAt,
              latestRoundId: last.round.id,
            }
          : {}),
      };
      return [activity.id, columns];
    }),
  );
}

/** The columns after one more answer, from what the activity shows now (no full read needed). */
export function derivedAfterAnswer(
  now: DerivedActivityColumns,
  answer: FollowUp,
  rounds: readonly FollowUpRound[],
): DerivedActivityColumns {
  const round = rounds.find((r) => r.id === answer.roundId);
  if (!round) return now;
  const shown = rounds.find((r) => r.id === now.latestRoundId);
  const newer = shown === undefined || compareRounds(round, shown) >= 0;
  const current = currentRound(rounds);
  return {
    ...(newer
      ? {
          latestStatus: answer.status,
          latestFollowUpAt: answer.answeredAt,
          latestRoundId: round.id,
        }
      : pickLatest(now)),
    roundResponse: current?.id === round.id ? 'answered' : now.roundResponse,
  };
}

function pickLatest(now: DerivedActivityColumns): Partial<DerivedActivityColumns> {
  return {
    ...(now.latestStatus ? { latestStatus: now.latestStatus } : {}),
    ...(now.latestFollowUpAt ? { latestFollowUpAt: now.latestFollowUpAt } : {}),
    ...(now.latestRoundId ? { latestRoundId: now.latestRoundId } : {}),
  };
}

export function sameDerived(a: DerivedActivityColumns, b: DerivedActivityColumns): boolean {
  return (
    a.latestStatus === b.latestStatus &&
    a.latestFollowUpAt === b.latestFollowUpAt &&
    a.latestRoundId === b.latestRoundId &&
    a.roundResponse === b.roundResponse
  );
}
