import type { PlanEntry } from '../../graph/store/site-ref.js';
import type { RunningEmulator } from '../../emulator/start.js';
import type { Clock } from '../../domain/clock.js';
import type { Graph } from '../../graph/client/gateway.js';
import type { SiteRef } from '../../graph/store/site-ref.js';
import type { ApiRouter } from '../api/router.js';
import { loggedReminderRun } from '../functions/reminder-run.js';
import { viaConnector } from '../functions/remind-settings.js';
import { localPlayground } from '../playground/default-playground.js';
import { ensurePlaygroundLinks } from '../playground/playground-links.js';
import { startPlayground } from '../playground/start-playground.js';
import { startReminderScheduler } from '../scheduler.js';
import { localServices, startBotServer } from './local-services.js';

export type LocalTeamsOptions = {
  readonly emulator: RunningEmulator;
  readonly graph: Graph;
  readonly site: SiteRef;
  readonly clock: Clock;
  readonly tabOrigin: string;
  readonly botPort: number;
  readonly playgroundPort: number | false;
  readonly scheduler: boolean;
  readonly log: (line: string) => void;
  readonly announce: (name: string, address: string) => void;
};

/**
 * The Teams side of local mode: the bot on /api/messages, the Agents Playground as the Teams
 * client with the departments linked to its channels, and the reminder scheduler posting
 * through the Playground's Bot Connector.
 */
export async function startLocalTeams(options: LocalTeamsOptions): Promise<{
  readonly api: ApiRouter;
  readonly knownPlans: () => Record<string, PlanEntry>;
  close(): Promise<void>;
}> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const local = localPlayground(options.emulator.seed);
    const services = localServices({ ...options, workingGroupTeamId: local.workingGroupTeamId });
    const bot = await startBotServer(services.bot, options.botPort);
    closers.push(() => bot.close());
    options.announce('Bot', bot.endpoint);
    let poster = services.reminderPoster;
    if (options.playgroundPort !== false) {
      const playground = await startPlayground({
        botEndpoint: bot.endpoint,
        port: options.playgroundPort,
        config: local.config,
      });
      closers.push(() => playground.stop());
      const linked = await ensurePlaygroundLinks(services.channels, local.links(playground.url));
      if (!linked.ok) options.log(`Kanalerna kunde inte kopplas: ${linked.error.message}`);
      poster = viaConnector(poster, playground.connectorUrl);
      options.announce('Agents Playground', playground.url);
    }
    if (options.scheduler) {
      const scheduler = startReminderScheduler({
        clock: options.clock,
        log: options.log,
        run: loggedReminderRun(
          {
            graph: options.graph,
            site: options.site,
            clock: options.clock,
            poster,
            tabUrl: `${options.tabOrigin}/`,
          },
          options.log,
        ),
      });
      closers.push(() => Promise.resolve(scheduler.stop()));
    }
    return { api: services.api, knownPlans: services.knownPlans, close };
  } catch (error) {
    await close();
    throw error;
  }
}
