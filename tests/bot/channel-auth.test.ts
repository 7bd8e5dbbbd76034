import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/create-bot-app.js';
import { world } from '../app/support/world.js';
import { startIdentityStandIn, type IdentityStandIn } from '../standins/identity.js';
import { createCertifiedKey } from '../standins/keys.js';
import { routeLoginTo } from '../standins/route-fetch.js';
import { cardText, type InvokeBody } from './support/bot-world.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../support/recording-connector.js';
import { serveBot, type ServedBot } from './support/serve-bot.js';
import { socialRefresh } from './support/social-refresh.js';

/**
 * The bot's check of the channel's tokens (issue 12, findings 1, 2, 10, 11), over HTTP against
 * the identity stand-in: the keys come from `{authority host}/{tenant}/discovery/v2.0/keys`, and
 * the bot gets its own connector token from the stand-in with its secret.
 */

const botId = '0b07a1d2-3c4e-4f50-8a6b-7c8d9e0f1a2b';
const tenantId = '7e1c2d3f-4a5b-4c6d-8e7f-8091a2b3c4d5';
const otherTenantId = '99999999-aaaa-4bbb-8ccc-dddddddddddd';
const secret = 'bot-hemlighet';

describe('the bot checks the channel token before anything else', () => {
  let idp: IdentityStandIn;
  let route: { restore(): void };
  let connector: RecordingConnector;
  let served: ServedBot;

  const refresh = () => socialRefresh({ serviceUrl: connector.serviceUrl, tenantId });
  const post = async (body: string, token?: string) => {
    const response = await fetch(served.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, text };
  };
  const channelToken = (claims: Record<string, unknown> = {}, more = {}) =>
    idp.mintChannelToken({
      botId,
      tenantId,
      serviceUrl: connector.serviceUrl,
      ...more,
      claims,
    });

  beforeAll(async () => {
    idp = await startIdentityStandIn();
    route = routeLoginTo(idp);
    idp.directory.addApp({ clientId: botId, tenantId, secrets: [secret] });
    idp.directory.addTenant({ id: otherTenantId });
    connector = await startRecordingConnector();
    const { useCases, clock } = world();
    const bot = createBotApp({
      useCases,
      clock,
      config: {
        production: true,
        clientId: botId,
        clientSecret: secret,
        tenantId,
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

  it('accepts a correctly signed channel token for the bot and answers the card (finding 1)', async () => {
    const answer = await post(JSON.stringify(refresh()), await channelToken());
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/Sida 1 av/);
    // The bot's own connector token came from the stand-in, by its secret.
    expect(idp.grants().at(-1)).toMatchObject({
      clientId: botId,
      resource: 'https://api.botframework.com',
      method: 'secret',
    });
  });

  it('answers 401 without reading a malformed or oversized body when the token is missing or bad (finding 2)', async () => {
    const forged = await channelToken({}, { key: await createCertifiedKey('forger') });
    const oversized = JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) });
    for (const token of [undefined, 'not-a-jwt', forged]) {
      expect((await post('{"type": "invoke", ', token)).status).toBe(401);
      expect((await post(oversized, token)).status).toBe(401);
    }
    // With a valid token the body is read, and a broken one gets an error card as before.
    const broken = await post('{"type": "invoke", ', await channelToken());
    expect(broken.status).toBe(200);
    expect((JSON.parse(broken.text) as InvokeBody).type).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
  });

  it('refuses a token from another tenant for the bot, and accepts its own tenant and the Bot Framework tenant (finding 10)', async () => {
    const foreign = await idp.mintChannelToken({
      botId,
      tenantId: otherTenantId,
      serviceUrl: connector.serviceUrl,
    });
    expect((await post(JSON.stringify(refresh()), foreign)).status).toBe(401);
    const v2Foreign = await channelToken({
      iss: `https://login.microsoftonline.com/${otherTenantId}/v2.0`,
      tid: otherTenantId,
    });
    expect((await post(JSON.stringify(refresh()), v2Foreign)).status).toBe(401);
    const v2Own = await channelToken({ iss: `https://login.microsoftonline.com/${tenantId}/v2.0` });
    expect((await post(JSON.stringify(refresh()), v2Own)).status).toBe(200);
    const botFramework = await idp.mintChannelToken({
      botId,
      tenantId: 'd6d49420-f39b-4df7-a1dc-d59a935871db',
      serviceUrl: connector.serviceUrl,
    });
    expect((await post(JSON.stringify(refresh()), botFramework)).status).toBe(200);
  });

  it('answers unknown key ids from its cache, fetching the key set at most once per interval (finding 11)', async () => {
    expect((await post(JSON.stringify(refresh()), await channelToken())).status).toBe(200);
    const before = idp.keyFetches();
    for (let i = 0; i < 20; i++) {
      const token = await channelToken({}, { kid: randomBytes(20).toString('base64url') });
      expect((await post(JSON.stringify(refresh()), token)).status).toBe(401);
    }
    expect(idp.keyFetches() - before).toBeLessThanOrEqual(1);
  });

  it('refuses a token whose serviceurl is not the activity’s, and a wrong audience', async () => {
    const elsewhere = await channelToken({ serviceurl: 'https://smba.trafficmanager.net/emea/' });
    expect((await post(JSON.stringify(refresh()), elsewhere)).status).toBe(401);
    const otherBot = await channelToken({ aud: randomUUID() });
    expect((await post(JSON.stringify(refresh()), otherBot)).status).toBe(401);
  });

  it('allows 300 s of clock skew on exp and no more', async () => {
    const ago = (s: number) => new Date(Date.now() - s * 1000);
    const lately = await channelToken({}, { now: ago(3800), lifetimeSeconds: 3600 });
    expect((await post(JSON.stringify(refresh()), lately)).status).toBe(200);
    const expired = await channelToken({}, { now: ago(4000), lifetimeSeconds: 3600 });
    expect((await post(JSON.stringify(refresh()), expired)).status).toBe(401);
  });
});
