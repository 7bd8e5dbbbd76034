import { describe, expect, it } from 'vitest';
import { latestDueStage, reminderSchedule } from '../../../src/domain/calendar/reminders.js';
import { annualRound } from '../../../src/domain/calendar/rounds.js';
import { CalendarSettingsSchema } from '../../../src/domain/calendar/settings.js';

const stagesOn = (dates: Parameters<typeof reminderSchedule>[0]) =>
  reminderSchedule(dates).map((r) => `${r.stage} ${r.on}`);

describe('reminderSchedule', () => {
  it('moves twoWeeks back when dueOn − 14 days is a holiday', () => {
    // 2027-05-20 − 14 days = Thu 6 May 2027, Ascension Day.
    expect(
      stagesOn({ opensOn: '2027-03-01', dueOn: '2027-05-20', closesOn: '2027-05-28' }),
    ).toEqual([
      'opening 2027-03-01',
      'twoWeeks 2027-05-05',
      'threeWorkingDays 2027-05-17',
      'due 2027-05-20',
      'overdue-1 2027-05-27',
    ]);
  });

  it('moves twoWeeks back over Easter', () => {
    // Mon 12 Apr 2027 − 14 days = Easter Monday 29 Mar: back past Easter to Thu 25 Mar.
    const schedule = reminderSchedule({
      opensOn: '2027-03-01',
      dueOn: '2027-04-12',
      closesOn: '2027-04-13',
    });
    expect(schedule.find((r) => r.stage === 'twoWeeks')?.on).toBe('2027-03-25');
  });

  it('counts three working days back over Ascension Day', () => {
    const schedule = reminderSchedule({
      opensOn: '2027-03-01',
      dueOn: '2027-05-10',
      closesOn: '2027-05-11',
    });
    expect(schedule.find((r) => r.stage === 'threeWorkingDays')?.on).toBe('2027-05-04');
  });

  it('moves overdue forward past Christmas and stops before closesOn', () => {
    // due Fri 17 Dec 2027: +7 = Fri 24 Dec (julafton) → Mon 27 Dec; +14 = Fri 31 Dec → Mon 3 Jan;
    // +21 = Fri 7 Jan 2028 is closesOn itself.
    expect(
      stagesOn({ opensOn: '2027-11-01', dueOn: '2027-12-17', closesOn: '2028-01-07' }).slice(4),
    ).toEqual(['overdue-1 2027-12-27', 'overdue-2 2028-01-03']);
  });

  it('leaves out an overdue reminder that falls on closesOn', () => {
    const stages = stagesOn({ opensOn: '2027-01-08', dueOn: '2027-02-26', closesOn: '2027-03-12' });
    expect(stages.at(-1)).toBe('overdue-1 2027-03-05');
  });

  it('leaves out stages that would come on or before the opening', () => {
    expect(
      stagesOn({ opensOn: '2027-02-24', dueOn: '2027-02-26', closesOn: '2027-03-01' }),
    ).toEqual(['opening 2027-02-24', 'due 2027-02-26']);
  });

  it('keeps only the stages a plan uses, at its own time', () => {
    const settings = CalendarSettingsSchema.parse({
      stages: ['due', 'overdue'],
      reminderTime: '13:05',
    });
    const schedule = reminderSchedule(
      { opensOn: '2027-01-08', dueOn: '2027-02-26', closesOn: '2027-03-10' },
      settings,
    );
    expect(schedule).toEqual([
      { stage: 'due', on: '2027-02-26', at: '2027-02-26T13:05:00+01:00' },
      { stage: 'overdue-1', on: '2027-03-05', at: '2027-03-05T13:05:00+01:00' },
    ]);
  });
});

describe('latestDueStage', () => {
  const round = annualRound(2026);

  it('gives nothing before the opening moment', () => {
    expect(latestDueStage(round, new Date('2027-01-08T07:29:59Z'))).toBeUndefined();
  });

  it('gives a stage from its 08:30 Stockholm time on', () => {
    expect(latestDueStage(round, new Date('2027-01-08T07:30:00Z'))?.stage).toBe('opening');
    expect(latestDueStage(round, new Date('2027-02-23T07:29:00Z'))?.stage).toBe('twoWeeks');
    expect(latestDueStage(round, new Date('2027-02-23T08:30:00+01:00'))?.stage).toBe(
      'threeWorkingDays',
    );
  });

  it('uses the summer-time offset after the change in March', () => {
    // overdue-4 is 2027-03-30 08:30 +02:00 = 06:30 UTC.
    expect(latestDueStage(round, new Date('2027-03-30T06:29:00Z'))?.stage).toBe('overdue-3');
    expect(latestDueStage(round, new Date('2027-03-30T06:30:00Z'))?.stage).toBe('overdue-4');
  });

  it('gives only the latest stage after a long outage', () => {
    expect(latestDueStage(round, new Date('2027-03-15T12:00:00+01:00'))?.stage).toBe('overdue-2');
    expect(latestDueStage(round, new Date('2030-01-01T00:00:00Z'))?.stage).toBe('overdue-4');
  });
});
