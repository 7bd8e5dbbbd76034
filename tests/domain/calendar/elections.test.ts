import { describe, expect, it } from 'vitest';
import {
  electionDay,
  isElectionYear,
  termOfOffice,
  termRoundYears,
} from '../../../src/domain/calendar/elections.js';

describe('electionDay', () => {
  it('is the second Sunday of September in 2022, 2026, 2030 and 2034', () => {
    expect(electionDay(2022)).toBe('2022-09-11');
    expect(electionDay(2026)).toBe('2026-09-13');
    expect(electionDay(2030)).toBe('2030-09-08');
    expect(electionDay(2034)).toBe('2034-09-10');
  });

  it('is undefined in the years between and before the calendar starts', () => {
    for (const year of [2018, 2023, 2024, 2025, 2027, 2028, 2029, 2031, 2035]) {
      expect(electionDay(year), String(year)).toBeUndefined();
    }
    expect(isElectionYear(2026.5)).toBe(false);
  });
});

describe('termOfOffice', () => {
  it('starts on 1 January after the election and lasts four years', () => {
    expect(termOfOffice(2022)).toEqual({ start: '2023-01-01', end: '2026-12-31' });
    expect(termOfOffice(2026)).toEqual({ start: '2027-01-01', end: '2030-12-31' });
  });
});

describe('termRoundYears', () => {
  it('gives the first year of each term, 2023–2035', () => {
    expect(termRoundYears(2019, 2035)).toEqual([2023, 2027, 2031, 2035]);
    expect(termRoundYears(2024, 2026)).toEqual([]);
    expect(termRoundYears(2027, 2027)).toEqual([2027]);
  });
});
