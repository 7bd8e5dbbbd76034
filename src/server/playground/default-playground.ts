import { seedPlan } from '../../domain/seed/seed-plan.js';
import { defaultSeed } from '../../emulator/seed.js';
import type { ChannelLink } from '../../app/ports.js';
import {
  playgroundChannelLinks,
  playgroundSetup,
  type Directory,
  type PlaygroundSetup,
} from './playground-config.js';

/**
 * The Playground for `npm start`: the mock tenant from the seeded plan's departments and the
 * emulator's seeded directory, and the links that point the departments at its channels.
 * The working group's team is the directory's team whose name is not a department's.
 */

function workingGroupTeamOf(directory: Directory, departmentNames: readonly string[]): string {
  const team = directory.teams.find((t) => !departmentNames.includes(t.displayName));
  if (!team) throw new Error('The directory has no team for the working group.');
  return team.id;
}

export function localPlayground(
  directory: Directory = defaultSeed,
  departments = seedPlan.departments,
): PlaygroundSetup & {
  readonly workingGroupTeamId: string;
  links(playgroundUrl: string): ChannelLink[];
} {
  const workingGroupTeamId = workingGroupTeamOf(
    directory,
    departments.map((d) => d.name),
  );
  const setup = playgroundSetup({ departments, directory, workingGroupTeamId });
  return { ...setup, workingGroupTeamId, links: (url) => playgroundChannelLinks(setup, url) };
}
