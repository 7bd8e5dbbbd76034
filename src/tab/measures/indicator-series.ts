import { meetsTarget } from '../../domain/indicators.js';
import type { FollowUp, FollowUpRound, Indicator } from '../../domain/model.js';
import { compareRounds } from '../../domain/status.js';

/**
 * An indicator's values across rounds, from an activity's answers (the follow-up history holds
 * every stored version: each round's latest counts), in round order; and its latest value
 * against the target.
 */

export type SeriesPoint = {
  readonly roundId: string;
  readonly title: string;
  readonly value: number;
};

/** Each round's answer as last stored (history entries may hold several versions per round). */
export function latestPerRound(entries: readonly FollowUp[]): Map<string, FollowUp> {
  const latest = new Map<string, FollowUp>();
  for (const f of entries) {
    const seen = latest.get(f.roundId);
    if (!seen || seen.answeredAt <= f.answeredAt) latest.set(f.roundId, f);
  }
  return latest;
}

export function indicatorSeries(
  indicator: Pick<Indicator, 'id'>,
  rounds: readonly FollowUpRound[],
  answers: ReadonlyMap<string, FollowUp>,
): SeriesPoint[] {
  return [...rounds].sort(compareRounds).flatMap((round) => {
    const value = answers.get(round.id)?.indicatorValues?.[indicator.id];
    return value === undefined ? [] : [{ roundId: round.id, title: round.title, value }];
  });
}

export type Standing = 'met' | 'notMet' | 'noTarget' | 'noValue';

export function standingOf(indicator: Indicator, latest: number | undefined): Standing {
  if (latest === undefined) return 'noValue';
  const met = meetsTarget(indicator, latest);
  return met === undefined ? 'noTarget' : met ? 'met' : 'notMet';
}
