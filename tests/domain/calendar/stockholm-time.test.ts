import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from '../../../src/domain/calendar/plain-date.js';
import {
  offsetAtInstant,
  stockholmDate,
  stockholmDateTime,
  stockholmInstant,
  stockholmLocal,
  stockholmOffset,
  summerTimeDays,
} from '../../../src/domain/calendar/stockholm-time.js';

/** The runtime's tz database, the independent oracle for the EU rule. */
const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  timeZoneName: 'longOffset',
});
const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function intlOffset(epochMs: number): string {
  const name = offsetFormat.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', '');
}

function intlLocal(epochMs: number): { date: string; time: string } {
  const part = (type: string) =>
    localFormat.formatToParts(epochMs).find((p) => p.type === type)!.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

const lastSundays: Record<number, [string, string]> = {
  2023: ['2023-03-26', '2023-10-29'],
  2024: ['2024-03-31', '2024-10-27'],
  2025: ['2025-03-30', '2025-10-26'],
  2026: ['2026-03-29', '2026-10-25'],
  2027: ['2027-03-28', '2027-10-31'],
  2028: ['2028-03-26', '2028-10-29'],
  2029: ['2029-03-25', '2029-10-28'],
  2030: ['2030-03-31', '2030-10-27'],
  2031: ['2031-03-30', '2031-10-26'],
  2032: ['2032-03-28', '2032-10-31'],
  2033: ['2033-03-27', '2033-10-30'],
  2034: ['2034-03-26', '2034-10-29'],
  2035: ['2035-03-25', '2035-10-28'],
};

const instants1996to2100 = fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('summer time', () => {
  it('changes on the last Sundays of March and October, 2023–2035', () => {
    for (const [year, [starts, ends]] of Object.entries(lastSundays)) {
      expect(summerTimeDays(Number(year))).toEqual({ starts, ends });
      expect(stockholmDateTime(addDays(starts, -1), '08:30')).toBe(
        `${addDays(starts, -1)}T08:30:00+01:00`,
      );
      expect(stockholmDateTime(starts, '08:30')).toBe(`${starts}T08:30:00+02:00`);
      expect(stockholmDateTime(addDays(ends, -1), '08:30')).toBe(
        `${addDays(ends, -1)}T08:30:00+02:00`,
      );
      expect(stockholmDateTime(ends, '08:30')).toBe(`${ends}T08:30:00+01:00`);
    }
  });

  it('switches at 01:00 UTC on both days', () => {
    expect(offsetAtInstant(Date.parse('2027-03-28T00:59:59Z'))).toBe('+01:00');
    expect(offsetAtInstant(Date.parse('2027-03-28T01:00:00Z'))).toBe('+02:00');
    expect(offsetAtInstant(Date.parse('2027-10-31T00:59:59Z'))).toBe('+02:00');
    expect(offsetAtInstant(Date.parse('2027-10-31T01:00:00Z'))).toBe('+01:00');
  });
});

describe('the EU rule and the tz database', () => {
  it('agree on the offset at 08:30 on every day 2023–2035', () => {
    for (let n = 19_358; n <= 24_106; n += 1) {
      const date = fromDayNumber(n);
      const at = stockholmDateTime(date, '08:30');
      expect(at.slice(19), at).toBe(intlOffset(Date.parse(at)));
      expect(intlLocal(Date.parse(at))).toEqual({ date, time: '08:30' });
    }
  });

  it('agree on the offset and the local time at any instant 1996–2100', () => {
    fc.assert(
      fc.property(instants1996to2100, (ms) => {
        expect(offsetAtInstant(ms)).toBe(intlOffset(ms));
        expect(stockholmLocal(ms)).toEqual(intlLocal(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree on every hour around the changes', () => {
    for (const [starts, ends] of Object.values(lastSundays)) {
      for (const day of [starts, ends]) {
        const midnightUtc = Date.parse(`${day}T00:00:00Z`);
        for (let m = -180; m <= 240; m += 15) {
          const ms = midnightUtc + m * 60_000;
          expect(offsetAtInstant(ms)).toBe(intlOffset(ms));
        }
      }
    }
  });

  it('turns a local time back into the same local time', () => {
    const localTimes = fc.record({
      date: instants1996to2100.map((ms) => stockholmLocal(ms).date),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(localTimes, ({ date, hour, minute }) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const inGap = date === summerTimeDays(Number(date.slice(0, 4))).starts && hour === 2;
        fc.pre(!inGap);
        const ms = stockholmInstant(date, time);
        expect(intlLocal(ms)).toEqual({ date, time });
        expect(Date.parse(stockholmDateTime(date, time))).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stockholmOffset at the changes', () => {
  it('takes the summer offset for the hour that occurs twice in October', () => {
    expect(stockholmOffset('2027-10-31', '01:59')).toBe('+02:00');
    expect(stockholmOffset('2027-10-31', '02:30')).toBe('+02:00');
    expect(stockholmOffset('2027-10-31', '03:00')).toBe('+01:00');
  });

  it('takes the winter offset for the hour that does not occur in March', () => {
    expect(stockholmOffset('2027-03-28', '01:59')).toBe('+01:00');
    expect(stockholmOffset('2027-03-28', '02:30')).toBe('+01:00');
    expect(stockholmOffset('2027-03-28', '03:00')).toBe('+02:00');
  });
});

describe('stockholmDate', () => {
  it('gives the Stockholm date, not the UTC date, around midnight', () => {
    expect(stockholmDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(stockholmDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(stockholmDate(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    expect(stockholmDate(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});
