import { InMemoryChannelDirectory } from '../../../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../../../src/app/in-memory/plan-store.js';
import { InMemoryReminderStore } from '../../../../src/app/in-memory/reminder-store.js';
import type { ChannelLink } from '../../../../src/app/ports.js';
import { createUseCases } from '../../../../src/app/use-cases/use-cases.js';
import { annualRound, toFollowUpRound } from '../../../../src/domain/calendar/rounds.js';
import { fixedClock, type Clock } from '../../../../src/domain/clock.js';
import type { PlanData } from '../../../../src/domain/model.js';
import { seedPlan } from '../../../../src/domain/seed/seed-plan.js';
import { createDevTokenValidator } from '../../../../src/server/api/dev-token-validator.js';
import { createApiRouter, type ApiRouter } from '../../../../src/server/api/router.js';
import type { TokenValidator } from '../../../../src/server/api/token-validator.js';
import { fakeCards, RecordingPoster } from '../../../app/reminders/fakes.js';
import { FaultyPlanStore, MemoryTeamMembership, RecordingLogger } from './fakes.js';
import { serveApi, type ApiServer, type DemoUser } from './http.js';

/**
 * The API over the in-memory fakes: the seeded plan with Årsuppföljning 2023 open (social- och
 * omsorgsförvaltningen has six activities in it) and 2022 closed, on 1 February 2024.
 */

export const now = new Date('2024-02-01T09:00:00+01:00');

export const users = {
  /** In the working group's team. */
  anna: { id: 'user-anna', name: 'Anna Andersson' },
  /** In social- och omsorgsförvaltningen's team. */
  cecilia: { id: 'user-cecilia', name: 'Cecilia Carlsson' },
  /** In no team. */
  david: { id: 'user-david', name: 'David Dahl' },
} as const satisfies Record<string, DemoUser>;

export const openRoundId = 'annual-2023';
export const closedRoundId = 'annual-2022';
export const social = 'social-omsorg';
/** Social- och omsorgsförvaltningen's activities in 2023. */
export const socialActivities = ['A1.2', 'A2.1', 'A2.2', 'A3.1', 'A4.1', 'A5.2'] as const;

export function link(target: string): ChannelLink {
  return {
    target,
    teamId: `team-${target}`,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'tenant',
    serviceUrl: 'https://smba.example/emea/',
    conversationId: `19:${target}@thread.tacv2`,
  };
}

export function worldData(): PlanData {
  return {
    ...seedPlan,
    rounds: [
      toFollowUpRound(annualRound(2022), seedPlan.plan.id, 'closed'),
      toFollowUpRound(annualRound(2023), seedPlan.plan.id, 'open'),
    ],
  };
}

export type MemoryWorld = {
  readonly api: ApiServer;
  readonly router: ApiRouter;
  readonly store: FaultyPlanStore;
  readonly inner: InMemoryPlanStore;
  readonly channels: InMemoryChannelDirectory;
  readonly reminders: InMemoryReminderStore;
  readonly poster: RecordingPoster;
  readonly membership: MemoryTeamMembership;
  readonly logger: RecordingLogger;
  readonly clock: Clock;
  close(): Promise<void>;
};

export type MemoryWorldOptions = {
  readonly links?: readonly ChannelLink[];
  readonly tokens?: TokenValidator;
  readonly data?: PlanData;
};

const realTimer = {
  now: () => new Date(),
  sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 5))),
};

export async function memoryWorld(options: MemoryWorldOptions = {}): Promise<MemoryWorld> {
  const clock = fixedClock(now);
  const channels = new InMemoryChannelDirectory(
    options.links ?? [link(social), link('workingGroup')],
  );
  const inner = new InMemoryPlanStore(options.data ?? worldData(), { channels });
  const store = new FaultyPlanStore(inner);
  const reminders = new InMemoryReminderStore();
  const poster = new RecordingPoster(realTimer);
  const membership = new MemoryTeamMembership({
    'team-workingGroup': [users.anna.id],
    [`team-${social}`]: [users.cecilia.id, users.anna.id],
  });
  const logger = new RecordingLogger();
  let attempt = 0;
  const useCases = createUseCases({
    store,
    channels,
    membership,
    clock,
    workingGroupTeamId: 'team-workingGroup',
    reminderRun: {
      plans: store,
      reminders,
      poster,
      finder: poster,
      cards: fakeCards,
      timer: realTimer,
      newAttemptId: () => `attempt-${++attempt}`,
      settings: { threadIntervalMs: 0, postsPerSecond: 1000 },
    },
  });
  const tokens = options.tokens ?? createDevTokenValidator({ clock });
  const router = createApiRouter({ useCases, store, tokens, clock, logger });
  const api = await serveApi(router, clock);
  return {
    api,
    router,
    store,
    inner,
    channels,
    reminders,
    poster,
    membership,
    logger,
    clock,
    close: () => api.close(),
  };
}
