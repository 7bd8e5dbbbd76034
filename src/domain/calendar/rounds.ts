import type { FollowUpRound } from '../model.js';
import { termOfOffice, termRoundYears, termYears } from './elections.js';
import { dateParts, formatIsoDate, type IsoDate } from './plain-date.js';
import { reminderSchedule, type ScheduledReminder } from './reminders.js';
import { defaultCalendarSettings, type CalendarSettings, type RoundRule } from './settings.js';
import { lastWorkingDayOfMonth, workingDayOnOrAfter } from './working-days.js';

type CalendarRoundKind = 'annual' | 'termOfOffice';

/** A follow-up round as the calendar computes it, with its reminder stages. */
export type CalendarRound = {
  /** `annual-2026` (period year) or `termOfOffice-2027` (the year the round runs). */
  readonly id: string;
  readonly kind: CalendarRoundKind;
  readonly title: string;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly opensOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly closesOn: IsoDate;
  readonly reminders: readonly ScheduledReminder[];
};

function roundDates(year: number, rule: RoundRule) {
  const opens = rule.opensOnOrAfter;
  return {
    opensOn: workingDayOnOrAfter(formatIsoDate(year, opens.month, opens.day)),
    dueOn: lastWorkingDayOfMonth(year, rule.dueLastWorkingDayOf),
    closesOn: formatIsoDate(year, rule.closesOn.month, rule.closesOn.day),
  };
}

/** Årsuppföljning Y: the year Y, followed up early in Y+1. */
export function annualRound(
  periodYear: number,
  settings: CalendarSettings = defaultCalendarSettings,
): CalendarRound {
  const dates = roundDates(periodYear + 1, settings.annual);
  return {
    id: `annual-${periodYear}`,
    kind: 'annual',
    title: `Årsuppföljning ${periodYear}`,
    period: { start: `${periodYear}-01-01`, end: `${periodYear}-12-31` },
    ...dates,
    reminders: reminderSchedule(dates, settings),
  };
}

/** Mandatperiodsuppföljning T (T = election year + 1): the term that ended on 31 December T−1. */
export function termOfOfficeRound(
  roundYear: number,
  settings: CalendarSettings = defaultCalendarSettings,
): CalendarRound {
  if (termRoundYears(roundYear, roundYear).length === 0) {
    throw new Error(
      `No term-of-office round in ${roundYear}: ${roundYear - 1} is no election year`,
    );
  }
  const dates = roundDates(roundYear, settings.termOfOffice);
  return {
    id: `termOfOffice-${roundYear}`,
    kind: 'termOfOffice',
    title: `Mandatperiodsuppföljning ${roundYear}`,
    period: termOfOffice(roundYear - 1 - termYears),
    ...dates,
    reminders: reminderSchedule(dates, settings),
  };
}

/** The rounds whose opensOn lies in [from, to], in date order (annual first on a tie). */
export function roundsOpeningBetween(
  from: IsoDate,
  to: IsoDate,
  settings: CalendarSettings = defaultCalendarSettings,
): readonly CalendarRound[] {
  const [first, last] = [dateParts(from).year, dateParts(to).year];
  const candidates: CalendarRound[] = [];
  for (let year = first - 1; year <= last; year += 1) candidates.push(annualRound(year, settings));
  for (const year of termRoundYears(first, last))
    candidates.push(termOfOfficeRound(year, settings));
  return candidates
    .filter((round) => round.opensOn >= from && round.opensOn <= to)
    .sort((a, b) =>
      a.opensOn === b.opensOn ? (a.kind === 'annual' ? -1 : 1) : a.opensOn < b.opensOn ? -1 : 1,
    );
}

/** The model's FollowUpRound for a computed round of a plan (state `planned` unless given). */
export function toFollowUpRound(
  round: CalendarRound,
  planId: string,
  state: FollowUpRound['state'] = 'planned',
): FollowUpRound {
  return {
    id: round.id,
    planId,
    kind: round.kind,
    title: round.title,
    periodStart: round.period.start,
    periodEnd: round.period.end,
    opensOn: round.opensOn,
    dueOn: round.dueOn,
    closesOn: round.closesOn,
    state,
  };
}
