import { InMemoryChannelDirectory } from '../../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../../src/app/in-memory/plan-store.js';
import type { ChannelLink, PlanStore, TeamMembership } from '../../../src/app/ports.js';
import { fail, ok, type Result } from '../../../src/app/result.js';
import { createUseCases, type UseCases } from '../../../src/app/use-cases/use-cases.js';
import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { fixedClock, type Clock } from '../../../src/domain/clock.js';
import type { FollowUpRound } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';

/**
 * The seeded plan with Årsuppföljning 2023 open, every department linked to a channel of its
 * own team (`team-<department id>`), and a membership fake that counts the checks.
 */

const planId = seedPlan.plan.id;
export const openRound: FollowUpRound = toFollowUpRound(annualRound(2023), planId, 'open');
export const workingGroupTeam = 'team-samverkansgruppen';
const serviceUrl = 'https://smba.trafficmanager.net/teams/';

/** People by role: Cecilia is in the social department's team, Anna only in the working group. */
export const people = {
  cecilia: { id: '7abd81a3-83aa-4933-9e18-357a870532b9', name: 'Cecilia Carlsson' },
  bertil: { id: 'bf2978bd-a405-445b-94f4-a1cf917c0306', name: 'Bertil Berg' },
  anna: { id: '41854d2b-b5bf-42bf-9378-f785b360fb6a', name: 'Anna Andersson' },
} as const;

export function linkOf(target: string): ChannelLink {
  return {
    target,
    teamId: target === 'workingGroup' ? workingGroupTeam : `team-${target}`,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'tenant-kommun',
    serviceUrl,
  };
}

export class FakeMembership implements TeamMembership {
  checks = 0;
  failure: Result<never> | undefined;

  constructor(private readonly teams: Record<string, readonly string[]>) {}

  isMember(teamId: string, userId: string): Promise<Result<boolean>> {
    this.checks += 1;
    if (this.failure) return Promise.resolve(this.failure);
    return Promise.resolve(ok((this.teams[teamId] ?? []).includes(userId)));
  }
}

export function throttledMembership(): Result<never> {
  return fail('throttled', 'Graph är överbelastat.', { retryAfterSeconds: 3 });
}

/** Counts the store's calls (each is one Graph round trip on the Graph adapter). */
function countingStore(store: PlanStore): PlanStore & { loads: number; records: number } {
  const counted = {
    loads: 0,
    records: 0,
    loadPlan: (options?: Parameters<PlanStore['loadPlan']>[0]) => {
      counted.loads += 1;
      return store.loadPlan(options);
    },
    saveActivity: store.saveActivity.bind(store),
    saveActivities: store.saveActivities.bind(store),
    saveRound: store.saveRound.bind(store),
    recordFollowUps: (input: Parameters<PlanStore['recordFollowUps']>[0]) => {
      counted.records += 1;
      return store.recordFollowUps(input);
    },
    followUpHistory: store.followUpHistory.bind(store),
    saveSignOff: store.saveSignOff.bind(store),
    touchFollowUps: store.touchFollowUps.bind(store),
    saveArea: store.saveArea.bind(store),
    saveGoal: store.saveGoal.bind(store),
    saveDepartment: store.saveDepartment.bind(store),
    savePlan: store.savePlan.bind(store),
    markAllocation: store.markAllocation.bind(store),
    createPlanItems: store.createPlanItems.bind(store),
  };
  return counted;
}

export type World = {
  readonly store: InMemoryPlanStore;
  readonly counted: ReturnType<typeof countingStore>;
  readonly channels: InMemoryChannelDirectory;
  readonly membership: FakeMembership;
  readonly useCases: UseCases;
  /** The use cases' clock (the bot builds its cards on the same date). */
  readonly clock: Clock;
};

export function world(rounds: readonly FollowUpRound[] = [openRound]): World {
  const links = [...seedPlan.departments.map((d) => linkOf(d.id)), linkOf('workingGroup')];
  const channels = new InMemoryChannelDirectory(links);
  const store = new InMemoryPlanStore(
    { ...seedPlan, rounds: [...rounds], followUps: [] },
    { channels },
  );
  const counted = countingStore(store);
  const membership = new FakeMembership({
    'team-social-omsorg': [people.cecilia.id, people.bertil.id],
    [workingGroupTeam]: [people.anna.id, people.bertil.id],
  });
  const clock = fixedClock(new Date('2024-02-01T09:00:00Z'));
  const useCases = createUseCases({
    store: counted,
    channels,
    membership,
    clock,
    workingGroupTeamId: workingGroupTeam,
  });
  return { store, counted, channels, membership, useCases, clock };
}
