/**
 * Calendar dates without a time or a time zone, written `YYYY-MM-DD`.
 *
 * Arithmetic goes through a day number (days since 1970-01-01 in the proleptic
 * Gregorian calendar) computed with plain integer maths, so the machine's local
 * time zone never takes part. Two IsoDates compare correctly as strings.
 */

/** A valid calendar date `YYYY-MM-DD` (years 0001–9999). */
export type IsoDate = string;

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type DateParts = { readonly year: number; readonly month: number; readonly day: number };

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a well-formed, existing date (so `2026-02-30` gives undefined). */
export function parseIsoDate(text: string): DateParts | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Parts of a date the caller promises is valid; a malformed one is a bug. */
export function dateParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`Not a calendar date: '${date}'`);
  return parts;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (day < 1 || month < 1 || month > 12 || day > daysInMonth(year, month)) {
    throw new Error(`No such date: ${year}-${month}-${day}`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146097 + dayOfEra + dayOfYear - 719468;
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

/** The n-th (1-based) given weekday of a month, e.g. the second Sunday of September. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  n: number,
): IsoDate {
  const first = formatIsoDate(year, month, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month, e.g. the last Sunday of March. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday): IsoDate {
  const last = lastDayOfMonth(year, month);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** The same month and day `years` later; 29 February becomes 28 February in common years. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const target = year + years;
  return formatIsoDate(target, month, Math.min(day, daysInMonth(target, month)));
}
