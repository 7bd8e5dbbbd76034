import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import type { GraphConnection } from '../../../src/server/graph-connection.js';
import type { RunningServer } from '../../../src/server/production/start-server.js';
import { RuntimeConfigSchema } from '../../../src/tab/config/runtime-config.js';
import type { GraphStores } from '../../graph/helpers/graph-stores.js';
import { devTokenFor } from '../api/support/http.js';
import {
  capturedLogger,
  cecilia,
  contractNow,
  emulatorConnection,
  servedEmulator,
  serveWith,
} from './support.js';

/**
 * `serve`'s composition with a production configuration (the settings infra/azure.bicep gives),
 * its Graph connection swapped for the emulator's (the only stand-in): the bot and the tab's
 * API refuse requests without valid tokens, /config.json is the tenant form at the configured
 * https origin whatever Host the request names.
 */

const clientId = '11111111-2222-4333-8444-555555555555';
const tenantId = 'aaa9ee38-f34e-47fe-9528-33545119fd0e';
const origin = 'https://app-aktplan.azurewebsites.net';
const clientSecret = 'secret-from-key-vault-7f3a';

let stores: GraphStores;
let graph: GraphConnection;
let running: RunningServer;
let logLines: string[];

beforeAll(async () => {
  stores = await servedEmulator();
  graph = emulatorConnection(stores);
  const env = {
    NODE_ENV: 'production',
    AZURE_TENANT_ID: tenantId,
    AZURE_CLIENT_ID: clientId,
    AZURE_CLIENT_SECRET: clientSecret,
    AKTIVITETSPLAN_SITE_URL: 'https://kommun.sharepoint.com/sites/aktivitetsplan',
    AKTIVITETSPLAN_BOT_ID: '99999999-8888-4777-8666-555555555555',
    AKTIVITETSPLAN_BOT_TENANT_ID: tenantId,
    AKTIVITETSPLAN_BOT_AUTH: 'UserManagedIdentity',
    AKTIVITETSPLAN_API_AUDIENCE: `api://app-aktplan.azurewebsites.net/${clientId}`,
    AKTIVITETSPLAN_TAB_ENDPOINT: origin,
    AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: '36c69ed2-ae89-412a-b72b-bb9b2ba117af',
    AKTIVITETSPLAN_HOST: '127.0.0.1',
    PORT: '0',
  };
  const { logger, lines } = capturedLogger();
  logLines = lines;
  running = await serveWith(env, { logger, graph });
}, 60_000);

afterAll(async () => {
  await running?.close();
  await graph?.close();
  await stores?.close();
});

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(new URL(path, running.url), init);
  return { status: response.status, text: await response.text() };
}

describe('serve in production', () => {
  it('listens over plain HTTP and announces the https origin', async () => {
    expect(running.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(running.publicOrigin).toBe(origin);
    expect(await call('/healthz')).toEqual({ status: 200, text: '{"ok":true}' });
  });

  it('checks the JWT of every activity to /api/messages', async () => {
    const activity = JSON.stringify({ type: 'message', text: 'hjälp', channelId: 'msteams' });
    const headers = { 'Content-Type': 'application/json' };
    expect((await call('/api/messages', { method: 'POST', headers, body: activity })).status).toBe(
      401,
    );
    const basic = { ...headers, Authorization: 'Basic YWJjOmRlZg==' };
    expect(
      (await call('/api/messages', { method: 'POST', headers: basic, body: activity })).status,
    ).toBe(401);
  });

  it('accepts no emulator dev token on the tab’s API', async () => {
    expect((await call('/api/me')).status).toBe(401);
    const token = devTokenFor(cecilia, fixedClock(contractNow));
    const me = await call('/api/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
    expect(logLines.join('')).toContain('"event":"api.token_refused"');
  });

  it('serves the tenant form of /config.json for the configured origin', async () => {
    const served = await call('/config.json', { headers: { Host: 'evil.example' } });
    const config = RuntimeConfigSchema.parse(JSON.parse(served.text));
    expect(config).toMatchObject({
      mode: 'tenant',
      apiBase: '/api',
      graphBase: 'https://graph.microsoft.com/v1.0',
      clientId,
      authority: `https://login.microsoftonline.com/${tenantId}`,
      apiScope: `api://app-aktplan.azurewebsites.net/${clientId}/access_as_user`,
      tabUrl: `${origin}/`,
    });
    // The opened site's ids, so the tab's cold open is one Graph round trip.
    expect(config.site?.siteId).toMatch(/\S/);
    expect(Object.keys(config.site?.lists ?? {})).toContain('Activities');
    expect(served.text).not.toContain('evil.example');
  });

  it('logs JSON lines without the app’s secret', () => {
    expect(logLines.map((l) => (JSON.parse(l) as { event: string }).event)).toContain(
      'site.opened',
    );
    expect(logLines.join('')).not.toContain(clientSecret);
  });
});
