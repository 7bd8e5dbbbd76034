import type { ChannelLink } from '../../app/ports.js';
import type { Department } from '../../domain/model.js';

/**
 * The Microsoft 365 Agents Playground's mock tenant (`.m365agentsplayground.yml`, config schema
 * 0.1.1, read from the working directory or M365_AGENTS_PLAYGROUND_CONFIG_PATH), generated from
 * the seeded departments and the Graph emulator's directory (users, teams, channels).
 *
 * What the Playground can express (its bundled JSON schema): one team with its General channel
 * and at most one more channel, exactly five users besides the current user, and every user is
 * a member of everything. It cannot hold a channel per department, so:
 * - General (the team's own id) is the working group's channel (the emulator's Samverkansgruppen
 *   channel id; the team's aadGroupId is the working group's team);
 * - the one other channel, "Förvaltningarna", stands in for every department's channel: each
 *   department's link points there (a thread per department's card), while its `teamId` stays the
 *   department's own team in the emulator, so who may answer is still decided per department;
 * - the six users are chosen so that the working group and every department have a member
 *   among them (their Playground ids are `29:<Entra object id>`; aadObjectId is the emulator's).
 */

type DirectoryUser = {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail?: string | undefined;
};

type DirectoryTeam = {
  readonly id: string;
  readonly displayName: string;
  readonly channels: readonly { readonly id: string; readonly displayName: string }[];
  readonly members: readonly { readonly userId: string }[];
};

/** The emulator seed's shape, as far as the Playground needs it. */
export type Directory = {
  readonly tenant: { readonly id: string };
  readonly users: readonly DirectoryUser[];
  readonly teams: readonly DirectoryTeam[];
};

export type PlaygroundInput = {
  readonly departments: readonly Department[];
  readonly directory: Directory;
  /** The working group's team in the directory. */
  readonly workingGroupTeamId: string;
  /** The bot as the Playground shows it; `@<name> koppla` mentions it. */
  readonly bot?: { readonly id: string; readonly name: string };
};

type PlaygroundUser = {
  readonly id: string;
  readonly name: string;
  readonly userPrincipleName: string;
  readonly aadObjectId: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
};

export type PlaygroundConfig = {
  readonly version: '0.1.1';
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly currentUser: PlaygroundUser;
  readonly users: readonly PlaygroundUser[];
  readonly personalChat: { readonly id: string };
  readonly groupChat: { readonly id: string; readonly name: string };
  readonly team: {
    readonly id: string;
    readonly name: string;
    readonly aadGroupId: string;
    readonly channels: readonly { readonly id: string; readonly name: string }[];
  };
};

/** Where each department is in the Playground. */
type PlaygroundPlace = {
  readonly target: string;
  readonly channelId: string;
  readonly channelName: string;
  /** The department's own team in the directory (membership is checked there). */
  readonly teamId: string;
};

export type PlaygroundSetup = {
  readonly config: PlaygroundConfig;
  readonly places: readonly PlaygroundPlace[];
  /** Departments with no team of their name in the directory (left unlinked). */
  readonly unplaced: readonly Department[];
};

export const departmentsChannel = {
  id: '19:aktivitetsplan-forvaltningarna@thread.tacv2',
  name: 'Förvaltningarna',
} as const;
const playgroundBot = { id: '28:aktivitetsplan-local', name: 'Aktivitetsplan' } as const;
const userCount = 6;

function playgroundUser(user: DirectoryUser): PlaygroundUser {
  const [givenName = user.displayName, ...rest] = user.displayName.split(' ');
  const email = user.mail ?? user.userPrincipalName;
  return {
    id: `29:${user.id}`,
    name: user.displayName,
    userPrincipleName: user.userPrincipalName,
    aadObjectId: user.id,
    givenName,
    surname: rest.join(' ') || givenName,
    email,
  };
}

function fillerUser(n: number): DirectoryUser {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    displayName: `Testperson ${n}`,
    userPrincipalName: `testperson${n}@example.invalid`,
  };
}

/**
 * Six users: first a working-group member with the most teams (the current user, who can both
 * link channels and answer), then each time whoever is in the most teams nobody chosen is in
 * yet; once every team is covered, people in the fewest teams (someone who may not answer).
 */
function chooseUsers(input: PlaygroundInput, teams: readonly DirectoryTeam[]): DirectoryUser[] {
  const { directory } = input;
  const memberOf = (user: DirectoryUser) =>
    teams.filter((t) => t.members.some((m) => m.userId === user.id)).map((t) => t.id);
  const workingGroup = directory.teams.find((t) => t.id === input.workingGroupTeamId);
  const inWorkingGroup = (user: DirectoryUser) =>
    workingGroup?.members.some((m) => m.userId === user.id) ?? false;
  const chosen: DirectoryUser[] = [];
  const best = (score: (user: DirectoryUser) => number) =>
    directory.users
      .filter((u) => !chosen.includes(u))
      .reduce<DirectoryUser | undefined>(
        (top, u) => (top === undefined || score(u) > score(top) ? u : top),
        undefined,
      );
  const first = best((u) => (inWorkingGroup(u) ? 100 : 0) + memberOf(u).length);
  if (first) chosen.push(first);
  while (chosen.length < userCount) {
    const covered = new Set(chosen.flatMap(memberOf));
    const fresh = (u: DirectoryUser) => memberOf(u).filter((t) => !covered.has(t)).length;
    const next = best((u) => fresh(u) * 100 - memberOf(u).length);
    chosen.push(next ?? fillerUser(chosen.length));
  }
  return chosen;
}

export function playgroundSetup(input: PlaygroundInput): PlaygroundSetup {
  const { directory } = input;
  const workingGroup = directory.teams.find((t) => t.id === input.workingGroupTeamId);
  if (!workingGroup)
    throw new Error(`The directory has no working-group team ${input.workingGroupTeamId}.`);
  const general = workingGroup.channels[0];
  if (!general) throw new Error('The working group team has no channel.');
  const teamOf = (d: Department) => directory.teams.find((t) => t.displayName === d.name);
  const placed = input.departments.filter((d) => teamOf(d) !== undefined);
  const places: PlaygroundPlace[] = [
    {
      target: 'workingGroup',
      channelId: general.id,
      channelName: general.displayName,
      teamId: workingGroup.id,
    },
    ...placed.map((d) => ({
      target: d.id,
      channelId: departmentsChannel.id,
      channelName: departmentsChannel.name,
      teamId: teamOf(d)!.id,
    })),
  ];
  const teams = [workingGroup, ...placed.map((d) => teamOf(d)!)];
  const [currentUser, ...users] = chooseUsers(input, teams).map(playgroundUser);
  return {
    config: {
      version: '0.1.1',
      tenantId: directory.tenant.id,
      bot: input.bot ?? playgroundBot,
      currentUser: currentUser!,
      users,
      personalChat: { id: 'aktivitetsplan-personal-chat' },
      groupChat: { id: 'aktivitetsplan-group-chat', name: 'Gruppchatt' },
      team: {
        id: general.id,
        name: workingGroup.displayName,
        aadGroupId: workingGroup.id,
        channels: [departmentsChannel],
      },
    },
    places,
    unplaced: input.departments.filter((d) => teamOf(d) === undefined),
  };
}

/** The channel links that make the Playground's channels the departments' (and working group's). */
export function playgroundChannelLinks(
  setup: PlaygroundSetup,
  playgroundUrl: string,
): ChannelLink[] {
  const serviceUrl = `${playgroundUrl.replace(/\/+$/, '')}/_connector`;
  return setup.places.map((place) => ({
    target: place.target,
    teamId: place.teamId,
    channelId: place.channelId,
    channelName: place.channelName,
    tenantId: setup.config.tenantId,
    serviceUrl,
    conversationId: place.channelId,
    linkedBy: 'Agents Playground (lokalt)',
  }));
}
