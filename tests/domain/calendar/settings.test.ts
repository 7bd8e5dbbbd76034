import { describe, expect, it } from 'vitest';
import {
  CalendarSettingsSchema,
  defaultCalendarSettings,
} from '../../../src/domain/calendar/settings.js';

describe('CalendarSettingsSchema', () => {
  it('defaults to the rules of the foundation issue', () => {
    expect(defaultCalendarSettings).toEqual({
      annual: {
        opensOnOrAfter: { month: 1, day: 8 },
        dueLastWorkingDayOf: 2,
        closesOn: { month: 3, day: 31 },
      },
      termOfOffice: {
        opensOnOrAfter: { month: 3, day: 1 },
        dueLastWorkingDayOf: 5,
        closesOn: { month: 6, day: 30 },
      },
      reminderTime: '08:30',
      stages: ['opening', 'twoWeeks', 'threeWorkingDays', 'due', 'overdue'],
    });
  });

  it('takes a plan’s own values where given', () => {
    const settings = CalendarSettingsSchema.parse({
      annual: {
        opensOnOrAfter: { month: 1, day: 15 },
        dueLastWorkingDayOf: 3,
        closesOn: { month: 4, day: 30 },
      },
      reminderTime: '09:15',
      stages: ['opening', 'due'],
    });
    expect(settings.annual.dueLastWorkingDayOf).toBe(3);
    expect(settings.termOfOffice).toEqual(defaultCalendarSettings.termOfOffice);
    expect(settings.reminderTime).toBe('09:15');
  });

  it('refuses days that do not exist every year, rounds out of order, bad times and stages', () => {
    const annual = (change: object) => ({
      annual: { ...defaultCalendarSettings.annual, ...change },
    });
    for (const input of [
      annual({ opensOnOrAfter: { month: 2, day: 29 } }),
      annual({ opensOnOrAfter: { month: 4, day: 31 } }),
      annual({ closesOn: { month: 13, day: 1 } }),
      annual({ opensOnOrAfter: { month: 2, day: 1 } }),
      annual({ closesOn: { month: 2, day: 28 } }),
      annual({ dueLastWorkingDayOf: 2.5 }),
      { reminderTime: '8:30' },
      { reminderTime: '24:00' },
      { stages: ['opening', 'opening'] },
      { stages: ['reminder'] },
    ]) {
      expect(CalendarSettingsSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });
});
