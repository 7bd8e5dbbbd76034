import type { PlanEntry } from '../../graph/store/site-ref.js';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedPlan } from '../../domain/seed/seed-plan.js';
import type { Clock } from '../../domain/clock.js';
import { ensureCertificate } from '../../emulator/cert.js';
import { startEmulator, type RunningEmulator } from '../../emulator/start.js';
import { stableGuid } from '../../graph/auth/dev-token.js';
import { ensureSiteReady, type SiteReady } from '../../graph/ensure-site-ready.js';
import { startAppServer, type RunningAppServer } from '../app-server.js';
import { connectGraph, type GraphConnection } from '../graph-connection.js';
import { demoUsers } from './demo-users.js';
import { localGraphProxy } from './local-services.js';
import { ensureTabBuilt } from './tab-build.js';
import { startLocalTeams } from './local-teams.js';
import express, { type RequestHandler } from 'express';

export type LocalStartOptions = {
  /** The project's root folder (where dist/tab and vite.tab.config.ts are). */
  readonly root: string;
  /** Where the emulator keeps its SQLite file and certificates. */
  readonly dataDir: string;
  readonly emulatorPort: number;
  readonly tabPort: number;
  readonly botPort: number;
  /** The Agents Playground's port; `false`: don't start it. */
  readonly playgroundPort: number | false;
  /** Run the reminder scheduler in process (weekdays 08:30 Stockholm, and once at start). */
  readonly scheduler: boolean;
  readonly clock: Clock;
  /** Progress, in Swedish, for people. */
  readonly log: (line: string) => void;
  /** One `Name: address` line per service started. */
  readonly announce: (name: string, address: string) => void;
};

export type RunningLocal = {
  readonly emulator: RunningEmulator;
  readonly graph: GraphConnection;
  readonly site: SiteReady;
  readonly tab: RunningAppServer;
  close(): Promise<void>;
};

/** The app's own identity against the emulator (it writes every record with it). */
export const localAppIdentity = {
  name: 'Aktivitetsplan (app)',
  oid: stableGuid('aktivitetsplan-app'),
  upn: 'aktivitetsplan-app@kommun.onmicrosoft.com',
};

/**
 * `npm start`'s embedded default: the Graph emulator (data under dataDir), the site provisioned
 * and seeded on first run (what users changed is kept across restarts), and the tab's HTTPS
 * server with its API and a Graph proxy to the emulator.
 */
/** The plans' item ids for /config.json, when the store knows any. */
function plansOf(plans: Record<string, PlanEntry> | undefined): {
  plans?: Record<string, PlanEntry>;
} {
  return plans && Object.keys(plans).length > 0 ? { plans } : {};
}

export async function startLocal(options: LocalStartOptions): Promise<RunningLocal> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const emulator = await startEmulator({ port: options.emulatorPort, dataDir });
    closers.push(() => emulator.close());
    options.announce('Graph emulator', emulator.url);
    const siteUrl = `https://${emulator.seed.site.hostname}${emulator.seed.site.path}`;
    const graph = connectGraph({
      graphUrl: emulator.url,
      siteUrl,
      devUser: { ...localAppIdentity, tenantId: emulator.seed.tenant.id },
      caPem: emulator.caPem,
    });
    closers.push(() => graph.close());
    options.log('Kontrollerar webbplatsens listor och den inlagda planen…');
    const site = await ensureSiteReady({
      graph: graph.graph,
      siteUrl,
      sharePoint: graph.sharePoint,
      clock: options.clock,
      seed: seedPlan,
    });
    if (!site.ok) throw new Error(site.error.message);
    const tabDir = await ensureTabBuilt(options.root, options.log);
    const certificate = await ensureCertificate(dataDir, options.clock.now());
    const users = demoUsers(emulator.seed, seedPlan.departments);
    const mounted: { api?: RequestHandler; knownPlans?: () => Record<string, PlanEntry> } = {};
    const apiRouter = express.Router();
    apiRouter.use((req, res, next) => (mounted.api ? mounted.api(req, res, next) : next()));
    const tab = await startAppServer({
      api: apiRouter,
      port: options.tabPort,
      tls: { key: certificate.key, cert: certificate.cert },
      tabDir,
      graphProxy: localGraphProxy({
        graph: graph.graph,
        target: emulator.origin,
        fetch: graph.fetch,
        clock: options.clock,
      }),
      runtimeConfig: (origin) => ({
        mode: 'local',
        apiBase: '/api',
        graphBase: `${origin}/graph/v1.0`,
        siteUrl,
        // The provisioned site's ids, so the tab's cold open is one Graph round trip.
        site: {
          siteId: site.value.site.siteId,
          webUrl: site.value.site.webUrl,
          lists: site.value.site.lists,
          // The plans' item ids as the app's store knows them (after its first read).
          ...plansOf(mounted.knownPlans?.()),
        },
        tabUrl: `${origin}/`,
        demoUsers: users,
        tenantId: emulator.seed.tenant.id,
        devScopes: ['Sites.Read.All', 'access_as_user'],
      }),
    });
    closers.push(() => tab.close());
    options.announce('Tab', tab.url);
    const teams = await startLocalTeams({
      ...options,
      emulator,
      graph: graph.graph,
      site: site.value.site,
      tabOrigin: new URL(tab.url).origin,
    });
    closers.push(() => teams.close());
    mounted.api = teams.api;
    mounted.knownPlans = teams.knownPlans;
    return { emulator, graph, site: site.value, tab, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export function defaultDataDir(root: string): string {
  return join(root, '.data');
}
