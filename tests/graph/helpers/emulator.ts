import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../src/emulator/start.js';
import { devAuthProvider } from '../../../src/graph/auth/dev-token.js';
import { createGraphClient, type FetchLike } from '../../../src/graph/client/create-client.js';
import { GraphGateway, type GatewayOptions } from '../../../src/graph/client/gateway.js';
import { createSharePointRest } from '../../../src/graph/provision/sharepoint-rest.js';

/** The seeded site of the emulator, addressed as on a real tenant. */
export const siteUrl = 'https://kommun.sharepoint.com/sites/aktivitetsplan';

type Stats = { total: number; byRoute: { method: string; route: string; count: number }[] };

export type TestEmulator = {
  readonly emulator: RunningEmulator;
  readonly graph: GraphGateway;
  readonly fetch: FetchLike;
  /** Requests the app sent with a `Prefer` header (it never should). */
  readonly preferHeaders: string[];
  readonly sharePoint: (webUrl: string) => ReturnType<typeof createSharePointRest>;
  stats(): Promise<Stats>;
  resetStats(): Promise<void>;
  setFaults(faults: {
    latencyMs?: number;
    throttleRate?: number;
    failRate?: number;
    retryAfterSeconds?: number;
  }): Promise<void>;
  /** The next `count` requests matching get `status` (POST /_emulator/faults/script). */
  scriptFault(fault: {
    status: number;
    count?: number;
    retryAfterSeconds?: number;
    method?: string;
    route?: string;
    scope?: 'request' | 'batchPart' | 'any';
  }): Promise<void>;
  /** No latency, throttling or scripted faults any more (POST /_emulator/reset). */
  resetFaults(): Promise<void>;
  gateway(options?: GatewayOptions): GraphGateway;
  close(): Promise<void>;
};

/** An emulator on a free port with its own data folder, and a gateway that trusts its CA. */
export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aktivitetsplan-graph-'));
  const emulator = await startEmulator({ dataDir, ...options });
  const dispatcher = new Agent({ connect: { ca: emulator.caPem } });
  const preferHeaders: string[] = [];
  const fetchImpl: FetchLike = (input, init) => {
    const prefer =
      new Headers(init?.headers).get('Prefer') ??
      (input instanceof Request ? input.headers.get('Prefer') : null);
    if (prefer) preferHeaders.push(prefer);
    return fetch(input, { ...init, dispatcher } as RequestInit);
  };
  const auth = devAuthProvider({ name: 'Anna Andersson', oid: emulator.seed.users[0]?.id });
  const gateway = (gatewayOptions: GatewayOptions = {}) =>
    new GraphGateway(
      createGraphClient({ graphUrl: emulator.url, authProvider: auth, fetch: fetchImpl }),
      {
        sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
        ...gatewayOptions,
      },
    );
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetchImpl(`${emulator.origin}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`emulator admin ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  return {
    emulator,
    graph: gateway(),
    fetch: fetchImpl,
    preferHeaders,
    sharePoint: (webUrl) =>
      createSharePointRest({
        webUrl,
        origin: emulator.origin,
        authProvider: auth,
        fetch: fetchImpl,
        sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
      }),
    stats: async () => (await admin('GET', 'stats')) as Stats,
    resetStats: async () => {
      await admin('POST', 'stats/reset');
    },
    setFaults: async (faults) => {
      await admin('PUT', 'faults', faults);
    },
    scriptFault: async (fault) => {
      await admin('POST', 'faults/script', fault);
    },
    resetFaults: async () => {
      await admin('POST', 'reset');
    },
    gateway,
    close: async () => {
      await emulator.close();
      await dispatcher.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
