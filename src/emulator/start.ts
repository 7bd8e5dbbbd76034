import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { devAuthenticator, signedAuthenticator } from './auth/authenticator.js';
import type { SignedTokenOptions } from './auth/signed-token.js';
import { ensureCertificate } from './cert.js';
import { errorsOnlyLogger, systemClock, type Clock, type Logger } from './clock.js';
import { Faults, seededRandom } from './faults/faults.js';
import { Stats } from './faults/stats.js';
import { createDispatcher } from './http/dispatch.js';
import { defaultLimits, type Limits } from './limits.js';
import { createListener } from './http/server.js';
import {
  getFaultsRoute,
  putFaultsRoute,
  resetRoute,
  scriptFaultRoute,
} from './routes/admin/faults.js';
import { expireDeltaRoute } from './routes/admin/delta.js';
import { getStatsRoute, resetStatsRoute } from './routes/admin/stats.js';
import { tokenRoute } from './routes/admin/token.js';
import { batchHandler } from './routes/batch.js';
import { graphRoutes } from './routes/index.js';
import { defaultSeed, type EmulatorSeed } from './seed.js';
import { createSharePointHandler } from './sharepoint/handler.js';
import { applySeed } from './store/apply-seed.js';
import type { Synchronous } from './store/db.js';
import { openStore } from './store/store.js';

export type EmulatorOptions = {
  /** 0 or absent: a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Folder for the SQLite file (`graph.sqlite`) and the certificates. */
  readonly dataDir: string;
  /** Another SQLite file name; certificates are then kept in its folder. */
  readonly dataFile?: string;
  readonly latencyMs?: number;
  readonly throttleRate?: number;
  readonly failRate?: number;
  /** Retry-After seconds on injected 429/503 (default 1). */
  readonly retryAfterSeconds?: number;
  /** Seed for the fault dice, so fault runs repeat. */
  readonly faultSeed?: number;
  readonly seed?: EmulatorSeed;
  /** Refuse tokens whose scopes/roles do not cover the route. */
  readonly requireScopes?: boolean;
  /**
   * Accept only Entra-signed tokens checked against these keys (the production rehearsal's
   * identity stand-in), scopes and site grants always checked; the tenant defaults to the seed's.
   * Absent: the development tokens.
   */
  readonly signedTokens?: Omit<SignedTokenOptions, 'tenantId'> & { readonly tenantId?: string };
  readonly limits?: Partial<Limits>;
  readonly maxBodyBytes?: number;
  /** SQLite synchronous mode: NORMAL (default, survives kill -9) or FULL (also power loss). */
  readonly synchronous?: Synchronous;
  readonly clock?: Clock;
  readonly logger?: Logger;
};

export type RunningEmulator = {
  /** `https://localhost:PORT/v1.0` */
  readonly url: string;
  /** `https://localhost:PORT` — also the host of the SharePoint REST endpoints. */
  readonly origin: string;
  readonly port: number;
  readonly caFile: string;
  readonly caPem: string;
  readonly seed: EmulatorSeed;
  /** `https://localhost:PORT/sites/{path}` style URL of the seeded site for SharePoint REST. */
  readonly siteId: string;
  close(): Promise<void>;
};

/** Starts the Graph emulator over HTTPS; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? errorsOnlyLogger;
  const seed = options.seed ?? defaultSeed;
  const dataFile = resolve(options.dataFile ?? join(options.dataDir, 'graph.sqlite'));
  const certificate = await ensureCertificate(dirname(dataFile), clock.now());
  const store = openStore(dataFile, clock, options.synchronous);
  const { site } = applySeed(store, seed);
  const limits = { ...defaultLimits, ...options.limits };
  const faults = new Faults(
    {
      latencyMs: options.latencyMs ?? 0,
      throttleRate: options.throttleRate ?? 0,
      failRate: options.failRate ?? 0,
      retryAfterSeconds: options.retryAfterSeconds ?? 1,
    },
    seededRandom(options.faultSeed ?? 1),
  );
  const stats = new Stats();
  const authenticator = options.signedTokens
    ? signedAuthenticator({ tenantId: seed.tenant.id, ...options.signedTokens }, clock)
    : devAuthenticator(clock, options.requireScopes ?? false);
  const dispatcher = createDispatcher(
    graphRoutes({ store, clock, logger, limits, tenantId: seed.tenant.id }),
    {
      store,
      clock,
      logger,
      faults,
      requireScopes: authenticator.requireScopes,
    },
  );
  const listener = createListener({
    authenticator,
    dispatcher,
    batch: batchHandler(dispatcher, clock, store),
    sharePoint: createSharePointHandler({
      store,
      clock,
      logger,
      faults,
      stats,
      authenticator,
      hostname: seed.site.hostname,
    }),
    admin: [
      getStatsRoute(stats),
      resetStatsRoute(stats),
      getFaultsRoute(faults),
      putFaultsRoute(faults),
      scriptFaultRoute(faults),
      resetRoute(faults, () => stats.reset()),
      tokenRoute(store.directory, seed.tenant.id),
      expireDeltaRoute(store.changes),
    ],
    faults,
    stats,
    clock,
    logger,
    maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024,
  });
  const server = createServer({ key: certificate.key, cert: certificate.cert }, listener);
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? 'localhost', () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `https://localhost:${port}/v1.0`,
    origin: `https://localhost:${port}`,
    port,
    caFile: certificate.caFile,
    caPem: certificate.caPem,
    seed,
    siteId: site.id,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
