import { fromDayNumber, lastWeekdayOfMonth, toDayNumber, type IsoDate } from './plain-date.js';

/**
 * Local time in Europe/Stockholm, computed from the EU summer-time rule (in force in
 * Sweden since 1996): summer time (UTC+2) from the last Sunday of March 01:00 UTC to the
 * last Sunday of October 01:00 UTC, otherwise UTC+1. No process time zone is involved;
 * the tests check the rule against the runtime's own tz database (Intl).
 */

export type UtcOffset = '+01:00' | '+02:00';

/** A local wall-clock time `HH:MM` (24-hour). */
export type LocalTime = string;

export const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

function minutesOf(time: LocalTime): number {
  const match = localTimePattern.exec(time);
  if (!match) throw new Error(`Not a local time HH:MM: '${time}'`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Epoch milliseconds of a date and time read as if it were UTC. */
function wallClockMs(date: IsoDate, time: LocalTime): number {
  return toDayNumber(date) * dayMs + minutesOf(time) * 60_000;
}

/** The instants summer time starts and ends in a year (epoch ms). */
function summerTime(year: number): { readonly starts: number; readonly ends: number } {
  const startDay = toDayNumber(lastWeekdayOfMonth(year, 3, 7));
  const endDay = toDayNumber(lastWeekdayOfMonth(year, 10, 7));
  return { starts: startDay * dayMs + hourMs, ends: endDay * dayMs + hourMs };
}

function isSummerTime(epochMs: number): boolean {
  const year = Number(fromDayNumber(Math.floor(epochMs / dayMs)).slice(0, 4));
  const { starts, ends } = summerTime(year);
  return epochMs >= starts && epochMs < ends;
}

/** Stockholm's UTC offset at an instant. */
export function offsetAtInstant(epochMs: number): UtcOffset {
  return isSummerTime(epochMs) ? '+02:00' : '+01:00';
}

/**
 * Stockholm's UTC offset for a local date and time. A time that occurs twice (the last
 * Sunday of October, 02:00–02:59) takes the earlier, summer offset; a time that does not
 * occur (the last Sunday of March, 02:00–02:59) takes the offset in force before the change,
 * as Temporal's "compatible" disambiguation does.
 */
export function stockholmOffset(date: IsoDate, time: LocalTime): UtcOffset {
  const wall = wallClockMs(date, time);
  if (isSummerTime(wall - 2 * hourMs)) return '+02:00';
  return '+01:00';
}

/** The instant (epoch ms) of a Stockholm local date and time. */
export function stockholmInstant(date: IsoDate, time: LocalTime): number {
  const hours = stockholmOffset(date, time) === '+02:00' ? 2 : 1;
  return wallClockMs(date, time) - hours * hourMs;
}

/** ISO 8601 with the offset, e.g. `2027-01-08T08:30:00+01:00`. */
export function stockholmDateTime(date: IsoDate, time: LocalTime): string {
  minutesOf(time);
  return `${date}T${time}:00${stockholmOffset(date, time)}`;
}

/** The local date and time in Stockholm at an instant. */
export function stockholmLocal(epochMs: number): { readonly date: IsoDate; readonly time: string } {
  const hours = offsetAtInstant(epochMs) === '+02:00' ? 2 : 1;
  const local = epochMs + hours * hourMs;
  const dayNumber = Math.floor(local / dayMs);
  const minutes = Math.floor((local - dayNumber * dayMs) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: fromDayNumber(dayNumber),
    time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
  };
}

/** The date in Stockholm at an instant, e.g. "today" for a clock's now. */
export function stockholmDate(instant: Date): IsoDate {
  return stockholmLocal(instant.getTime()).date;
}

/** The days summer time starts and ends in a year (last Sundays of March and October). */
export function summerTimeDays(year: number): { readonly starts: IsoDate; readonly ends: IsoDate } {
  return { starts: lastWeekdayOfMonth(year, 3, 7), ends: lastWeekdayOfMonth(year, 10, 7) };
}
