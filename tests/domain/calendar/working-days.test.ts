import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isoWeekday } from '../../../src/domain/calendar/plain-date.js';
import {
  dayOffName,
  isWorkingDay,
  lastWorkingDayOfMonth,
  swedishDaysOff,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBefore,
} from '../../../src/domain/calendar/working-days.js';

/** Checked by hand against an almanac: Easter Sunday, midsommarafton, per year. */
const easterSunday: Record<number, string> = {
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};
const midsummerEve: Record<number, string> = {
  2023: '2023-06-23',
  2024: '2024-06-21',
  2025: '2025-06-20',
  2026: '2026-06-19',
  2027: '2027-06-25',
  2028: '2028-06-23',
  2029: '2029-06-22',
  2030: '2030-06-21',
  2031: '2031-06-20',
  2032: '2032-06-25',
  2033: '2033-06-24',
  2034: '2034-06-23',
  2035: '2035-06-22',
};
const years = Object.keys(easterSunday).map(Number);

/** Days 2023-01-01 … 2035-12-31. */
const days2023to2035 = fc.integer({ min: 19_358, max: 24_106 }).map(fromDayNumber);

describe('swedishDaysOff', () => {
  it('lists the thirteen public holidays and the three eves of 2027, nothing else', () => {
    expect(swedishDaysOff(2027)).toEqual([
      { date: '2027-01-01', name: 'nyårsdagen' },
      { date: '2027-01-06', name: 'trettondedag jul' },
      { date: '2027-03-26', name: 'långfredagen' },
      { date: '2027-03-28', name: 'påskdagen' },
      { date: '2027-03-29', name: 'annandag påsk' },
      { date: '2027-05-01', name: 'första maj' },
      { date: '2027-05-06', name: 'Kristi himmelsfärdsdag' },
      { date: '2027-05-16', name: 'pingstdagen' },
      { date: '2027-06-06', name: 'nationaldagen' },
      { date: '2027-06-25', name: 'midsommarafton' },
      { date: '2027-06-26', name: 'midsommardagen' },
      { date: '2027-11-06', name: 'alla helgons dag' },
      { date: '2027-12-24', name: 'julafton' },
      { date: '2027-12-25', name: 'juldagen' },
      { date: '2027-12-26', name: 'annandag jul' },
      { date: '2027-12-31', name: 'nyårsafton' },
    ]);
  });

  it('has sixteen days off every year 2023–2035', () => {
    for (const year of years) expect(swedishDaysOff(year), String(year)).toHaveLength(16);
  });
});

describe('isWorkingDay', () => {
  it('follows Easter as it moves: Good Friday and Easter Monday off, Maundy Thursday worked', () => {
    for (const year of years) {
      const easter = easterSunday[year]!;
      expect(isWorkingDay(addDays(easter, -3)), `skärtorsdag ${year}`).toBe(true);
      expect(isWorkingDay(addDays(easter, -2)), `långfredag ${year}`).toBe(false);
      expect(isWorkingDay(addDays(easter, 1)), `annandag påsk ${year}`).toBe(false);
      expect(isWorkingDay(addDays(easter, 2)), `tisdag efter påsk ${year}`).toBe(true);
    }
  });

  it('takes Ascension Day (a Thursday) off and works the Friday after and Whit Monday', () => {
    for (const year of years) {
      const ascension = addDays(easterSunday[year]!, 39);
      expect(isoWeekday(ascension)).toBe(4);
      expect(dayOffName(ascension)).toBe('Kristi himmelsfärdsdag');
      expect(isWorkingDay(addDays(ascension, 1)), `klämdag ${year}`).toBe(true);
      const whitMonday = addDays(easterSunday[year]!, 50);
      // In 2033 Whit Monday is 6 June, the National Day.
      expect(isWorkingDay(whitMonday), `annandag pingst ${year}`).toBe(year !== 2033);
    }
    expect(dayOffName('2033-06-06')).toBe('nationaldagen');
  });

  it('takes midsommarafton off, a Friday between 19 and 25 June', () => {
    for (const year of years) {
      const eve = midsummerEve[year]!;
      expect(isoWeekday(eve)).toBe(5);
      expect(dayOffName(eve)).toBe('midsommarafton');
      expect(dayOffName(addDays(eve, 1))).toBe('midsommardagen');
      expect(isWorkingDay(addDays(eve, -1))).toBe(true);
      expect(isWorkingDay(addDays(eve, 3))).toBe(true);
    }
  });

  it('takes julafton to annandag jul and nyårsafton and nyårsdagen off', () => {
    for (const year of years) {
      for (const day of ['12-24', '12-25', '12-26', '12-31']) {
        expect(isWorkingDay(`${year}-${day}`)).toBe(false);
      }
      expect(isWorkingDay(`${year}-01-01`)).toBe(false);
      expect(isWorkingDay(`${year}-01-06`)).toBe(false);
    }
    expect(isWorkingDay('2027-12-27')).toBe(true);
    expect(isWorkingDay('2027-12-30')).toBe(true);
  });

  it('gives no weekday in lieu when the National Day falls on a weekend', () => {
    expect(isoWeekday('2026-06-06')).toBe(6);
    expect(isWorkingDay('2026-06-05')).toBe(true);
    expect(isWorkingDay('2026-06-08')).toBe(true);
    expect(isoWeekday('2027-06-06')).toBe(7);
    expect(isWorkingDay('2027-06-07')).toBe(true);
    expect(isWorkingDay('2025-06-06')).toBe(false);
  });

  it('works the half-day eves the rule does not name', () => {
    expect(isWorkingDay('2027-01-05')).toBe(true); // trettondagsafton
    expect(isWorkingDay('2026-04-30')).toBe(true); // valborgsmässoafton
    expect(isWorkingDay('2027-11-05')).toBe(true); // allhelgonaafton
    expect(isWorkingDay('2026-11-06')).toBe(true); // Gustav Adolfsdagen, a flag day
  });

  it('never counts a weekend day as a working day', () => {
    fc.assert(
      fc.property(days2023to2035, (day) => {
        if (isoWeekday(day) >= 6) expect(isWorkingDay(day)).toBe(false);
      }),
    );
  });
});

describe('moves to working days', () => {
  it('find the nearest working day forward and back, with none skipped in between', () => {
    fc.assert(
      fc.property(days2023to2035, (day) => {
        const after = workingDayOnOrAfter(day);
        const before = workingDayOnOrBefore(day);
        expect(isWorkingDay(after) && isWorkingDay(before)).toBe(true);
        expect(after >= day && before <= day).toBe(true);
        for (let d = day; d < after; d = addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
        for (let d = day; d > before; d = addDays(d, -1)) expect(isWorkingDay(d)).toBe(false);
      }),
    );
  });

  it('counts working days back over weekends and holidays', () => {
    expect(workingDaysBefore('2027-02-26', 3)).toBe('2027-02-23');
    expect(workingDaysBefore('2027-05-10', 3)).toBe('2027-05-04'); // skips Ascension, 6 May
    expect(workingDaysBefore('2027-03-30', 1)).toBe('2027-03-25'); // skips Easter
    fc.assert(
      fc.property(days2023to2035, fc.integer({ min: 1, max: 10 }), (day, n) => {
        const start = workingDaysBefore(day, n);
        let count = 0;
        for (let d = start; d < day; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
        expect(count).toBe(n);
        expect(isWorkingDay(start)).toBe(true);
      }),
    );
  });

  it('finds the last working day of a month', () => {
    expect(lastWorkingDayOfMonth(2027, 2)).toBe('2027-02-26');
    expect(lastWorkingDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastWorkingDayOfMonth(2031, 5)).toBe('2031-05-30');
    expect(lastWorkingDayOfMonth(2027, 12)).toBe('2027-12-30');
    expect(lastWorkingDayOfMonth(2028, 3)).toBe('2028-03-31');
  });
});
