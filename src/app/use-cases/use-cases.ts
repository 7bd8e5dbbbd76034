import type { Clock } from '../../domain/clock.js';
import { createAuthorization, type Authorization, type Caller } from '../authorization.js';
import type {
  ChannelDirectory,
  ChannelLink,
  PlanSnapshot,
  PlanStore,
  TeamMembership,
  Versioned,
} from '../ports.js';
import type { Result } from '../result.js';
import type { FollowUpRound } from '../../domain/model.js';
import {
  answerFollowUps,
  type AnswerFollowUpsInput,
  type AnswerOutcome,
} from './answer-follow-ups.js';
import { DepartmentTeams } from './department-teams.js';
import {
  currentRoundFor,
  departmentRoundView,
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
};

export type UseCases = {
  readonly authorization: Authorization;
  answerFollowUps(input: AnswerFollowUpsInput): Promise<AnswerOutcome>;
  showDepartmentRound(roundId: string, departmentId: string): Promise<Result<DepartmentRoundView>>;
  /** The department linked to a channel, in its current round (for the bot's card command). */
  showChannelRound(channelId: string): Promise<Result<DepartmentRoundView | undefined>>;
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
  registerInstallation(installation: Installation): Promise<Result<ChannelLink>>;
  forgetInstallation(channelId: string): Promise<Result<void>>;
};

function channelRound(
  snapshot: PlanSnapshot,
  channelId: string,
): Result<DepartmentRoundView | undefined> {
  const link = snapshot.channels.find(
    (c) => c.channelId === channelId && snapshot.departments.some((d) => d.id === c.target),
  );
  if (!link) return { ok: true, value: undefined };
  const round: Versioned<FollowUpRound> | undefined = currentRoundFor(snapshot, link.target);
  if (!round) return { ok: true, value: undefined };
  return departmentRoundView(snapshot, round.id, link.target);
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
    showDepartmentRound: (roundId, departmentId) =>
      showDepartmentRound(deps.store, roundId, departmentId),
    async showChannelRound(channelId) {
      const snapshot = await deps.store.loadPlan();
      return snapshot.ok ? channelRound(snapshot.value, channelId) : snapshot;
    },
    linkChannel: (input) => linkChannel(channelDeps, input),
    unlinkChannel: (input) => unlinkChannel(channelDeps, input),
    channelChoices: (input) => channelChoices(channelDeps, input),
    registerInstallation: (installation) => registerInstallation(deps.channels, installation),
    forgetInstallation: (channelId) => forgetInstallation(deps.channels, channelId),
  };
}
