import type { ChannelPoster } from '../../app/ports.js';
import { createUseCases } from '../../app/use-cases/use-cases.js';
import { createBotApp, type BotApp } from '../../bot/create-bot-app.js';
import type { Clock } from '../../domain/clock.js';
import type { Graph } from '../../graph/client/gateway.js';
import type { GraphStoreOptions } from '../../graph/store/context.js';
import { GraphChannelDirectory } from '../../graph/store/graph-channel-directory.js';
import { GraphPlanStore } from '../../graph/store/graph-plan-store.js';
import { GraphReminderStore } from '../../graph/store/graph-reminder-store.js';
import type { PlanEntry } from '../../graph/store/site-ref.js';
import { GraphTeamMembership } from '../../graph/team-membership.js';
import { GraphUserDirectory } from '../../graph/user-directory.js';
import { createDevTokenValidator } from '../api/dev-token-validator.js';
import { createEntraTokenValidator } from '../api/entra-token-validator.js';
import { createApiRouter, type ApiRouter } from '../api/router.js';
import type { TokenValidator } from '../api/token-validator.js';
import { GraphPostFinder } from '../../graph/teams/graph-post-finder.js';
import { reminderRunDeps, type ReminderRunWiring } from '../functions/reminder-run.js';
import type { Logger } from '../logger.js';
import { botConfigOf } from './bot-config.js';
import { isProductionLike, type ConfigRefusal, type ServeConfig } from './serve-config-types.js';
import { departmentLink } from './tab-links.js';

/**
 * The app's parts on an opened site: the Graph stores, team membership from Teams, the use
 * cases, the bot (its ChannelPoster also posts the reminder run's cards) and the tab's API with
 * the token validator the configuration names.
 */

export type Composed = {
  readonly bot: BotApp;
  readonly api: ApiRouter;
  readonly wiring: ReminderRunWiring;
  /** The plans' item ids the app's store knows (for /config.json). */
  readonly knownPlans: () => Record<string, PlanEntry>;
};

export type ComposeInput = {
  readonly config: ServeConfig;
  readonly stores: GraphStoreOptions & { readonly graph: Graph };
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where the cards' links open the tab. */
  readonly linkBase: string;
  readonly workingGroupTeamId: string;
};

function tokensOf(config: ServeConfig, clock: Clock, graph: Graph): TokenValidator {
  const api = config.api;
  if (api?.kind === 'entra') {
    const { tenantId, clientId, audience } = api;
    const authorityHost = config.authorityHost;
    return createEntraTokenValidator({
      tenantId,
      clientId,
      appIdUri: audience,
      authorityHost,
      clock,
    });
  }
  if (isProductionLike(config.mode))
    throw new Error('Dev tokens are never accepted in production.');
  // Dev tokens are anyone's to write: only the (emulator's) directory's users are signed in.
  return createDevTokenValidator({ clock, directory: new GraphUserDirectory({ graph, clock }) });
}

/** Proactive posts go through the bot's poster, which exists once the bot does. */
function laterPoster(bot: () => BotApp | undefined): ChannelPoster {
  const poster = () => {
    const app = bot();
    if (!app) throw new Error('The bot is not composed yet.');
    return app.poster;
  };
  return {
    post: (channel, card, key) => poster().post(channel, card, key),
    update: (channel, message, card) => poster().update(channel, message, card),
    memberIds: (channel) => poster().memberIds(channel),
  };
}

export function compose(input: ComposeInput): Composed | ConfigRefusal {
  const { config, stores, clock, logger } = input;
  const links = { webBase: input.linkBase, teamsAppId: config.teamsAppId };
  const botConfig = botConfigOf(config, departmentLink(links));
  if ('ok' in botConfig) return botConfig;
  const late: { bot?: BotApp } = {};
  const store = new GraphPlanStore({
    ...stores,
    onBackgroundFailure: (failure) =>
      logger.warn('Aktivitetens härledda kolumner kunde inte skrivas efter svaret', {
        reason: failure.reason,
      }),
  });
  const wiring: ReminderRunWiring = {
    plans: store,
    reminders: new GraphReminderStore(stores),
    clock,
    poster: laterPoster(() => late.bot),
    ...(config.realGraph ? { finder: new GraphPostFinder(stores.graph) } : {}),
    tabUrl: input.linkBase,
    ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
    ...(config.reminderPostsPerSecond
      ? { settings: { postsPerSecond: config.reminderPostsPerSecond } }
      : {}),
  };
  const useCases = createUseCases({
    store,
    channels: new GraphChannelDirectory(stores),
    membership: new GraphTeamMembership({ graph: stores.graph, clock }),
    clock,
    workingGroupTeamId: input.workingGroupTeamId,
    reminderRun: reminderRunDeps(wiring),
  });
  const bot = createBotApp({ useCases, clock, config: botConfig, logger });
  late.bot = bot;
  const api = createApiRouter({
    useCases,
    store,
    tokens: tokensOf(config, clock, stores.graph),
    clock,
    logger,
  });
  return { bot, api, wiring, knownPlans: () => store.knownPlans() };
}
