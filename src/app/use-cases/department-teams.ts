import type { ChannelLink } from '../ports.js';

/**
 * The team each department answers from, as last seen in a snapshot. Only a hint that lets the
 * membership check start in parallel with loading the plan: the use case always compares the
 * hint with the team in the fresh snapshot and checks again when they differ. One per process.
 */
export class DepartmentTeams {
  private readonly teams = new Map<string, string>();

  get(departmentId: string): string | undefined {
    return this.teams.get(departmentId);
  }

  remember(channels: readonly ChannelLink[]): void {
    this.teams.clear();
    for (const link of channels) this.teams.set(link.target, link.teamId);
  }
}
