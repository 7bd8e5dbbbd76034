import type { IsoDate } from './calendar/plain-date.js';
import type { FollowUpRound } from './model.js';

/**
 * Where a round stands on a given day (Stockholm date), as the tab and the cards show it. Rounds
 * may overlap: the term-of-office round opens while the annual one still runs, so this is a
 * property of each round, never "the" current round.
 *
 * - `planned`, `closed`: as stored;
 * - `upcoming`: opened by the working group before its opening date (answers are taken, but no
 *   reminder goes out until it opens);
 * - `running`: open, from its opening date up to (not including) its closing date;
 * - `ended`: still open but its closing date has come; reminders have stopped (the reminder run
 *   sends nothing from the closing date on).
 */
export type RoundPhase = 'planned' | 'upcoming' | 'running' | 'ended' | 'closed';

type RoundDates = Pick<FollowUpRound, 'opensOn' | 'closesOn'>;

export function roundPhase(
  round: RoundDates & Pick<FollowUpRound, 'state'>,
  today: IsoDate,
): RoundPhase {
  if (round.state !== 'open') return round.state;
  if (today < round.opensOn) return 'upcoming';
  return isPastRound(round, today) ? 'ended' : 'running';
}

/** A round whose closing date has come: opening it needs the working group's confirmation. */
export function isPastRound(round: Pick<RoundDates, 'closesOn'>, today: IsoDate): boolean {
  return today >= round.closesOn;
}
