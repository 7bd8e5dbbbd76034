import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createUseCases } from '../../app/use-cases/use-cases.js';
import type { Clock } from '../../domain/clock.js';
import { createBotApp, type BotApp } from '../../bot/create-bot-app.js';
import type { BotLogger } from '../../bot/bot-deps.js';
import { loadBundledManifest } from '../../graph/site-schema/manifest.js';
import { GraphChannelDirectory } from '../../graph/store/graph-channel-directory.js';
import type { PlanEntry } from '../../graph/store/site-ref.js';
import { GraphPlanStore } from '../../graph/store/graph-plan-store.js';
import type { SiteRef } from '../../graph/store/site-ref.js';
import { GraphTeamMembership } from '../../graph/team-membership.js';
import { GraphUserDirectory } from '../../graph/user-directory.js';
import type { Graph } from '../../graph/client/gateway.js';
import { createDevTokenValidator } from '../api/dev-token-validator.js';
import { jsonLineLogger } from '../api/api-logger.js';
import { createApiRouter, type ApiRouter } from '../api/router.js';
import { reminderRunDeps } from '../functions/reminder-run.js';
import type { FetchLike } from '../../graph/client/create-client.js';
import { createGraphProxy } from './graph-proxy.js';
import { connectorPoster } from '../functions/remind-settings.js';

export type LocalServicesOptions = {
  readonly graph: Graph;
  readonly site: SiteRef;
  readonly clock: Clock;
  readonly workingGroupTeamId: string;
  /** The tab's public origin, for the cards' links (`https://localhost:53000`). */
  readonly tabOrigin: string;
  readonly log: (line: string) => void;
};

export type LocalServices = {
  readonly bot: BotApp;
  readonly api: ApiRouter;
  readonly channels: GraphChannelDirectory;
  /** The reminder run's ChannelPoster: the bot's connector client, one try per post. */
  readonly reminderPoster: ReturnType<typeof connectorPoster>;
  /** The plans' item ids the app's store knows (for /config.json). */
  readonly knownPlans: () => Record<string, PlanEntry>;
};

const botLogger = (log: (line: string) => void): BotLogger => ({
  info: () => undefined,
  warn: (message) => log(`Boten: ${message}`),
  error: (message) => log(`Boten: ${message}`),
});

/** The stores, use cases, bot and API of local mode, all writing with the app's identity. */
export function localServices(options: LocalServicesOptions): LocalServices {
  const storeOptions = {
    graph: options.graph,
    site: options.site,
    schema: loadBundledManifest().schema,
    clock: options.clock,
  };
  const store = new GraphPlanStore({
    ...storeOptions,
    onBackgroundFailure: (failure) =>
      options.log(
        `Aktivitetens härledda kolumner kunde inte skrivas efter svaret: ${failure.message}`,
      ),
  });
  const channels = new GraphChannelDirectory(storeOptions);
  const membership = new GraphTeamMembership({ graph: options.graph, clock: options.clock });
  const tabUrl = `${options.tabOrigin}/`;
  const reminderPoster = connectorPoster({});
  const useCases = createUseCases({
    store,
    channels,
    membership,
    clock: options.clock,
    workingGroupTeamId: options.workingGroupTeamId,
    reminderRun: reminderRunDeps({
      graph: options.graph,
      site: options.site,
      clock: options.clock,
      poster: reminderPoster,
      tabUrl,
    }),
  });
  const bot = createBotApp({
    useCases,
    clock: options.clock,
    logger: botLogger(options.log),
    config: {
      production: false,
      locale: 'sv',
      tabUrl: (round, department) =>
        `${tabUrl}#/min-forvaltning?forvaltning=${encodeURIComponent(department)}&omgang=${encodeURIComponent(round)}`,
    },
  });
  const api = createApiRouter({
    useCases,
    store,
    tokens: createDevTokenValidator({
      clock: options.clock,
      directory: new GraphUserDirectory({ graph: options.graph, clock: options.clock }),
    }),
    clock: options.clock,
    logger: jsonLineLogger(() => undefined),
  });
  return { bot, api, channels, reminderPoster, knownPlans: () => store.knownPlans() };
}

/**
 * The tab's Graph, proxied to the emulator with the user's own dev token. Like the API it signs
 * in only the emulator directory's users: a dev token for anyone else gets Graph's 401.
 */
export function localGraphProxy(options: {
  readonly graph: Graph;
  readonly target: string;
  readonly fetch: FetchLike;
  readonly clock: Clock;
}) {
  const directory = new GraphUserDirectory({ graph: options.graph, clock: options.clock });
  const tokens = createDevTokenValidator({
    clock: options.clock,
    audiences: ['https://graph.microsoft.com'],
    directory,
  });
  return createGraphProxy({ target: options.target, fetch: options.fetch, tokens });
}

/** The bot's endpoint over plain HTTP on the loopback address (as a dev tunnel would see it). */
export async function startBotServer(
  bot: BotApp,
  port: number,
): Promise<{ readonly endpoint: string; close(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.use(bot.router);
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${actual}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
