import { z } from 'zod';
import { daysInMonth } from './plain-date.js';
import { localTimePattern } from './stockholm-time.js';

/**
 * How a plan's follow-up calendar is laid out. Every field has the default the foundation
 * issue names, so `CalendarSettingsSchema.parse({})` gives the standard calendar and a plan
 * may override any part of it.
 */

const month = z.int().min(1).max(12);

/** A day of the year; it must exist in every year (so not 29 February). */
const MonthDaySchema = z
  .object({ month, day: z.int().min(1).max(31) })
  .refine((d) => d.day <= daysInMonth(2001, d.month), { message: 'Dagen finns inte varje år.' });

/** One kind of round, all within one calendar year: opens → due month → closes. */
const RoundRuleSchema = z
  .object({
    /** Opens on the first working day on or after this day. */
    opensOnOrAfter: MonthDaySchema,
    /** Answers are due on the last working day of this month. */
    dueLastWorkingDayOf: month,
    /** Closes on this day (not moved). */
    closesOn: MonthDaySchema,
  })
  .refine((r) => r.opensOnOrAfter.month < r.dueLastWorkingDayOf, {
    message: 'Omgången måste öppna en tidigare månad än svarsmånaden.',
    path: ['opensOnOrAfter'],
  })
  .refine((r) => r.dueLastWorkingDayOf < r.closesOn.month, {
    message: 'Omgången måste stänga en senare månad än svarsmånaden.',
    path: ['closesOn'],
  });
export type RoundRule = z.infer<typeof RoundRuleSchema>;

export const stageKinds = ['opening', 'twoWeeks', 'threeWorkingDays', 'due', 'overdue'] as const;
const StageKindSchema = z.enum(stageKinds);

export const CalendarSettingsSchema = z.object({
  /** Årsuppföljning Y, held in Y+1. */
  annual: RoundRuleSchema.default({
    opensOnOrAfter: { month: 1, day: 8 },
    dueLastWorkingDayOf: 2,
    closesOn: { month: 3, day: 31 },
  }),
  /** Mandatperiodsuppföljning T, held in T = election year + 1. */
  termOfOffice: RoundRuleSchema.default({
    opensOnOrAfter: { month: 3, day: 1 },
    dueLastWorkingDayOf: 5,
    closesOn: { month: 6, day: 30 },
  }),
  /** Local time (Europe/Stockholm) at which each reminder stage falls due. */
  reminderTime: z.string().regex(localTimePattern).default('08:30'),
  /** The reminder stages in use; `overdue` stands for overdue-1, overdue-2, … */
  stages: z
    .array(StageKindSchema)
    .refine((s) => new Set(s).size === s.length, { message: 'Ett steg finns två gånger.' })
    .default([...stageKinds]),
});
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

export const defaultCalendarSettings: CalendarSettings = CalendarSettingsSchema.parse({});
