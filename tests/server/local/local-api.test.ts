import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevToken } from '../../../src/tab/auth/dev-token.js';
import { localGraphProxy } from '../../../src/server/local/local-services.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { localServices } from '../../../src/server/local/local-services.js';
import { apiPaths, MeResponseSchema } from '../../../src/tab/api/contract.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { errorOf, serveApi, type ApiServer } from '../api/support/http.js';
import { now, worldData } from '../api/support/memory-world.js';

/**
 * The local app's API as `npm start` composes it, over the Graph emulator: a dev token is
 * anyone's to write, so it signs in only a user the emulator's directory has (as Entra would
 * only issue a token to one of its users).
 */

const anna = { id: '41854d2b-b5bf-42bf-9378-f785b360fb6a', name: 'Anna Andersson' };
const stranger = { id: '00000000-0000-4000-8000-00000000dead', name: 'Mallory Okänd' };
const workingGroupTeamId = '36c69ed2-ae89-412a-b72b-bb9b2ba117af';

let stores: GraphStores;
let api: ApiServer;
let proxyServer: Server;
let proxyBase: string;

beforeAll(async () => {
  stores = await graphStores(worldData());
  const clock = fixedClock(now);
  const services = localServices({
    graph: stores.emulator.graph,
    site: stores.site,
    clock,
    workingGroupTeamId,
    tabOrigin: 'https://localhost:53000',
    log: () => undefined,
  });
  api = await serveApi(services.api, clock);
  const app = express();
  app.use(
    '/graph',
    localGraphProxy({
      graph: stores.emulator.graph,
      target: stores.emulator.emulator.origin,
      fetch: stores.emulator.fetch,
      // The emulator checks a token's expiry by the real time, so the proxy does too.
      clock: { now: () => new Date() },
    }),
  );
  proxyServer = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  proxyBase = `http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}/graph`;
}, 60_000);

afterAll(async () => {
  proxyServer.closeAllConnections();
  await new Promise<void>((resolve) => proxyServer.close(() => resolve()));
  await api.close();
  await stores.close();
});

describe('the local API’s sign-in', () => {
  it('refuses a dev token for a user the directory does not have with 401, on every route', async () => {
    for (const path of [apiPaths.me(), apiPaths.history('A1.2')]) {
      const response = await api.request('GET', path, { user: stranger });
      expect(response.status, path).toBe(401);
      expect(errorOf(response.body)).toMatchObject({ reason: 'unauthenticated' });
      expect(errorOf(response.body).message).toMatch(/Logga in/);
    }
  });

  it('signs in a user the directory has', async () => {
    const me = await api.request('GET', apiPaths.me(), { user: anna });
    expect(me.status).toBe(200);
    expect(MeResponseSchema.parse(me.body)).toMatchObject({
      user: { id: anna.id },
      isWorkingGroup: true,
    });
    const history = await api.request('GET', apiPaths.history('A1.2'), { user: anna });
    expect(history.status).toBe(200);
  });
});

describe('the local Graph proxy’s sign-in', () => {
  const graphToken = (user: { id: string; name: string }) =>
    makeDevToken(
      {
        oid: user.id,
        name: user.name,
        upn: `${user.id}@kommun.se`,
        tid: 'tenant',
        scopes: ['Sites.Read.All'],
        audience: 'https://graph.microsoft.com',
      },
      new Date(),
    );
  const read = (token: string) =>
    fetch(`${proxyBase}/v1.0/sites/${stores.site.siteId}/lists`, {
      headers: { Authorization: `Bearer ${token}` },
    });

  it('refuses a user the directory does not have with Graph’s 401, before asking the emulator', async () => {
    const response = await read(graphToken(stranger));
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('passes a user the directory has through to the emulator', async () => {
    const response = await read(graphToken(anna));
    expect(response.status).toBe(200);
  });
});
