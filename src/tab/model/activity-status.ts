import type { PlanSnapshot } from '../../app/ports.js';
import type { Activity, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import { statusCodes } from '../../domain/model.js';
import {
  activitiesInRound,
  compareRounds,
  latestStatuses,
  roundAnswers,
} from '../../domain/status.js';

/**
 * An activity's status as the tab shows it. Besides the five answers and `unanswered` (in the
 * round, no answer yet) an activity can be outside the round asked about: `ended` (its period
 * ended before the round's period) or `notInRound` (otherwise: it starts later, or was dropped
 * earlier). An activity outside the round is never shown as unanswered.
 */
export type RowStatus = FollowUpStatus | 'unanswered' | 'notInRound' | 'ended';
export const rowStatuses: readonly RowStatus[] = [
  ...statusCodes,
  'unanswered',
  'notInRound',
  'ended',
];

export type RowCounts = { readonly [S in RowStatus]: number } & { readonly total: number };

export function countRows(statuses: readonly RowStatus[]): RowCounts {
  const counts = Object.fromEntries(rowStatuses.map((s) => [s, 0])) as Record<RowStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return { ...counts, total: statuses.length };
}

/** The round "Senaste svar" measures unanswered activities against: the latest open, else the latest started. */
function referenceRound(snapshot: PlanSnapshot): FollowUpRound | undefined {
  const byLatest = [...snapshot.rounds].sort((a, b) => compareRounds(b, a));
  return byLatest.find((r) => r.state === 'open') ?? byLatest.find((r) => r.state === 'closed');
}

function outside(activity: Activity, round: FollowUpRound): RowStatus {
  return activity.end < round.periodStart ? 'ended' : 'notInRound';
}

/**
 * Each activity's status by id. With a round: its answer in that round, `unanswered` when it is
 * in the round without an answer, `ended`/`notInRound` when it is not in the round. Without a
 * round: its latest answer; never answered, it is measured against the reference round.
 */
export function activityStatuses(
  snapshot: PlanSnapshot,
  round?: FollowUpRound,
): ReadonlyMap<string, RowStatus> {
  const statuses = new Map<string, RowStatus>();
  const measured = round ?? referenceRound(snapshot);
  const inRound = new Set(measured ? activitiesInRound(snapshot, measured).map((a) => a.id) : []);
  if (round) {
    const answers = roundAnswers(snapshot, round);
    for (const a of snapshot.activities) {
      statuses.set(
        a.id,
        inRound.has(a.id) ? (answers.get(a.id)?.status ?? 'unanswered') : outside(a, round),
      );
    }
    return statuses;
  }
  const latest = latestStatuses(snapshot);
  for (const a of snapshot.activities) {
    const answered = latest.get(a.id)?.status;
    if (answered) statuses.set(a.id, answered);
    else if (!measured || inRound.has(a.id)) statuses.set(a.id, 'unanswered');
    else statuses.set(a.id, outside(a, measured));
  }
  return statuses;
}
