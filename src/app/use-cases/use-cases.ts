import type { Clock } from '../../domain/clock.js';
import { createAuthorization, type Authorization, type Caller } from '../authorization.js';
import type {
  ChannelDirectory,
  ChannelLink,
  PlanSnapshot,
  PlanStore,
  TeamMembership,
  TimeBudget,
  Versioned,
} from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { loadPlansInForce } from '../plan-loading.js';
import type { Activity, Department, FollowUp, Plan } from '../../domain/model.js';
import { adoptPlan, correctDecision, createPlan, revisePlan, updatePlan } from './plans.js';
import {
  answerFollowUps,
  type AnswerFollowUpsInput,
  type AnswerOutcome,
} from './answer-follow-ups.js';
import { DepartmentTeams } from './department-teams.js';
import {
  departmentRoundView,
  openRoundsFor,
  showDepartmentRound,
  type DepartmentRoundView,
} from './department-view.js';
import {
  channelChoices,
  linkChannel,
  unlinkChannel,
  type ChannelChoices,
  type ChannelRef,
  type LinkTarget,
} from './link-channel.js';
import {
  forgetInstallation,
  registerInstallation,
  type Installation,
} from './register-installation.js';
import { activityHistory } from './activity-history.js';
import { editActivity, type EditActivityInput } from './edit-activity.js';
import { closeRound, openRound } from './rounds.js';
import { reopenDepartment, signOffDepartment, type SignOffInput } from './sign-off.js';
import { planWorkUseCases, type PlanWorkUseCases } from './plan-work/plan-work-use-cases.js';
import type { RunRemindersDeps } from './run-reminders.js';
import {
  refreshPostedCards,
  sendReminderNow,
  type ReminderNowOutcome,
  type SendReminderNowInput,
} from './send-reminder-now.js';

/**
 * The use cases the bot and the tab's HTTP API call, bound to their ports once by the
 * composition root (src/server). Every method returns a Result; none throws for an expected
 * failure.
 */

export type UseCaseDeps = {
  readonly store: PlanStore;
  readonly channels: ChannelDirectory;
  readonly membership: TeamMembership;
  readonly clock: Clock;
  /** The Entra group id of the working group's team. */
  readonly workingGroupTeamId: string;
  /** The reminder run's wiring, for "send a reminder now" and updating posted cards. */
  readonly reminderRun?: RunRemindersDeps;
};

export type UseCases = {
  readonly authorization: Authorization;
  answerFollowUps(input: AnswerFollowUpsInput): Promise<AnswerOutcome>;
  showDepartmentRound(
    roundId: string,
    departmentId: string,
    budget?: TimeBudget,
  ): Promise<Result<DepartmentRoundView>>;
  /**
   * The department linked to a channel, in each of its open rounds, oldest first (the bot's
   * `kort` command posts one card per round); with `name`, the linked department whose name
   * contains it (when several share the channel). Empty: no linked department has an open round.
   */
  showChannelRounds(channelId: string, name?: string): Promise<Result<DepartmentRoundView[]>>;
  /**
   * The department linked to a channel (with `name`, the one whose name contains it), whether
   * or not it has an open round: what `kort` names when there is no round to show.
   */
  channelDepartment(channelId: string, name?: string): Promise<Result<Department | undefined>>;
  linkChannel(input: {
    readonly caller: Caller;
    readonly target: string;
    readonly channel: ChannelRef;
  }): Promise<Result<{ readonly link: ChannelLink; readonly target: LinkTarget }>>;
  unlinkChannel(input: {
    readonly caller: Caller;
    readonly target?: string;
    readonly channelId?: string;
  }): Promise<Result<readonly LinkTarget[]>>;
  channelChoices(input: {
    readonly caller: Caller;
    readonly channelId: string;
  }): Promise<Result<ChannelChoices>>;
  registerInstallation(
    installation: Installation,
  ): Promise<Result<{ readonly link: ChannelLink; readonly isNew: boolean }>>;
  forgetInstallation(channelId: string): Promise<Result<void>>;
  /** The tab's API: plan edits, rounds, history, reminders now, posted cards after an answer. */
  editActivity(input: EditActivityInput): Promise<Result<Versioned<Activity>>>;
  openRound(input: Parameters<typeof openRound>[1]): ReturnType<typeof openRound>;
  closeRound(input: Parameters<typeof closeRound>[1]): ReturnType<typeof closeRound>;
  /** The plans view: create, adopt (the decision recorded), revise ("Ny version"). */
  createPlan(input: Parameters<typeof createPlan>[1]): Promise<Result<Versioned<Plan>>>;
  adoptPlan(input: Parameters<typeof adoptPlan>[1]): Promise<Result<Versioned<Plan>>>;
  revisePlan(input: Parameters<typeof revisePlan>[1]): Promise<Result<Versioned<Plan>>>;
  /** A plan's own fields and an adopted plan's decision, corrected. */
  updatePlan(input: Parameters<typeof updatePlan>[1]): Promise<Result<Versioned<Plan>>>;
  correctDecision(input: Parameters<typeof correctDecision>[1]): Promise<Result<Versioned<Plan>>>;
  activityHistory(activityId: string): Promise<Result<readonly FollowUp[]>>;
  sendReminderNow(input: SendReminderNowInput): Promise<Result<ReminderNowOutcome>>;
  refreshPostedCards(roundId: string, departmentId: string): Promise<Result<number>>;
  /** A department team member marks the department's part of the round complete (sign-off.ts). */
  signOffDepartment(input: SignOffInput): Promise<Result<DepartmentRoundView>>;
  /** The working group reopens a department's signed-off part of the round. */
  reopenDepartment(input: SignOffInput): Promise<Result<DepartmentRoundView>>;
  /** The tab's Planera: activities, areas, goals and departments (working group only). */
  readonly planWork: PlanWorkUseCases;
};

function linkedDepartment(
  snapshot: PlanSnapshot,
  channelId: string,
  name: string | undefined,
): Department | undefined {
  const wanted = (name ?? '').trim().toLowerCase();
  const linked = snapshot.channels
    .filter((c) => c.channelId === channelId)
    // An ended (merged) department gets no card: its activities went to the receiving one.
    .flatMap((c) => snapshot.departments.filter((d) => d.id === c.target && !d.endedOn));
  return linked.find((d) => wanted !== '' && d.name.toLowerCase().includes(wanted)) ?? linked[0];
}

function channelRounds(
  snapshot: PlanSnapshot,
  channelId: string,
  name: string | undefined,
): Result<DepartmentRoundView[]> {
  const department = linkedDepartment(snapshot, channelId, name);
  if (!department) return ok([]);
  const views: DepartmentRoundView[] = [];
  for (const round of openRoundsFor(snapshot, department.id)) {
    const view = departmentRoundView(snapshot, round.id, department.id);
    if (!view.ok) return view;
    views.push(view.value);
  }
  return ok(views);
}

export function createUseCases(deps: UseCaseDeps): UseCases {
  const authorization = createAuthorization({
    membership: deps.membership,
    workingGroupTeamId: deps.workingGroupTeamId,
  });
  const teams = new DepartmentTeams();
  const answerDeps = { store: deps.store, authorization, clock: deps.clock, teams };
  const channelDeps = { store: deps.store, channels: deps.channels, authorization };
  return {
    authorization,
    answerFollowUps: (input) => answerFollowUps(answerDeps, input),
    showDepartmentRound: (roundId, departmentId, budget) =>
      showDepartmentRound(deps.store, roundId, departmentId, budget),
    async showChannelRounds(channelId, name) {
      const snapshots = await loadPlansInForce(deps.store);
      if (!snapshots.ok) return snapshots;
      const views: DepartmentRoundView[] = [];
      for (const snapshot of snapshots.value) {
        const shown = channelRounds(snapshot, channelId, name);
        if (!shown.ok) return shown;
        views.push(...shown.value);
      }
      return ok(views);
    },
    async channelDepartment(channelId, name) {
      const snapshot = await deps.store.loadPlan();
      return snapshot.ok ? ok(linkedDepartment(snapshot.value, channelId, name)) : snapshot;
    },
    linkChannel: (input) => linkChannel(channelDeps, input),
    unlinkChannel: (input) => unlinkChannel(channelDeps, input),
    channelChoices: (input) => channelChoices(channelDeps, input),
    registerInstallation: (installation) => registerInstallation(deps.channels, installation),
    forgetInstallation: (channelId) => forgetInstallation(deps.channels, channelId),
    signOffDepartment: (input) => signOffDepartment(answerDeps, input),
    reopenDepartment: (input) => reopenDepartment(answerDeps, input),
    ...tabUseCases(deps, authorization),
    planWork: planWorkUseCases({ store: deps.store, authorization, clock: deps.clock }),
  };
}

const noReminders =
  'Påminnelser kan inte skickas härifrån: påminnelsekörningen är inte konfigurerad.';

function tabUseCases(
  deps: UseCaseDeps,
  authorization: Authorization,
): Pick<
  UseCases,
  | 'editActivity'
  | 'openRound'
  | 'closeRound'
  | 'createPlan'
  | 'adoptPlan'
  | 'revisePlan'
  | 'updatePlan'
  | 'correctDecision'
  | 'activityHistory'
  | 'sendReminderNow'
  | 'refreshPostedCards'
> {
  const managed = { store: deps.store, authorization };
  const rounds = { ...managed, clock: deps.clock };
  const run = deps.reminderRun;
  return {
    editActivity: (input) => editActivity(rounds, input),
    openRound: (input) => openRound(rounds, input),
    closeRound: (input) => closeRound(rounds, input),
    createPlan: (input) => createPlan(managed, input),
    adoptPlan: (input) => adoptPlan(managed, input),
    revisePlan: (input) => revisePlan(managed, input),
    updatePlan: (input) => updatePlan(managed, input),
    correctDecision: (input) => correctDecision(managed, input),
    activityHistory: (activityId) => activityHistory(deps.store, activityId),
    sendReminderNow: (input) =>
      run
        ? sendReminderNow({ run, authorization, clock: deps.clock }, input)
        : Promise.resolve(fail('unavailable', noReminders)),
    refreshPostedCards: (roundId, departmentId) =>
      run ? refreshPostedCards(run, roundId, departmentId) : Promise.resolve(ok(0)),
  };
}
