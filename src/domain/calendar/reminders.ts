import type { ReminderStage } from '../model.js';
import { addDays, type IsoDate } from './plain-date.js';
import { defaultCalendarSettings, type CalendarSettings } from './settings.js';
import { stockholmDateTime } from './stockholm-time.js';
import { workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBefore } from './working-days.js';

/** The three dates that drive a round's reminders. */
export type RoundDates = {
  readonly opensOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly closesOn: IsoDate;
};

/** One reminder stage of a round: its local date and its moment, e.g. `2027-01-08T08:30:00+01:00`. */
export type ScheduledReminder = {
  readonly stage: ReminderStage;
  readonly on: IsoDate;
  readonly at: string;
};

const overdueEveryDays = 7;
const twoWeeksDays = 14;
const lastCallWorkingDays = 3;

function candidateStages(
  dates: RoundDates,
  settings: CalendarSettings,
): [ReminderStage, IsoDate][] {
  const enabled = new Set(settings.stages);
  const stages: [ReminderStage, IsoDate][] = [];
  if (enabled.has('opening')) stages.push(['opening', dates.opensOn]);
  if (enabled.has('twoWeeks')) {
    stages.push(['twoWeeks', workingDayOnOrBefore(addDays(dates.dueOn, -twoWeeksDays))]);
  }
  if (enabled.has('threeWorkingDays')) {
    stages.push(['threeWorkingDays', workingDaysBefore(dates.dueOn, lastCallWorkingDays)]);
  }
  if (enabled.has('due')) stages.push(['due', dates.dueOn]);
  if (enabled.has('overdue')) {
    for (let n = 1; ; n += 1) {
      const on = workingDayOnOrAfter(addDays(dates.dueOn, overdueEveryDays * n));
      if (on >= dates.closesOn) break;
      stages.push([`overdue-${n}`, on]);
    }
  }
  return stages;
}

/**
 * The reminder stages of a round in time order, each at the settings' local time:
 * - `opening` on opensOn;
 * - `twoWeeks` on dueOn − 14 days, moved back to the previous working day if needed;
 * - `threeWorkingDays` three working days before dueOn;
 * - `due` on dueOn;
 * - `overdue-n` on dueOn + 7·n days, moved forward to the next working day, while that
 *   day is before closesOn.
 * A stage that would not fall after the stage before it (only possible when a round opens
 * late) is left out, so the stages are strictly ordered.
 */
export function reminderSchedule(
  dates: RoundDates,
  settings: CalendarSettings = defaultCalendarSettings,
): readonly ScheduledReminder[] {
  const schedule: ScheduledReminder[] = [];
  for (const [stage, on] of candidateStages(dates, settings)) {
    const previous = schedule.at(-1);
    if (previous && on <= previous.on) continue;
    schedule.push({ stage, on, at: stockholmDateTime(on, settings.reminderTime) });
  }
  return schedule;
}

/**
 * The latest stage whose moment has come at `now`, or undefined before the first one.
 * A run after an outage gets one stage (the latest), not every stage it missed. Whether the
 * round is still open is the caller's concern.
 */
export function latestDueStage(
  round: { readonly reminders: readonly ScheduledReminder[] },
  now: Date,
): ScheduledReminder | undefined {
  const moment = now.getTime();
  let latest: ScheduledReminder | undefined;
  for (const reminder of round.reminders) {
    if (Date.parse(reminder.at) <= moment) latest = reminder;
  }
  return latest;
}
