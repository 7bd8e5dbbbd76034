import type { EmulatorSeed } from '../../emulator/seed.js';
import type { Department } from '../../domain/model.js';

export type DemoUser = {
  readonly id: string;
  readonly name: string;
  readonly upn: string;
  readonly role: 'workingGroup' | 'departmentContact' | 'manager';
  readonly departmentId?: string;
};

/** The emulator's team for the working group (samverkansgruppen). */
export function workingGroupTeam(seed: EmulatorSeed): EmulatorSeed['teams'][number] | undefined {
  return seed.teams.find((t) => /samverkan/i.test(t.displayName));
}

/** The emulator's team of each department, matched by the department's name. */
function departmentTeams(
  seed: EmulatorSeed,
  departments: readonly Department[],
): Map<string, EmulatorSeed['teams'][number]> {
  const teams = new Map<string, EmulatorSeed['teams'][number]>();
  for (const department of departments) {
    const team = seed.teams.find((t) => t.displayName === department.name);
    if (team) teams.set(department.id, team);
  }
  return teams;
}

/**
 * The people the local sign-in page offers: the working group's members, one contact per
 * department (the first member of its team) and a manager (a user in no team), all from the
 * emulator's seeded tenant so that authorization runs on real team membership.
 */
export function demoUsers(seed: EmulatorSeed, departments: readonly Department[]): DemoUser[] {
  const byId = new Map(seed.users.map((u) => [u.id, u]));
  const users: DemoUser[] = [];
  const used = new Set<string>();
  const add = (id: string, role: DemoUser['role'], departmentId?: string) => {
    const user = byId.get(id);
    if (!user || used.has(id)) return;
    used.add(id);
    users.push({
      id,
      name: user.displayName,
      upn: user.userPrincipalName,
      role,
      ...(departmentId ? { departmentId } : {}),
    });
  };
  for (const member of workingGroupTeam(seed)?.members ?? []) add(member.userId, 'workingGroup');
  for (const [departmentId, team] of departmentTeams(seed, departments)) {
    const contact = team.members.find((m) => !used.has(m.userId));
    if (contact) add(contact.userId, 'departmentContact', departmentId);
  }
  const inTeams = new Set(seed.teams.flatMap((t) => t.members.map((m) => m.userId)));
  const manager = seed.users.find((u) => !inTeams.has(u.id)) ?? seed.users.at(-1);
  if (manager) add(manager.id, 'manager');
  return users;
}
