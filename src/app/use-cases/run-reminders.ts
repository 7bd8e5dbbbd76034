import type { Reminder } from '../../domain/model.js';
import type { ChannelPoster, PlanStore, PostFinder, ReminderStore, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { loadPlansInForce } from '../plan-loading.js';
import { matchesDepartment, planRun, type RoundPlan, type RunPlan } from '../reminders/plan-run.js';
import { PostPacer } from '../reminders/post-pacer.js';
import type { ReminderCards } from '../reminders/reminder-cards.js';
import { reminderKeyText } from '../reminders/reservation-rules.js';
import { runRound, type RoundRun } from '../reminders/round-deliveries.js';
import {
  isComplete,
  type ReminderReport,
  type ReminderRunResult,
  type RoundReport,
  type UnreachableDepartment,
} from '../reminders/run-result.js';
import {
  defaultReminderRunSettings,
  type ReminderRunSettings,
  type RunTimer,
} from '../reminders/run-settings.js';

/**
 * The reminder run: at `now`, every open round's latest due stage goes once to each department
 * it concerns (exactly once across overlapping runs, retries and crashes: see deliver.ts), paced
 * under Teams' limits; the working group gets a summary from overdue-2 on and whenever a
 * department cannot be reached. Graph work: one loadPlan per plan in force, one listForRound per round with a
 * due stage, then per reminder a reserve, a post and a record.
 */

export type RunRemindersDeps = {
  readonly plans: PlanStore;
  readonly reminders: ReminderStore;
  readonly poster: ChannelPoster;
  /** Without it, a reservation left in doubt by a dead run is posted again (see README). */
  readonly finder?: PostFinder;
  readonly cards: ReminderCards;
  readonly timer: RunTimer;
  readonly newAttemptId: () => string;
  readonly settings?: Partial<ReminderRunSettings>;
};

export type RunRemindersOptions = {
  /** The moment the run is for: which stages have come (the calendar's time). */
  readonly now: Date;
  /** Decide and report, but reserve, post and record nothing. */
  readonly dryRun?: boolean;
  /** Only this department (by id or name); no summary is posted. */
  readonly department?: string;
};

async function storedReminders(
  store: ReminderStore,
  rounds: readonly RoundPlan[],
): Promise<Result<Map<string, Versioned<Reminder>>>> {
  const stored = new Map<string, Versioned<Reminder>>();
  for (const { round } of rounds) {
    const listed = await store.listForRound(round.id);
    if (!listed.ok) return listed;
    for (const reminder of listed.value) stored.set(reminderKeyText(reminder), reminder);
  }
  return ok(stored);
}

function roundReports(run: RunPlan): RoundReport[] {
  const due = run.rounds.map((r) => ({
    roundId: r.round.id,
    title: r.round.title,
    stage: r.stage.stage,
    stageAt: r.stage.at,
    departments: r.responses.length,
    missing: r.responses.filter((x) => x.missingActivityIds.length > 0).length,
  }));
  const quiet = run.quiet.map((r) => ({
    roundId: r.id,
    title: r.title,
    departments: 0,
    missing: 0,
  }));
  return [...due, ...quiet];
}

export async function runReminders(
  deps: RunRemindersDeps,
  options: RunRemindersOptions,
): Promise<Result<ReminderRunResult>> {
  const settings: ReminderRunSettings = { ...defaultReminderRunSettings, ...deps.settings };
  const loaded = await loadPlansInForce(deps.plans);
  if (!loaded.ok) return loaded;
  const filter = options.department;
  const departments = loaded.value[0]!.departments;
  if (filter !== undefined && !departments.some((d) => matchesDepartment(d, filter))) {
    return fail('notFound', `Förvaltningen ${filter} finns inte i planen.`);
  }
  const pacer = new PostPacer(settings, deps.timer);
  const dryRun = options.dryRun ?? false;
  const reminders: ReminderReport[] = [];
  const unreachable: UnreachableDepartment[] = [];
  const rounds: RoundReport[] = [];
  let unopened: RunPlan['unopened'] = [];
  // Every plan in force, the default plan first: each plan's open rounds.
  for (const [index, snapshot] of loaded.value.entries()) {
    const run = planRun(snapshot, options.now, settings.calendar, filter);
    const stored = await storedReminders(deps.reminders, run.rounds);
    if (!stored.ok) return stored;
    const roundRun: RoundRun = {
      snapshot,
      run,
      stored: stored.value,
      cards: deps.cards,
      deps: { ...deps, settings, pacer },
      dryRun,
      summaries: filter === undefined,
    };
    for (const plan of run.rounds) {
      const done = await runRound(plan, roundRun);
      reminders.push(...done.reports);
      unreachable.push(...done.unreachable);
    }
    rounds.push(...roundReports(run));
    if (index === 0) unopened = run.unopened;
  }
  return ok({
    now: options.now.toISOString(),
    dryRun,
    rounds,
    unopened,
    reminders,
    unreachable,
    complete: isComplete(reminders),
  });
}
