import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { makeDevToken } from '../../src/emulator/auth/dev-token.js';
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/start.js';

export type TestEmulator = {
  readonly emulator: RunningEmulator;
  readonly siteId: string;
  readonly dispatcher: Agent;
  /** A real graph-client 3.0.7 with a dev token for a seeded user (or the given claims). */
  client(claims?: Record<string, unknown>): Client;
  /** A plain HTTPS request to the emulator (path from the origin, e.g. `/v1.0/sites/root`). */
  raw(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  admin(path: string, body?: unknown, method?: string): Promise<unknown>;
  close(): Promise<void>;
};

export function userClaims(emulator: RunningEmulator, index = 0): Record<string, unknown> {
  const user = emulator.seed.users[index]!;
  return {
    oid: user.id,
    name: user.displayName,
    upn: user.userPrincipalName,
    tid: emulator.seed.tenant.id,
    scp: 'Sites.Manage.All Sites.ReadWrite.All',
  };
}

export async function startTestEmulator(
  options: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  const emulator = await startEmulator({ dataDir, ...options });
  const dispatcher = new Agent({ connect: { ca: emulator.caPem } });
  const defaultToken = makeDevToken(userClaims(emulator));
  const raw: TestEmulator['raw'] = (path, init = {}) => {
    const { token = defaultToken, headers, ...rest } = init;
    return fetch(`${emulator.origin}${path}`, {
      ...rest,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(headers as Record<string, string>),
      },
      dispatcher,
    } as RequestInit);
  };
  return {
    emulator,
    siteId: emulator.siteId,
    dispatcher,
    client(claims) {
      const token = claims ? makeDevToken(claims) : defaultToken;
      return Client.init({
        authProvider: (done) => done(null, token),
        baseUrl: `${emulator.origin}/`,
        customHosts: new Set(['localhost']),
        fetchOptions: { dispatcher } as RequestInit,
      });
    },
    raw,
    async admin(path, body, method) {
      const response = await raw(`/_emulator${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        token: null,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
      });
      const text = await response.text();
      return text ? (JSON.parse(text) as unknown) : undefined;
    },
    async close() {
      await emulator.close();
      await dispatcher.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Catches a rejected graph-client call and returns the GraphError. */
export async function graphError(promise: Promise<unknown>): Promise<{
  statusCode: number;
  code: string;
  message: string;
  requestId: string | null;
  headers?: Headers;
  body?: unknown;
}> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the request to fail');
}
