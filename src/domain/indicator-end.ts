import type { FollowUpRound, Indicator } from './model.js';

/**
 * Which of an activity's indicators a round asks for. An indicator the working group ended
 * leaves the rounds that open after its end date (their card and "Min förvaltning" inputs),
 * unless the round's answer already holds a value for it (an end dated back loses nothing, as an
 * ended activity stays where it was answered). A round that opened on or before the end keeps
 * it; earlier answers, the activity's trend and the reports keep every indicator with its values.
 */

export function indicatorInRound(
  indicator: Pick<Indicator, 'id' | 'endedOn'>,
  round: Pick<FollowUpRound, 'opensOn'>,
  answered?: Readonly<Record<string, number>>,
): boolean {
  return (
    indicator.endedOn === undefined ||
    round.opensOn <= indicator.endedOn ||
    answered?.[indicator.id] !== undefined
  );
}

/** The activity as a round asks for it: indicators ended before the round opened left out. */
export function withRoundIndicators<A extends { readonly indicators?: readonly Indicator[] }>(
  activity: A,
  round: Pick<FollowUpRound, 'opensOn'>,
  answered?: Readonly<Record<string, number>>,
): A {
  const indicators = activity.indicators;
  const keep = (i: Indicator) => indicatorInRound(i, round, answered);
  if (indicators === undefined || indicators.every(keep)) return activity;
  return { ...activity, indicators: indicators.filter(keep) };
}
