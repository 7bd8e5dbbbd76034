import { app, type InvocationContext, type Timer } from '@azure/functions';
import { failureText } from '../../app/result.js';
import { loadBundledManifest } from '../../graph/site-schema/manifest.js';
import { openSite, type SiteRef } from '../../graph/store/site-ref.js';
import { processConfig } from '../config.js';
import { connectGraph, type GraphConnection } from '../graph-connection.js';
import { GraphPostFinder } from '../../graph/teams/graph-post-finder.js';
import { runRemindersWith } from './reminder-run.js';
import { remindOnTimer } from './remind-timer-handler.js';
import { connectorPoster, readRemindEnv } from './remind-settings.js';

/**
 * Production entry: an Azure Functions (Node.js v4 programming model) timer that runs the
 * reminder run Monday–Friday. NCRONTAB runs in UTC unless WEBSITE_TIME_ZONE is set (not on
 * Linux Consumption), so it fires at 06:30 and 07:30 UTC: one of the two is 08:30 in Stockholm
 * (summer or winter time), the other finds nothing new (the run posts only stages whose moment
 * has come, each once). Days off are skipped by the calendar: no stage falls on one.
 * Configuration: the app settings of src/server/config.ts and remind-settings.ts.
 */

export const remindTimerSchedule = '0 30 6,7 * * 1-5';

let connection: { graph: GraphConnection; site: SiteRef } | undefined;

async function connected(): Promise<{ graph: GraphConnection; site: SiteRef }> {
  if (connection) return connection;
  const config = processConfig();
  if (!config.ok) throw new Error(config.message);
  const { graphUrl, siteUrl, credential } = config.value;
  if (!siteUrl) throw new Error('AKTIVITETSPLAN_SITE_URL saknas.');
  const graph = connectGraph({ graphUrl, siteUrl, ...(credential ? { credential } : {}) });
  const site = await openSite(graph.graph, siteUrl, loadBundledManifest().schema);
  if (!site.ok) throw new Error(failureText(site.error));
  connection = { graph, site: site.value };
  return connection;
}

async function remindTimer(timer: Timer, context: InvocationContext): Promise<void> {
  const env = readRemindEnv(process.env);
  if (!env.ok) throw new Error(env.message);
  const { graph, site } = await connected();
  const log = {
    log: (m: string) => context.log(m),
    warn: (m: string) => context.warn(m),
    error: (m: string) => context.error(m),
  };
  await remindOnTimer(
    () =>
      runRemindersWith({
        graph: graph.graph,
        site,
        clock: { now: () => new Date() },
        poster: connectorPoster(env.value.bot, env.value.postsPerSecond),
        finder: new GraphPostFinder(graph.graph),
        tabUrl: env.value.tabUrl,
        ...(env.value.teamsAppId ? { teamsAppId: env.value.teamsAppId } : {}),
        ...(env.value.postsPerSecond
          ? { settings: { postsPerSecond: env.value.postsPerSecond } }
          : {}),
      }),
    log,
    timer.isPastDue,
  );
}

app.timer('remind', { schedule: remindTimerSchedule, handler: remindTimer });
