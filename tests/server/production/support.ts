import { fileURLToPath } from 'node:url';
import type { PlanData } from '../../../src/domain/model.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { readServeConfig } from '../../../src/server/config.js';
import { connectGraph, type GraphConnection } from '../../../src/server/graph-connection.js';
import { localAppIdentity } from '../../../src/server/local/start-local.js';
import { createJsonLogger, type Logger } from '../../../src/server/logger.js';
import { startServer, type RunningServer } from '../../../src/server/production/start-server.js';
import { botPlanData, openRound } from '../../bot/support/bot-world.js';
import { contractNow } from '../../graph/fixtures/plan-data.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { siteUrl } from '../../graph/helpers/emulator.js';

/**
 * The Graph emulator with its default seed and the site provisioned with Årsuppföljning 2026
 * open (the social department's activities running through 2026), as `serve` finds a tenant's
 * site; and a logger whose lines the test keeps.
 */

export { contractNow, openRound, siteUrl };

export const social = 'social-omsorg';
export const cecilia = { id: '7abd81a3-83aa-4933-9e18-357a870532b9', name: 'Cecilia Carlsson' };

export function socialActivityIds(): string[] {
  return seedPlan.activities
    .filter((a) => a.responsibleDepartmentId === social)
    .map((a) => a.id)
    .slice(0, 2);
}

/**
 * Each seeded department linked to its own team's first channel, as `koppla` would, with the
 * Bot Connector at `serviceUrl` (default an address nothing answers).
 */
export async function servedEmulator(
  data: PlanData = botPlanData(),
  serviceUrl = 'http://127.0.0.1:9/',
): Promise<GraphStores> {
  const stores = await graphStores(data);
  const seed = stores.emulator.emulator.seed;
  for (const department of seedPlan.departments) {
    const team = seed.teams.find((t) => t.displayName === department.name);
    if (!team?.channels[0]) continue;
    const linked = await stores.channels.linkChannel({
      target: department.id,
      teamId: team.id,
      channelId: team.channels[0].id,
      tenantId: seed.tenant.id,
      serviceUrl,
    });
    if (!linked.ok) throw new Error(linked.error.message);
  }
  return stores;
}

/** A connection to the emulator as the app identity (what `serve` would build in a tenant). */
export function emulatorConnection(stores: GraphStores): GraphConnection {
  const { emulator } = stores.emulator;
  return connectGraph({
    graphUrl: emulator.url,
    siteUrl,
    devUser: { ...localAppIdentity, tenantId: emulator.seed.tenant.id },
    caPem: emulator.caPem,
  });
}

export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createJsonLogger({
    write: (line) => lines.push(line),
    clock: { now: () => contractNow },
  });
  return { logger, lines };
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * `serve` started as it starts itself: its settings read from `env` and its own composition, at
 * the contract's date, logging to `logger`, with Graph through `graph` when given.
 */
export async function serveWith(
  env: Record<string, string>,
  deps: { readonly logger: Logger; readonly graph?: GraphConnection },
): Promise<RunningServer> {
  const config = readServeConfig(env);
  if (!config.ok) throw new Error(config.message);
  const started = await startServer(config.value, {
    root,
    clock: fixedClock(contractNow),
    logger: deps.logger,
    graph: deps.graph,
  });
  if (!started.ok) throw new Error(started.message);
  return started.value;
}
