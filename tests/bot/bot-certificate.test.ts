import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/create-bot-app.js';
import { openRound, people, world } from '../app/support/world.js';
import { startIdentityStandIn, type IdentityStandIn } from '../standins/identity.js';
import { createCertifiedKey } from '../standins/keys.js';
import { routeGlobalFetch } from '../standins/route-fetch.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../support/recording-connector.js';
import { serveBot, type ServedBot } from './support/serve-bot.js';
import { cardInvoke } from './support/teams-activities.js';

/**
 * Bot certificate authentication (AKTIVITETSPLAN_BOT_AUTH=Certificate): the Agents SDK signs a
 * client assertion with the certificate's key (RS256, `x5t`), and the identity stand-in gives
 * the bot its connector token only for a certificate registered on the bot's app.
 */

const botId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const tenantId = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';

describe('bot certificate authentication', () => {
  let idp: IdentityStandIn;
  let route: { restore(): void };
  let connector: RecordingConnector;
  let served: ServedBot;

  beforeAll(async () => {
    idp = await startIdentityStandIn();
    route = routeGlobalFetch({
      caPem: idp.caPem,
      routes: { 'login.microsoftonline.com': idp.port },
    });
    const certificate = await createCertifiedKey('aktivitetsplan-bot');
    idp.directory.addApp({ clientId: botId, tenantId, certificates: [certificate] });
    const dir = mkdtempSync(join(tmpdir(), 'bot-cert-'));
    writeFileSync(join(dir, 'bot.pem'), certificate.certPem);
    writeFileSync(join(dir, 'bot-key.pem'), certificate.keyPem, { mode: 0o600 });
    connector = await startRecordingConnector();
    const { useCases, clock } = world();
    const bot = createBotApp({
      useCases,
      clock,
      config: {
        production: true,
        clientId: botId,
        tenantId,
        certificate: { pemFile: join(dir, 'bot.pem'), keyFile: join(dir, 'bot-key.pem') },
        authorityHost: idp.origin,
        tabUrl: () => 'https://localhost/',
      },
    });
    served = await serveBot(bot.router);
  });
  afterAll(async () => {
    await served.close();
    await connector.close();
    route.restore();
    await idp.close();
  });

  it('gets its connector token with a client assertion signed by its certificate', async () => {
    const activity = cardInvoke(
      {
        serviceUrl: connector.serviceUrl,
        channelId: '19:social-omsorg@thread.tacv2',
        teamThreadId: '19:social-omsorg@thread.tacv2',
        tenantId,
        messageId: '1700000000300',
      },
      people.cecilia,
      'followUp.refresh',
      { v: 1, roundId: openRound.id, departmentId: 'social-omsorg', cardVersion: 'x', page: 1 },
    );
    const token = await idp.mintChannelToken({ botId, tenantId, serviceUrl: connector.serviceUrl });
    const response = await fetch(served.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    expect(idp.grants().at(-1)).toMatchObject({
      clientId: botId,
      resource: 'https://api.botframework.com',
      method: 'certificate',
      assertion: { alg: 'RS256', thumbprint: 'x5t' },
      claims: { appid: botId, appidacr: '2', aud: 'https://api.botframework.com' },
    });
  });
});
