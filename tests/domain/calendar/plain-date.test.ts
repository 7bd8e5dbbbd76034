import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseIsoDate,
  toDayNumber,
} from '../../../src/domain/calendar/plain-date.js';

const dayMs = 86_400_000;

/** Dates 1900–2199 as day numbers, with Date's UTC calendar as the independent oracle. */
const dayNumbers = fc.integer({ min: -25_567, max: 84_000 });
const oracle = (dayNumber: number) => new Date(dayNumber * dayMs).toISOString().slice(0, 10);

describe('parseIsoDate', () => {
  it('accepts existing dates and leap days', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses impossible and malformed dates', () => {
    for (const text of [
      '2026-02-30',
      '2023-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-1',
      '26-01-01',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('day numbers', () => {
  it('agree with the UTC calendar in both directions', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        expect(fromDayNumber(n)).toBe(oracle(n));
        expect(toDayNumber(oracle(n))).toBe(n);
      }),
    );
  });

  it('give ISO weekdays that agree with the UTC calendar', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const utcDay = new Date(n * dayMs).getUTCDay();
        expect(isoWeekday(fromDayNumber(n))).toBe(utcDay === 0 ? 7 : utcDay);
      }),
    );
  });

  it('add days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-12', -14)).toBe('2027-02-26');
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
      }),
    );
  });
});

describe('weekday rules', () => {
  it('find the n-th and the last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 9, 7, 2)).toBe('2026-09-13');
    expect(nthWeekdayOfMonth(2030, 9, 7, 1)).toBe('2030-09-01');
    expect(lastWeekdayOfMonth(2027, 3, 7)).toBe('2027-03-28');
    expect(lastWeekdayOfMonth(2027, 10, 7)).toBe('2027-10-31');
  });

  it('keep the day of the month when adding years, except 29 February', () => {
    expect(addYears('2026-06-15', 5)).toBe('2031-06-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
