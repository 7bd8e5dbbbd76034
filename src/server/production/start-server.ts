import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BotApp } from '../../bot/create-bot-app.js';
import type { Clock } from '../../domain/clock.js';
import { loadBundledManifest } from '../../graph/site-schema/manifest.js';
import { openSite, type SiteRef } from '../../graph/store/site-ref.js';
import type { ApiRouter } from '../api/router.js';
import type { ReminderRunWiring } from '../functions/reminder-run.js';
import { startAppServer, type RunningAppServer } from '../app-server.js';
import { connectGraph, type GraphConnection } from '../graph-connection.js';
import type { Logger } from '../logger.js';
import type { ReminderScheduler } from '../scheduler.js';
import { compose, type Composed } from './compose.js';
import type { DevDefaults } from './dev-defaults.js';
import { startReminders } from './reminders.js';
import { isProductionLike, type ServeConfig } from './serve-config-types.js';
import { tabLinkBase, tenantRuntimeConfig } from './tab-links.js';

/**
 * The production composition root (`aktivitetsplan serve`): Graph with the app's own
 * credentials → the opened site (never provisioned here: that is `npm run provision`, with more
 * rights) → the use cases → the bot at POST /api/messages, the tab's API at /api, the built tab
 * and its /config.json, over plain HTTP behind App Service's TLS (or HTTPS with a configured
 * certificate) → the in-process reminder timer when a schedule is set.
 */

export type ServerDeps = {
  /** The project's root (dist/tab is served from it). */
  readonly root: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** A Graph connection to use instead of connecting with the configuration (tests). */
  readonly graph?: GraphConnection;
};

export type RunningServer = {
  /** Where it listens, e.g. `http://localhost:8080/`. */
  readonly url: string;
  /** Where people and Teams reach it (AKTIVITETSPLAN_TAB_ENDPOINT, else `url`). */
  readonly publicOrigin: string;
  readonly server: RunningAppServer;
  readonly bot: BotApp;
  readonly api: ApiRouter;
  /** What the reminder run posts with (the scheduler's, or a run started by hand). */
  readonly wiring: ReminderRunWiring;
  readonly scheduler?: ReminderScheduler;
  close(): Promise<void>;
};

export type StartResult =
  | { readonly ok: true; readonly value: RunningServer }
  /** A setting (exit code 2) or a site that could not be opened (exit code 1). */
  | { readonly ok: false; readonly exitCode: 1 | 2; readonly message: string };

async function devDefaultsOf(config: ServeConfig): Promise<DevDefaults | undefined> {
  if (!config.devTokens || isProductionLike(config.mode)) return undefined;
  return (await import('./dev-defaults.js')).devDefaults();
}

function graphOf(config: ServeConfig, dev: DevDefaults | undefined): GraphConnection {
  return connectGraph({
    graphUrl: config.graphUrl,
    siteUrl: config.siteUrl ?? '',
    ...(config.credential ? { credential: config.credential } : { devUser: dev?.appUser }),
    ...(config.graphCaFile ? { caPem: readFileSync(config.graphCaFile, 'utf8') } : {}),
    ...(config.sharePointUrl ? { sharePointUrl: config.sharePointUrl } : {}),
  });
}

function tlsOf(config: ServeConfig): { tls?: { cert: string; key: string } } {
  const tls = config.listen.tls;
  if (!tls) return {};
  return {
    tls: { cert: readFileSync(tls.certFile, 'utf8'), key: readFileSync(tls.keyFile, 'utf8') },
  };
}

function serveApp(
  config: ServeConfig,
  deps: ServerDeps,
  dev: DevDefaults | undefined,
  parts: Composed,
  site: SiteRef,
): Promise<RunningAppServer> {
  let origin = config.tabEndpoint;
  const tabDir = join(deps.root, 'dist/tab');
  if (!existsSync(join(tabDir, 'index.html')))
    deps.logger.warn('tab.not_built', { detail: 'dist/tab is missing: run npm run build:tab' });
  const server = startAppServer({
    port: config.listen.port,
    host: config.listen.host,
    ...tlsOf(config),
    tabDir,
    runtimeConfig: () => {
      const at = origin ?? '';
      // The opened site's ids, so the tab's cold open is one Graph round trip.
      const plans = parts.knownPlans();
      const known = {
        site: {
          siteId: site.siteId,
          webUrl: site.webUrl,
          lists: site.lists,
          ...(Object.keys(plans).length > 0 ? { plans } : {}),
        },
      };
      if (config.api?.kind === 'entra')
        return { ...tenantRuntimeConfig(config, config.api, at), ...known };
      const local = dev?.runtimeConfig(at, config.graphUrl, config.siteUrl);
      return local && { ...local, ...known };
    },
    api: parts.api,
    messages: parts.bot.router,
    onError: (error, route) => deps.logger.error('http.unhandled', { ...route, error }),
  });
  return server.then((running) => {
    origin ??= running.url.replace(/\/$/, '');
    return running;
  });
}

export async function startServer(config: ServeConfig, deps: ServerDeps): Promise<StartResult> {
  const { clock, logger } = deps;
  const dev = await devDefaultsOf(config);
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const graph = deps.graph ?? graphOf(config, dev);
    if (!deps.graph) closers.push(() => graph.close());
    const schema = loadBundledManifest().schema;
    const site = await openSite(graph.graph, config.siteUrl ?? '', schema);
    if (!site.ok) {
      await close();
      return { ok: false, exitCode: 1, message: site.error.message };
    }
    logger.info('site.opened', { siteId: site.value.siteId });
    const fallbackOrigin = `http${config.listen.tls ? 's' : ''}://localhost:${config.listen.port}`;
    const parts = compose({
      config,
      stores: { graph: graph.graph, site: site.value, schema, clock },
      clock,
      logger,
      linkBase: tabLinkBase(config, fallbackOrigin),
      workingGroupTeamId: config.workingGroupTeamId ?? dev?.workingGroupTeamId ?? '',
    });
    if ('ok' in parts) {
      await close();
      return { ok: false, exitCode: 2, message: parts.message };
    }
    const server = await serveApp(config, deps, dev, parts, site.value);
    closers.push(() => server.close());
    const scheduler = startReminders(config, parts.wiring, deps);
    if (scheduler) closers.push(() => Promise.resolve(scheduler.stop()));
    const publicOrigin = config.tabEndpoint ?? server.url.replace(/\/$/, '');
    const value = { url: server.url, publicOrigin, server, ...parts, close };
    return { ok: true, value: scheduler ? { ...value, scheduler } : value };
  } catch (error) {
    await close();
    throw error;
  }
}
