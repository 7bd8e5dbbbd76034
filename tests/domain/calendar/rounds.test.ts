import { describe, expect, it } from 'vitest';
import { FollowUpRoundSchema } from '../../../src/domain/model.js';
import {
  annualRound,
  roundsOpeningBetween,
  termOfOfficeRound,
  toFollowUpRound,
} from '../../../src/domain/calendar/rounds.js';
import { CalendarSettingsSchema } from '../../../src/domain/calendar/settings.js';

const at = (date: string, offset = '+01:00') => `${date}T08:30:00${offset}`;

describe('annualRound', () => {
  it('lays out Årsuppföljning 2026 as checked by hand', () => {
    // 8 Jan 2027 is a Friday (Epiphany, Wed 6 Jan, comes before it); 28 Feb 2027 is a Sunday;
    // dueOn + 28 days is Good Friday 26 Mar 2027, so overdue-4 moves past Easter Monday.
    expect(annualRound(2026)).toEqual({
      id: 'annual-2026',
      kind: 'annual',
      title: 'Årsuppföljning 2026',
      period: { start: '2026-01-01', end: '2026-12-31' },
      opensOn: '2027-01-08',
      dueOn: '2027-02-26',
      closesOn: '2027-03-31',
      reminders: [
        { stage: 'opening', on: '2027-01-08', at: at('2027-01-08') },
        { stage: 'twoWeeks', on: '2027-02-12', at: at('2027-02-12') },
        { stage: 'threeWorkingDays', on: '2027-02-23', at: at('2027-02-23') },
        { stage: 'due', on: '2027-02-26', at: at('2027-02-26') },
        { stage: 'overdue-1', on: '2027-03-05', at: at('2027-03-05') },
        { stage: 'overdue-2', on: '2027-03-12', at: at('2027-03-12') },
        { stage: 'overdue-3', on: '2027-03-19', at: at('2027-03-19') },
        { stage: 'overdue-4', on: '2027-03-30', at: at('2027-03-30', '+02:00') },
      ],
    });
  });

  it('opens on the first working day on or after 8 January and is due on leap days', () => {
    const opens = [2022, 2023, 2027, 2032, 2033].map((y) => annualRound(y).opensOn);
    expect(opens).toEqual(['2023-01-09', '2024-01-08', '2028-01-10', '2033-01-10', '2034-01-09']);
    expect(annualRound(2023).dueOn).toBe('2024-02-29');
    expect(annualRound(2027).dueOn).toBe('2028-02-29');
  });
});

describe('termOfOfficeRound', () => {
  it('lays out Mandatperiodsuppföljning 2027 as checked by hand', () => {
    // 1 Mar 2027 is a Monday, 31 May 2027 a Monday; 6 June 2027 is a Sunday; summer time from 28 Mar.
    const summer = (date: string) => at(date, '+02:00');
    expect(termOfOfficeRound(2027)).toEqual({
      id: 'termOfOffice-2027',
      kind: 'termOfOffice',
      title: 'Mandatperiodsuppföljning 2027',
      period: { start: '2023-01-01', end: '2026-12-31' },
      opensOn: '2027-03-01',
      dueOn: '2027-05-31',
      closesOn: '2027-06-30',
      reminders: [
        { stage: 'opening', on: '2027-03-01', at: at('2027-03-01') },
        { stage: 'twoWeeks', on: '2027-05-17', at: summer('2027-05-17') },
        { stage: 'threeWorkingDays', on: '2027-05-26', at: summer('2027-05-26') },
        { stage: 'due', on: '2027-05-31', at: summer('2027-05-31') },
        { stage: 'overdue-1', on: '2027-06-07', at: summer('2027-06-07') },
        { stage: 'overdue-2', on: '2027-06-14', at: summer('2027-06-14') },
        { stage: 'overdue-3', on: '2027-06-21', at: summer('2027-06-21') },
        { stage: 'overdue-4', on: '2027-06-28', at: summer('2027-06-28') },
      ],
    });
  });

  it('follows up the previous term: 2023 covers 2019–2022', () => {
    expect(termOfOfficeRound(2023).period).toEqual({ start: '2019-01-01', end: '2022-12-31' });
    expect(termOfOfficeRound(2035).period).toEqual({ start: '2031-01-01', end: '2034-12-31' });
  });

  it('moves overdue reminders off the National Day and midsommarafton in 2031', () => {
    const round = termOfOfficeRound(2031);
    expect([round.opensOn, round.dueOn]).toEqual(['2031-03-03', '2031-05-30']);
    expect(round.reminders.filter((r) => r.stage.startsWith('overdue')).map((r) => r.on)).toEqual([
      '2031-06-09', // Fri 6 June is the National Day
      '2031-06-13',
      '2031-06-23', // Fri 20 June is midsommarafton
      '2031-06-27',
    ]);
  });

  it('does not exist in a year that follows no election', () => {
    expect(() => termOfOfficeRound(2026)).toThrow(/no election year/);
  });
});

describe('roundsOpeningBetween', () => {
  it('lists the rounds 2026–2031 in date order', () => {
    const rounds = roundsOpeningBetween('2026-01-01', '2031-12-31');
    expect(rounds.map((r) => `${r.id} ${r.opensOn}`)).toEqual([
      'annual-2025 2026-01-08',
      'annual-2026 2027-01-08',
      'termOfOffice-2027 2027-03-01',
      'annual-2027 2028-01-10',
      'annual-2028 2029-01-08',
      'annual-2029 2030-01-08',
      'annual-2030 2031-01-08',
      'termOfOffice-2031 2031-03-03',
    ]);
  });

  it('includes both ends of the range and nothing outside it', () => {
    expect(roundsOpeningBetween('2027-01-08', '2027-03-01').map((r) => r.id)).toEqual([
      'annual-2026',
      'termOfOffice-2027',
    ]);
    expect(roundsOpeningBetween('2027-01-09', '2027-02-28')).toEqual([]);
  });

  it('uses a plan’s own settings', () => {
    const settings = CalendarSettingsSchema.parse({
      termOfOffice: {
        opensOnOrAfter: { month: 1, day: 8 },
        dueLastWorkingDayOf: 3,
        closesOn: { month: 4, day: 15 },
      },
      reminderTime: '10:00',
      stages: ['opening', 'due'],
    });
    const rounds = roundsOpeningBetween('2027-01-01', '2027-12-31', settings);
    expect(rounds.map((r) => r.id)).toEqual(['annual-2026', 'termOfOffice-2027']);
    expect(rounds[1]!.reminders).toEqual([
      { stage: 'opening', on: '2027-01-08', at: '2027-01-08T10:00:00+01:00' },
      { stage: 'due', on: '2027-03-31', at: '2027-03-31T10:00:00+02:00' },
    ]);
  });
});

describe('toFollowUpRound', () => {
  it('gives a FollowUpRound the model accepts', () => {
    const round = toFollowUpRound(termOfOfficeRound(2027), 'plan-1');
    expect(FollowUpRoundSchema.parse(round)).toEqual({
      id: 'termOfOffice-2027',
      planId: 'plan-1',
      kind: 'termOfOffice',
      title: 'Mandatperiodsuppföljning 2027',
      periodStart: '2023-01-01',
      periodEnd: '2026-12-31',
      opensOn: '2027-03-01',
      dueOn: '2027-05-31',
      closesOn: '2027-06-30',
      state: 'planned',
    });
    expect(toFollowUpRound(annualRound(2026), 'plan-1', 'open').state).toBe('open');
  });
});
