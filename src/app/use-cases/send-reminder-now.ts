import { stageLabelSv, formatDateSv } from '../../domain/calendar/labels-sv.js';
import { reminderSchedule } from '../../domain/calendar/reminders.js';
import { defaultCalendarSettings, type CalendarSettings } from '../../domain/calendar/settings.js';
import type { Clock } from '../../domain/clock.js';
import type { Reminder } from '../../domain/model.js';
import { responseRates } from '../../domain/status.js';
import type { Authorization, Caller } from '../authorization.js';
import { isSignedOff, signOffOf } from '../../domain/sign-off-rules.js';
import type { PlanSnapshot, PlanStore, Versioned } from '../ports.js';
import type { ReminderReport } from '../reminders/run-result.js';
import { loadForRound } from '../plan-loading.js';
import { fail, ok, type Result } from '../result.js';
import { runReminders, type RunRemindersDeps } from './run-reminders.js';

/**
 * The working group sends a reminder to one department now, through the reminder run: a run at
 * this moment for that department and round, so the same exactly-once rules hold (the stage due
 * now is posted unless it already went out). Also here: after an answer from the tab, the cards
 * already posted to the department are updated to show it.
 */

export type SendReminderNowDeps = {
  readonly run: RunRemindersDeps;
  readonly authorization: Authorization;
  readonly clock: Clock;
};

export type SendReminderNowInput = {
  readonly caller: Caller;
  readonly roundId: string;
  readonly departmentId: string;
};

export type ReminderNowOutcome =
  | { readonly outcome: 'posted'; readonly postedAt: string }
  | { readonly outcome: 'nothingMissing' }
  | { readonly outcome: 'noChannel' };

const reminderNowMessages = {
  unknownRound: 'Uppföljningsomgången finns inte.',
  unknownDepartment: 'Förvaltningen finns inte i planen.',
  notOpen: 'Omgången är inte öppen, så inga påminnelser skickas.',
  signedOff: 'Förvaltningen har klarmarkerat sin del av omgången, så inga påminnelser skickas dit.',
  inProgress: 'En påminnelse till förvaltningen skickas just nu. Vänta en stund.',
} as const;

/** The plan as the run should see it: only `roundId` open, so only its reminder goes out. */
function onlyRound(store: PlanStore, roundId: string): PlanStore {
  return {
    loadPlan: async (options) => {
      const loaded = await store.loadPlan(options);
      if (!loaded.ok) return loaded;
      const rounds = loaded.value.rounds.map((r) =>
        r.id === roundId || r.state !== 'open' ? r : { ...r, state: 'planned' as const },
      );
      return ok({ ...loaded.value, rounds });
    },
    saveActivity: (activity, version) => store.saveActivity(activity, version),
    saveActivities: (items) => store.saveActivities(items),
    saveRound: (round, version) => store.saveRound(round, version),
    recordFollowUps: (input) => store.recordFollowUps(input),
    followUpHistory: (round, activity) => store.followUpHistory(round, activity),
    saveSignOff: (signOff, version) => store.saveSignOff(signOff, version),
    touchFollowUps: (answers) => store.touchFollowUps(answers),
    saveArea: (area, version) => store.saveArea(area, version),
    saveGoal: (goal, version) => store.saveGoal(goal, version),
    saveDepartment: (department, version) => store.saveDepartment(department, version),
    savePlan: (plan, version) => store.savePlan(plan, version),
    markAllocation: (planId, version, stamp) => store.markAllocation(planId, version, stamp),
    createPlanItems: (items) => store.createPlanItems(items),
  };
}

function precheck(snapshot: PlanSnapshot, input: SendReminderNowInput) {
  const round = snapshot.rounds.find((r) => r.id === input.roundId);
  if (!round) return fail('notFound', reminderNowMessages.unknownRound);
  if (!snapshot.departments.some((d) => d.id === input.departmentId))
    return fail('notFound', reminderNowMessages.unknownDepartment);
  if (round.state !== 'open')
    return fail('conflict', reminderNowMessages.notOpen, { current: round });
  if (isSignedOff(signOffOf(snapshot.signOffs, round.id, input.departmentId)))
    return fail('conflict', reminderNowMessages.signedOff);
  const response = responseRates(snapshot, round).find(
    (r) => r.departmentId === input.departmentId,
  );
  if (!response || response.missingActivityIds.length === 0) return ok('nothingMissing' as const);
  if (!snapshot.channels.some((c) => c.target === input.departmentId))
    return ok('noChannel' as const);
  return ok(round);
}

function nothingDue(
  round: { opensOn: string; dueOn: string; closesOn: string },
  now: Date,
  settings: CalendarSettings,
) {
  const next = reminderSchedule(round, settings).find((s) => Date.parse(s.at) > now.getTime());
  const when = next ? ` Den första går ut ${formatDateSv(next.on)}.` : '';
  return fail('conflict', `Det finns ingen påminnelse att skicka ännu.${when}`);
}

function outcomeOf(report: ReminderReport, now: Date): Result<ReminderNowOutcome> {
  switch (report.outcome) {
    case 'posted':
    case 'recovered':
    case 'unrecorded':
      return ok({ outcome: 'posted', postedAt: now.toISOString() });
    case 'noChannel':
    case 'unreachable':
      return ok({ outcome: 'noChannel' });
    case 'alreadySent':
      return fail(
        'conflict',
        `Påminnelsen "${stageLabelSv(report.key.stage)}" har redan skickats till förvaltningen. Samma påminnelse skickas inte två gånger.`,
      );
    case 'inProgress':
      return fail('conflict', reminderNowMessages.inProgress);
    case 'waiting':
    case 'failed':
    case 'gaveUp':
    case 'wouldPost':
      return fail('unavailable', report.message ?? 'Påminnelsen kunde inte skickas just nu.');
  }
}

export async function sendReminderNow(
  deps: SendReminderNowDeps,
  input: SendReminderNowInput,
): Promise<Result<ReminderNowOutcome>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(input.caller),
    loadForRound(deps.run.plans, input.roundId),
  ]);
  if (!allowed.ok) return allowed;
  if (!snapshot.ok) return snapshot;
  const checked = precheck(snapshot.value, input);
  if (!checked.ok) return checked;
  if (checked.value === 'nothingMissing' || checked.value === 'noChannel')
    return ok({ outcome: checked.value });
  const now = deps.clock.now();
  const run = { ...deps.run, plans: onlyRound(deps.run.plans, input.roundId) };
  const result = await runReminders(run, { now, department: input.departmentId });
  if (!result.ok) return result;
  const report = result.value.reminders.find(
    (r) => r.key.roundId === input.roundId && r.key.departmentId === input.departmentId,
  );
  if (report) return outcomeOf(report, now);
  return nothingDue(checked.value, now, deps.run.settings?.calendar ?? defaultCalendarSettings);
}

export type RefreshCardsDeps = Pick<RunRemindersDeps, 'plans' | 'reminders' | 'poster' | 'cards'>;

function postedTo(reminders: readonly Versioned<Reminder>[], departmentId: string) {
  return reminders.filter(
    (r) => r.departmentId === departmentId && r.messageId && r.conversationId,
  );
}

/**
 * Updates every reminder card already posted to the department in the round, so the channel
 * shows the answers given in the tab. Returns how many cards were updated; the first failure
 * otherwise (the answer itself is stored either way).
 */
export async function refreshPostedCards(
  deps: RefreshCardsDeps,
  roundId: string,
  departmentId: string,
): Promise<Result<number>> {
  const [snapshot, stored] = await Promise.all([
    loadForRound(deps.plans, roundId),
    deps.reminders.listForRound(roundId),
  ]);
  if (!snapshot.ok) return snapshot;
  if (!stored.ok) return stored;
  const round = snapshot.value.rounds.find((r) => r.id === roundId);
  const department = snapshot.value.departments.find((d) => d.id === departmentId);
  const channel = snapshot.value.channels.find((c) => c.target === departmentId);
  if (!round || !department || !channel) return ok(0);
  let updated = 0;
  for (const reminder of postedTo(stored.value, departmentId)) {
    const card = deps.cards.reminder({
      snapshot: snapshot.value,
      round,
      department,
      stage: reminder.stage,
    });
    const message = { conversationId: reminder.conversationId!, messageId: reminder.messageId! };
    const done = await deps.poster.update(channel, message, card);
    if (!done.ok) return done;
    updated += 1;
  }
  return ok(updated);
}
