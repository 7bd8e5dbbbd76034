import type { FollowUp, FollowUpRound } from '../../domain/model.js';
import {
  activitiesInRound,
  compareRounds,
  latestStatuses,
  type RoundMember,
  type StatusData,
} from '../../domain/status.js';
import type { DerivedActivityColumns } from '../codec/record-codecs.js';

/**
 * The activities' derived columns (latest status, latest follow-up date and round, answer in the
 * rounds under way), computed by the domain's status rules so SharePoint views agree with the tab.
 *
 * "Svar i pågående uppföljning" (RoundResponseState) with rounds that may overlap (the term round
 * opens on 1 March while the annual round runs to 31 March, and an activity whose period reaches
 * into both is followed up in both, one answer in each):
 * - `missing` (Saknar svar): the activity takes part in at least one open round and lacks its
 *   answer in at least one of them, so the view "Saknar svar i pågående uppföljning" lists exactly
 *   what the departments still owe, whichever round it is owed in;
 * - `answered` (Besvarad): it takes part in open rounds and has its answer in every one;
 * - `none` (Ingen pågående uppföljning): it takes part in no open round.
 * "Open" is the round's stored state, not its dates: the column is written when an answer is
 * stored and when a round opens or closes, never by the clock, so a round opened before its
 * opening date counts from when it is opened (it takes answers) and one past its closing date
 * counts until the working group closes it. Which activities take part in a round is the domain's
 * rule (activitiesInRound: the period overlaps, not dropped in an earlier round).
 */

export type RoundResponse = DerivedActivityColumns['roundResponse'];

/** What an activity's columns are computed from: the activity and its answers in the rounds. */
export type ActivityAnswers = {
  readonly activity: RoundMember;
  readonly rounds: readonly FollowUpRound[];
  /** Its answers in the rounds a snapshot carries (every open round and the latest closed one). */
  readonly followUps: readonly FollowUp[];
};

type OpenRound = {
  readonly members: ReadonlySet<string>;
  readonly answered: ReadonlySet<string>;
};

function openRoundsOf(
  data: Omit<StatusData, 'activities'> & { readonly activities: readonly RoundMember[] },
): readonly OpenRound[] {
  return data.rounds
    .filter((r) => r.state === 'open')
    .map((round) => ({
      members: new Set(activitiesInRound(data, round).map((a) => a.id)),
      answered: new Set(
        data.followUps.filter((f) => f.roundId === round.id).map((f) => f.activityId),
      ),
    }));
}

function responseIn(open: readonly OpenRound[], activityId: string): RoundResponse {
  const takingPart = open.filter((r) => r.members.has(activityId));
  if (takingPart.length === 0) return 'none';
  return takingPart.every((r) => r.answered.has(activityId)) ? 'answered' : 'missing';
}

/** The activity's state in the open rounds (see above). */
export function roundResponseOf(data: ActivityAnswers): RoundResponse {
  const open = openRoundsOf({ ...data, activities: [data.activity] });
  return responseIn(open, data.activity.id);
}

/** Derived columns of every activity from complete data (the seed, or a full refresh). */
export function derivedFromData(data: StatusData): Map<string, DerivedActivityColumns> {
  const latest = latestStatuses(data);
  const open = openRoundsOf(data);
  return new Map(
    data.activities.map((activity) => {
      const last = latest.get(activity.id);
      const columns: DerivedActivityColumns = {
        roundResponse: responseIn(open, activity.id),
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

/**
 * The columns after one more answer, from what the activity shows now and its answers in the
 * other rounds (`before`, without this answer); no full read needed.
 */
export function derivedAfterAnswer(
  now: DerivedActivityColumns,
  answer: FollowUp,
  before: ActivityAnswers,
): DerivedActivityColumns {
  const { rounds } = before;
  const round = rounds.find((r) => r.id === answer.roundId);
  if (!round) return now;
  const shown = rounds.find((r) => r.id === now.latestRoundId);
  const newer = shown === undefined || compareRounds(round, shown) >= 0;
  const followUps = [
    ...before.followUps.filter(
      (f) => f.activityId === answer.activityId && f.roundId !== answer.roundId,
    ),
    answer,
  ];
  return {
    ...(newer
      ? {
          latestStatus: answer.status,
          latestFollowUpAt: answer.answeredAt,
          latestRoundId: round.id,
        }
      : pickLatest(now)),
    roundResponse: roundResponseOf({ ...before, followUps }),
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
