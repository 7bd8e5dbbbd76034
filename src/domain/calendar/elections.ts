import { nthWeekdayOfMonth, type IsoDate } from './plain-date.js';

/**
 * Swedish general elections (riksdag, regioner, kommuner) are held on the second Sunday of
 * September every four years; the boards' term of office starts on 1 January after.
 * This calendar starts with the 2022 election: the first term-of-office round is spring 2023.
 */
const firstElectionYear = 2022;
export const termYears = 4;

export function isElectionYear(year: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= firstElectionYear &&
    (year - firstElectionYear) % termYears === 0
  );
}

/** Election day (the second Sunday of September), or undefined in other years. */
export function electionDay(year: number): IsoDate | undefined {
  return isElectionYear(year) ? nthWeekdayOfMonth(year, 9, 7, 2) : undefined;
}

/** The term of office that starts on 1 January after the election in `electionYear`. */
export function termOfOffice(electionYear: number): {
  readonly start: IsoDate;
  readonly end: IsoDate;
} {
  const first = electionYear + 1;
  return { start: `${first}-01-01`, end: `${first + termYears - 1}-12-31` };
}

/** Term-of-office round years (election year + 1) from `fromYear` to `toYear` inclusive. */
export function termRoundYears(fromYear: number, toYear: number): readonly number[] {
  const years: number[] = [];
  for (let year = Math.max(fromYear, firstElectionYear + 1); year <= toYear; year += 1) {
    if (isElectionYear(year - 1)) years.push(year);
  }
  return years;
}
