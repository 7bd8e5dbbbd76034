import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElectionYear } from '../../../src/domain/calendar/elections.js';
import { addDays, isoWeekday } from '../../../src/domain/calendar/plain-date.js';
import {
  annualRound,
  roundsOpeningBetween,
  termOfOfficeRound,
  type CalendarRound,
} from '../../../src/domain/calendar/rounds.js';
import {
  CalendarSettingsSchema,
  defaultCalendarSettings,
  stageKinds,
  type CalendarSettings,
} from '../../../src/domain/calendar/settings.js';
import { summerTimeDays } from '../../../src/domain/calendar/stockholm-time.js';
import { isWorkingDay, workingDayOnOrAfter } from '../../../src/domain/calendar/working-days.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Any valid plan settings: opens month < due month < closes month, days that exist every year. */
const settingsArb: fc.Arbitrary<CalendarSettings> = fc
  .record({
    opensMonth: fc.integer({ min: 1, max: 10 }),
    dueGap: fc.integer({ min: 1, max: 3 }),
    closeGap: fc.integer({ min: 1, max: 3 }),
    opensDay: fc.integer({ min: 1, max: 28 }),
    closesDay: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 6, max: 20 }),
    minute: fc.integer({ min: 0, max: 59 }),
    stages: fc.subarray([...stageKinds]),
  })
  .map((s) => {
    const dueMonth = Math.min(s.opensMonth + s.dueGap, 11);
    const rule = {
      opensOnOrAfter: { month: s.opensMonth, day: s.opensDay },
      dueLastWorkingDayOf: dueMonth,
      closesOn: { month: Math.min(dueMonth + s.closeGap, 12), day: s.closesDay },
    };
    return CalendarSettingsSchema.parse({
      annual: rule,
      termOfOffice: rule,
      reminderTime: `${pad(s.hour)}:${pad(s.minute)}`,
      stages: s.stages,
    });
  });

const roundArb = fc
  .record({
    settings: fc.oneof(fc.constant(defaultCalendarSettings), settingsArb),
    year: fc.integer({ min: 2023, max: 2100 }),
  })
  .map(({ settings, year }) =>
    isElectionYear(year - 1) ? termOfOfficeRound(year, settings) : annualRound(year - 1, settings),
  );

function expectedOffset(date: string): string {
  const { starts, ends } = summerTimeDays(Number(date.slice(0, 4)));
  return date >= starts && date < ends ? '+02:00' : '+01:00';
}

function checkRound(round: CalendarRound): void {
  expect(round.opensOn <= round.dueOn && round.dueOn <= round.closesOn).toBe(true);
  expect(isWorkingDay(round.opensOn) && isWorkingDay(round.dueOn)).toBe(true);
  const ons = round.reminders.map((r) => r.on);
  for (let i = 1; i < ons.length; i += 1) expect(ons[i - 1]! < ons[i]!).toBe(true);
  for (const reminder of round.reminders) {
    expect(isWorkingDay(reminder.on), `${round.id} ${reminder.stage}`).toBe(true);
    expect(reminder.at.slice(0, 10)).toBe(reminder.on);
    expect(reminder.at.slice(19)).toBe(expectedOffset(reminder.on));
    if (reminder.stage.startsWith('overdue')) expect(reminder.on < round.closesOn).toBe(true);
  }
}

describe('the follow-up calendar', () => {
  it('keeps its rules for every round 2023–2035 with the default settings', () => {
    const rounds = roundsOpeningBetween('2023-01-01', '2035-12-31');
    expect(rounds.filter((r) => r.kind === 'termOfOffice').map((r) => r.opensOn)).toEqual([
      '2023-03-01',
      '2027-03-01',
      '2031-03-03',
      '2035-03-01',
    ]);
    expect(rounds.filter((r) => r.kind === 'annual')).toHaveLength(13);
    for (const round of rounds) {
      checkRound(round);
      expect(round.reminders.map((r) => r.stage).slice(0, 4)).toEqual([
        'opening',
        'twoWeeks',
        'threeWorkingDays',
        'due',
      ]);
    }
  });

  it('keeps its rules for any year and any valid plan settings', () => {
    fc.assert(fc.property(roundArb, checkRound), { numRuns: 300 });
  });

  it('numbers overdue stages 1, 2, 3 … a week apart, until the next would not come before closing', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const overdue = round.reminders.filter((r) => r.stage.startsWith('overdue'));
        overdue.forEach((r, i) => {
          expect(r.stage).toBe(`overdue-${i + 1}`);
          const nominal = addDays(round.dueOn, 7 * (i + 1));
          expect(r.on >= nominal && r.on <= addDays(nominal, 6)).toBe(true);
        });
        if (overdue.length > 0) {
          const next = workingDayOnOrAfter(addDays(round.dueOn, 7 * (overdue.length + 1)));
          expect(next >= round.closesOn).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts twoWeeks on the working day nearest before dueOn − 14 days', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const twoWeeks = round.reminders.find((r) => r.stage === 'twoWeeks');
        if (!twoWeeks) return;
        const nominal = addDays(round.dueOn, -14);
        expect(twoWeeks.on <= nominal).toBe(true);
        for (let d = addDays(twoWeeks.on, 1); d <= nominal; d = addDays(d, 1)) {
          expect(isWorkingDay(d)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('only ever opens and reminds on weekdays', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        for (const r of round.reminders) expect(isoWeekday(r.on)).toBeLessThanOrEqual(5);
      }),
    );
  });
});
