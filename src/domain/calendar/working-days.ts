import Holidays from 'date-holidays';
import { addDays, dateParts, isoWeekday, lastDayOfMonth, type IsoDate } from './plain-date.js';

/**
 * Swedish working days: Monday–Friday that is neither a public holiday (allmän helgdag)
 * nor midsommarafton, julafton or nyårsafton.
 *
 * The dates come from `date-holidays` (country SE). Its SE entries are typed:
 * - `public`: the allmänna helgdagar (nyårsdagen, trettondedag jul, långfredagen, påskdagen,
 *   annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen,
 *   midsommardagen, alla helgons dag, juldagen, annandag jul) — not working days;
 * - `bank`: midsommarafton, julafton, nyårsafton — not working days (de facto days off,
 *   as the rule asks); picked by name so that a new bank day in the package is not
 *   silently taken as a day off;
 * - `optional` (trettondagsafton, valborgsmässoafton, allhelgonaafton: half days) and
 *   `observance` (e.g. skärtorsdagen, annandag pingst since 2005) — working days.
 */

/** The three eves the rule names, as `date-holidays` names them in Swedish. */
const daysOffEves = ['midsommarafton', 'julafton', 'nyårsafton'] as const;

export type DayOff = { readonly date: IsoDate; readonly name: string };

let holidays: Holidays | undefined;
const daysOffByYear = new Map<number, ReadonlyMap<IsoDate, string>>();

function isDayOff(entry: { type: string; name: string }): boolean {
  return entry.type === 'public' || (daysOffEves as readonly string[]).includes(entry.name);
}

function daysOffIn(year: number): ReadonlyMap<IsoDate, string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    const map = new Map<IsoDate, string>();
    holidays ??= new Holidays('SE', { languages: ['sv'] });
    for (const entry of holidays.getHolidays(year, 'sv')) {
      // `date` is the local date in Sweden ("YYYY-MM-DD hh:mm:ss"), whatever the machine's zone.
      const date = entry.date.slice(0, 10);
      if (isDayOff(entry) && !map.has(date)) map.set(date, entry.name);
    }
    days = map;
    daysOffByYear.set(year, days);
  }
  return days;
}

/** The public holidays and the three eves of a year, in date order, with Swedish names. */
export function swedishDaysOff(year: number): readonly DayOff[] {
  return [...daysOffIn(year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The Swedish name of the holiday or eve on this date, if it is one. */
export function dayOffName(date: IsoDate): string | undefined {
  return daysOffIn(dateParts(date).year).get(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && dayOffName(date) === undefined;
}

export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The working day `count` working days before `date` (`date` itself is not counted). */
export function workingDaysBefore(date: IsoDate, count: number): IsoDate {
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

export function lastWorkingDayOfMonth(year: number, month: number): IsoDate {
  return workingDayOnOrBefore(lastDayOfMonth(year, month));
}
