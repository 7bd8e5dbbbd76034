import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { runRemindersWith } from '../../../src/server/functions/reminder-run.js';
import type { GraphConnection } from '../../../src/server/graph-connection.js';
import type { RunningServer } from '../../../src/server/production/start-server.js';
import { actionData, botPlanData, cardText, inputsOf } from '../../bot/support/bot-world.js';
import { cardInvoke } from '../../bot/support/teams-activities.js';
import type { GraphStores } from '../../graph/helpers/graph-stores.js';
import { startConnectorStandIn, type ConnectorStandIn } from '../../standins/connector.js';
import { startIdentityStandIn, type IdentityStandIn } from '../../standins/identity.js';
import { createCertifiedKey, writeCertificateFiles } from '../../standins/keys.js';
import { routeLoginTo } from '../../standins/route-fetch.js';
import {
  capturedLogger,
  cecilia,
  emulatorConnection,
  openRound,
  servedEmulator,
  serveWith,
  social,
} from './support.js';

/**
 * The production rehearsal, bot side: `serve`'s own composition (AKTIVITETSPLAN_MODE=rehearsal,
 * every production rule) with Entra's authority host pointed at the identity stand-in and the
 * channels' Bot Connector at the connector stand-in. Graph is the emulator with development
 * tokens here (the Graph side of the rehearsal is tests/server/rehearsal). Two servers on one
 * site: the bot signing in with a secret, and with a certificate.
 *
 * Test harness only: the process's global fetch dials the identity stand-in for
 * login.microsoftonline.com (MSAL's instance discovery, identity-spec §0) and trusts its CA.
 */

const botId = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
const appId = '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
const botSecret = 'bot-secret-from-key-vault';
const opening = new Date('2027-01-08T08:30:00+01:00');
const twoWeeks = new Date('2027-02-12T08:30:00+01:00');
const fast = { postsPerSecond: 200, threadIntervalMs: 0, concurrency: 4 };

let idp: IdentityStandIn;
let route: { restore(): void };
let connector: ConnectorStandIn;
let stores: GraphStores;
let graph: GraphConnection;
let bySecret: RunningServer;
let byCertificate: RunningServer;
let tenantId: string;

function serve(bot: Record<string, string>): Promise<RunningServer> {
  return serveWith(
    {
      AKTIVITETSPLAN_MODE: 'rehearsal',
      AKTIVITETSPLAN_AUTHORITY_HOST: idp.origin,
      AZURE_TENANT_ID: tenantId,
      AZURE_CLIENT_ID: appId,
      AZURE_CLIENT_SECRET: 'app-secret',
      AKTIVITETSPLAN_SITE_URL: 'https://kommun.sharepoint.com/sites/aktivitetsplan',
      AKTIVITETSPLAN_BOT_ID: botId,
      AKTIVITETSPLAN_BOT_TENANT_ID: tenantId,
      ...bot,
      AKTIVITETSPLAN_API_AUDIENCE: `api://app-aktplan.azurewebsites.net/${appId}`,
      AKTIVITETSPLAN_TAB_ENDPOINT: 'https://app-aktplan.azurewebsites.net',
      AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: '36c69ed2-ae89-412a-b72b-bb9b2ba117af',
      AKTIVITETSPLAN_HOST: '127.0.0.1',
      PORT: '0',
    },
    { logger: capturedLogger().logger, graph },
  );
}

beforeAll(async () => {
  idp = await startIdentityStandIn();
  route = routeLoginTo(idp);
  connector = await startConnectorStandIn({ identity: idp, botId });
  stores = await servedEmulator(botPlanData(), connector.serviceUrl);
  tenantId = stores.emulator.emulator.seed.tenant.id;
  graph = emulatorConnection(stores);
  const certificate = await createCertifiedKey('aktivitetsplan-bot');
  idp.directory.addApp({
    clientId: botId,
    tenantId,
    secrets: [botSecret],
    certificates: [certificate],
  });
  const { pemFile, keyFile } = writeCertificateFiles(certificate, 'rehearsal-bot-');
  bySecret = await serve({
    AKTIVITETSPLAN_BOT_AUTH: 'ClientSecret',
    AKTIVITETSPLAN_BOT_SECRET: botSecret,
  });
  byCertificate = await serve({
    AKTIVITETSPLAN_BOT_AUTH: 'Certificate',
    AKTIVITETSPLAN_BOT_CERT_PEM_FILE: pemFile,
    AKTIVITETSPLAN_BOT_CERT_KEY_FILE: keyFile,
  });
}, 120_000);

afterAll(async () => {
  await byCertificate?.close();
  await bySecret?.close();
  await graph?.close();
  await stores?.close();
  await connector?.close();
  route?.restore();
  await idp?.close();
});

function socialThread() {
  const team = stores.emulator.emulator.seed.teams.find(
    (t) => t.displayName === seedPlan.departments.find((d) => d.id === social)?.name,
  );
  const thread = connector.threads().find((t) => t.channelId === team?.channels[0]?.id);
  if (!thread) throw new Error('no reminder card in the social department’s channel');
  return thread;
}

function answerInvoke(comment: string) {
  const thread = socialThread();
  const verb = 'followUp.submit';
  const data = {
    ...inputsOf(thread.card),
    ...actionData(thread.card, verb),
    'status.A1.2': 'onTrack',
    'comment.A1.2': comment,
  };
  const place = {
    serviceUrl: connector.serviceUrl,
    channelId: thread.channelId,
    teamThreadId: thread.channelId,
    tenantId,
    messageId: thread.activityId,
  };
  return cardInvoke(place, cecilia, verb, data);
}

async function toBot(server: RunningServer, body: string, token?: string) {
  const response = await fetch(new URL('/api/messages', server.url), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function storedComment(activityId: string): Promise<unknown> {
  const list = `/sites/${stores.site.siteId}/lists/${stores.site.lists.FollowUps}/items`;
  const items = await stores.emulator.graph.send({
    method: 'GET',
    url: `${list}?$expand=fields&$top=500`,
  });
  if (!items.ok) throw new Error(items.message);
  const rows = (items.body as { value: { fields: Record<string, unknown> }[] }).value;
  return rows.find((r) => r.fields.Key === `${openRound.id}|${activityId}`)?.fields.Comment;
}

describe('the rehearsal of serve, bot side', () => {
  it('posts the reminder cards through the connector with the bot’s own token (secret)', async () => {
    const run = await runRemindersWith({ ...bySecret.wiring, settings: fast }, { now: opening });
    expect(run.ok).toBe(true);
    expect(connector.threads().length).toBeGreaterThan(0);
    expect(connector.refusals()).toEqual([]);
    expect(
      new Set(connector.calls().map((c) => [c.claims.appid, c.claims.appidacr].join())),
    ).toEqual(new Set([`${botId},1`]));
    // Concurrent first posts may each ask for a token (the SDK's cache has no single flight).
    const grants = idp.grants().filter((g) => g.clientId === botId);
    expect(new Set(grants.map((g) => `${g.resource} ${g.method}`))).toEqual(
      new Set(['https://api.botframework.com secret']),
    );
  });

  it('accepts a correctly signed card action, stores the answer and updates the card', async () => {
    const token = await idp.mintChannelToken({ botId, tenantId, serviceUrl: connector.serviceUrl });
    const answer = await toBot(
      bySecret,
      JSON.stringify(answerInvoke('Repeterat i produktion.')),
      token,
    );
    expect(answer.status).toBe(200);
    expect(cardText(JSON.parse(answer.text).value)).toContain('Tack! Svaren är sparade.');
    expect(await storedComment('A1.2')).toBe('Repeterat i produktion.');
    expect(connector.updates().at(-1)?.path).toBe(
      `/v3/conversations/${socialThread().conversationId}/activities/${socialThread().activityId}`,
    );
  });

  it('refuses unsigned, forged, expired and wrong-audience activities with 401 before parsing their body', async () => {
    const serviceUrl = connector.serviceUrl;
    const forger = await createCertifiedKey('forger');
    const tokens = {
      unsigned: undefined,
      forged: await idp.mintChannelToken({ botId, tenantId, serviceUrl, key: forger }),
      expired: await idp.mintChannelToken({
        botId,
        tenantId,
        serviceUrl,
        now: new Date(Date.now() - 4000_000),
        lifetimeSeconds: 3600,
      }),
      wrongAudience: await idp.mintChannelToken({ botId: appId, tenantId, serviceUrl }),
    };
    const updates = connector.updates().length;
    for (const [name, token] of Object.entries(tokens)) {
      const malformed = await toBot(bySecret, '{"type":"invoke","value":', token);
      const wellFormed = await toBot(bySecret, JSON.stringify(answerInvoke(`${name} svar`)), token);
      expect([name, malformed.status, wellFormed.status]).toEqual([name, 401, 401]);
    }
    expect(await storedComment('A1.2')).toBe('Repeterat i produktion.');
    expect(connector.updates()).toHaveLength(updates);
  });

  it('refuses a token whose serviceurl is not the activity’s with 401, storing nothing', async () => {
    const token = await idp.mintChannelToken({
      botId,
      tenantId,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
    const answer = await toBot(bySecret, JSON.stringify(answerInvoke('Fel serviceUrl.')), token);
    expect(answer.status).toBe(401);
    expect(await storedComment('A1.2')).toBe('Repeterat i produktion.');
  });

  it('posts the reminder cards with the bot’s own token got with its certificate', async () => {
    const before = connector.calls().length;
    const run = await runRemindersWith(
      { ...byCertificate.wiring, settings: fast },
      { now: twoWeeks },
    );
    expect(run.ok).toBe(true);
    const calls = connector.calls().slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls.map((c) => [c.claims.appid, c.claims.appidacr].join()))).toEqual(
      new Set([`${botId},2`]),
    );
    expect(
      idp
        .grants()
        .filter((g) => g.clientId === botId)
        .at(-1),
    ).toMatchObject({
      method: 'certificate',
      assertion: { alg: 'RS256', thumbprint: 'x5t' },
    });
  });
});
