import type { ChannelLink, TeamMembership } from './ports.js';
import { fail, ok, type Result } from './result.js';

/**
 * Who may do what, for the bot and the tab's API alike. Membership is always asked of Teams
 * (the TeamMembership port: Graph `GET /teams/{id}/members`), never read from card data or a
 * request body:
 * - answers for a department: a member of the department's team, i.e. the team of the channel
 *   the department is linked to (its ChannelLink);
 * - plan edits, rounds, channel links: a member of the working group's team (configured).
 * A failing membership check (throttled, unavailable) is returned as it is, never as a yes.
 */

/** The person acting, as Teams or Entra identifies them (object id and display name). */
export type Caller = { readonly id: string; readonly name: string };

export type AuthorizationSettings = {
  readonly membership: TeamMembership;
  /** The Entra group id of the working group's team (samverkansgruppen). */
  readonly workingGroupTeamId: string;
};

export type Authorization = {
  /** May `caller` answer for the department whose team is `departmentTeamId`? */
  canAnswer(caller: Caller, departmentTeamId: string | undefined): Promise<Result<void>>;
  /** May `caller` edit the plan, open or close rounds and link channels? */
  canManage(caller: Caller): Promise<Result<void>>;
  /** Is `caller` in the working group (a yes/no for showing things, not a gate)? */
  isWorkingGroup(caller: Caller): Promise<Result<boolean>>;
};

const forbiddenMessages = {
  anonymous: 'Vi kunde inte se vem du är i Teams, så inget sparades.',
  noTeam:
    'Förvaltningen har ingen kopplad kanal i Teams, så vi kan inte se vilka som får svara. Be arbetsgruppen koppla kanalen.',
  notDepartmentMember:
    'Du kan inte svara för den här förvaltningen. Bara medlemmar i förvaltningens team kan svara.',
  notWorkingGroup: 'Bara medlemmar i arbetsgruppen kan göra det här.',
} as const;

/** The team whose members answer for a department: the team of its linked channel. */
export function departmentTeamId(
  channels: readonly ChannelLink[],
  departmentId: string,
): string | undefined {
  return channels.find((c) => c.target === departmentId)?.teamId;
}

function hasIdentity(caller: Caller): boolean {
  return caller.id.trim() !== '';
}

async function member(
  membership: TeamMembership,
  teamId: string,
  caller: Caller,
  refusal: string,
): Promise<Result<void>> {
  const answer = await membership.isMember(teamId, caller.id);
  if (!answer.ok) return answer;
  return answer.value ? ok(undefined) : fail('forbidden', refusal);
}

export function createAuthorization(settings: AuthorizationSettings): Authorization {
  const { membership, workingGroupTeamId } = settings;
  if (workingGroupTeamId.trim() === '') throw new Error('workingGroupTeamId is required');
  return {
    canAnswer(caller, teamId) {
      if (!hasIdentity(caller))
        return Promise.resolve(fail('forbidden', forbiddenMessages.anonymous));
      if (teamId === undefined || teamId === '') {
        return Promise.resolve(fail('forbidden', forbiddenMessages.noTeam));
      }
      return member(membership, teamId, caller, forbiddenMessages.notDepartmentMember);
    },
    canManage(caller) {
      if (!hasIdentity(caller))
        return Promise.resolve(fail('forbidden', forbiddenMessages.anonymous));
      return member(membership, workingGroupTeamId, caller, forbiddenMessages.notWorkingGroup);
    },
    async isWorkingGroup(caller) {
      if (!hasIdentity(caller)) return ok(false);
      return membership.isMember(workingGroupTeamId, caller.id);
    },
  };
}
