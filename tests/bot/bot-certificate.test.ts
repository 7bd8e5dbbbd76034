import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/create-bot-app.js';
import { world } from '../app/support/world.js';
import { startIdentityStandIn, type IdentityStandIn } from '../standins/identity.js';
import { createCertifiedKey, writeCertificateFiles } from '../standins/keys.js';
import { routeLoginTo } from '../standins/route-fetch.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../support/recording-connector.js';
import { serveBot, type ServedBot } from './support/serve-bot.js';
import { socialRefresh } from './support/social-refresh.js';

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
    route = routeLoginTo(idp);
    const certificate = await createCertifiedKey('aktivitetsplan-bot');
    idp.directory.addApp({ clientId: botId, tenantId, certificates: [certificate] });
    const { pemFile, keyFile } = writeCertificateFiles(certificate, 'bot-cert-');
    connector = await startRecordingConnector();
    const { useCases, clock } = world();
    const bot = createBotApp({
      useCases,
      clock,
      config: {
        production: true,
        clientId: botId,
        tenantId,
        certificate: { pemFile, keyFile },
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
    const activity = socialRefresh({ serviceUrl: connector.serviceUrl, tenantId });
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
