import {
  reminderSchedule,
  latestDueStage,
  type ScheduledReminder,
} from '../../domain/calendar/reminders.js';
import { roundsOpeningBetween } from '../../domain/calendar/rounds.js';
import { addDays } from '../../domain/calendar/plain-date.js';
import type { CalendarSettings } from '../../domain/calendar/settings.js';
import { stockholmDate } from '../../domain/calendar/stockholm-time.js';
import type { Department, FollowUpRound, ReminderStage } from '../../domain/model.js';
import { isSignedOff, signOffOf } from '../../domain/sign-off-rules.js';
import { isEndedDepartment } from '../../domain/plan-work.js';
import { responseRates, type DepartmentResponse } from '../../domain/status.js';
import type { ChannelLink, PlanSnapshot, Versioned } from '../ports.js';

/**
 * Which reminders a run at `now` is about, before anything is reserved: per open round the
 * latest stage whose moment has come, and the departments it goes to. Pure.
 */

/** The channel link target of the working group's own channel. */
export const workingGroupTarget = 'workingGroup';

type DepartmentTask = {
  readonly department: Department;
  readonly response: DepartmentResponse;
  /** Absent: no channel is linked for the department. */
  readonly channel?: ChannelLink;
};

export type RoundPlan = {
  readonly round: Versioned<FollowUpRound>;
  readonly stage: ScheduledReminder;
  /** Every department with activities in the round, answered or not. */
  readonly responses: readonly DepartmentResponse[];
  /** The departments this stage goes to (after the department filter; none that signed off). */
  readonly tasks: readonly DepartmentTask[];
  /** From overdue-2 on, the working group gets the summary. */
  readonly escalates: boolean;
};

/** A round the calendar says should be open at `now` but that nobody has opened. */
type UnopenedRound = {
  readonly roundId: string;
  readonly title: string;
  readonly opensOn: string;
};

export type RunPlan = {
  readonly rounds: readonly RoundPlan[];
  /** Open rounds before their first stage (nothing due yet). */
  readonly quiet: readonly Versioned<FollowUpRound>[];
  readonly unopened: readonly UnopenedRound[];
  readonly workingGroupChannel?: ChannelLink;
};

function overdueNumber(stage: ReminderStage): number {
  return stage.startsWith('overdue-') ? Number(stage.slice('overdue-'.length)) : 0;
}

/** Open: opened by the working group and not past its closing day (Stockholm). */
function isRemindable(round: FollowUpRound, now: Date): boolean {
  return round.state === 'open' && stockholmDate(now) < round.closesOn;
}

/** Matches a department by id or by name, ignoring case and surrounding spaces. */
export function matchesDepartment(department: Department, filter: string): boolean {
  const wanted = filter.trim().toLocaleLowerCase('sv');
  return (
    department.id.toLocaleLowerCase('sv') === wanted ||
    department.name.toLocaleLowerCase('sv') === wanted
  );
}

function tasksOf(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  stage: ReminderStage,
  responses: readonly DepartmentResponse[],
  filter: string | undefined,
  today: string,
): DepartmentTask[] {
  // An ended (or merged) department gets no reminder and no card: its activities moved on.
  const departments = new Map(
    snapshot.departments.filter((d) => !isEndedDepartment(d, today)).map((d) => [d.id, d]),
  );
  const channels = new Map(snapshot.channels.map((c) => [c.target, c]));
  const tasks: DepartmentTask[] = [];
  for (const response of responses) {
    const department = departments.get(response.departmentId);
    if (department === undefined) continue;
    if (filter !== undefined && !matchesDepartment(department, filter)) continue;
    // Opening goes to everyone in the round; later stages only to those still missing answers.
    if (stage !== 'opening' && response.missingActivityIds.length === 0) continue;
    // A department that signed off its part of the round gets nothing more in it.
    if (isSignedOff(signOffOf(snapshot.signOffs, round.id, department.id))) continue;
    const channel = channels.get(department.id);
    tasks.push({ department, response, ...(channel ? { channel } : {}) });
  }
  return tasks;
}

function unopenedRounds(
  snapshot: PlanSnapshot,
  now: Date,
  settings: CalendarSettings,
): UnopenedRound[] {
  const today = stockholmDate(now);
  const stored = new Map(snapshot.rounds.map((r) => [r.id, r]));
  return roundsOpeningBetween(addDays(today, -366), today, settings)
    .filter((r) => today < r.closesOn && stored.get(r.id)?.state !== 'open')
    .filter((r) => stored.get(r.id)?.state !== 'closed')
    .map((r) => ({ roundId: r.id, title: r.title, opensOn: r.opensOn }));
}

export function planRun(
  snapshot: PlanSnapshot,
  now: Date,
  settings: CalendarSettings,
  departmentFilter?: string,
): RunPlan {
  const rounds: RoundPlan[] = [];
  const quiet: Versioned<FollowUpRound>[] = [];
  for (const round of snapshot.rounds.filter((r) => isRemindable(r, now))) {
    const stage = latestDueStage({ reminders: reminderSchedule(round, settings) }, now);
    if (stage === undefined) {
      quiet.push(round);
      continue;
    }
    // Every stored answer counts, whenever given: an answered activity is never reminded about.
    const responses = responseRates(snapshot, round);
    const tasks = tasksOf(
      snapshot,
      round,
      stage.stage,
      responses,
      departmentFilter,
      stockholmDate(now),
    );
    rounds.push({ round, stage, responses, tasks, escalates: overdueNumber(stage.stage) >= 2 });
  }
  const workingGroupChannel = snapshot.channels.find((c) => c.target === workingGroupTarget);
  return {
    rounds,
    quiet,
    unopened: unopenedRounds(snapshot, now, settings),
    ...(workingGroupChannel ? { workingGroupChannel } : {}),
  };
}
