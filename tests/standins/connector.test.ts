import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectorStandIn, type ConnectorStandIn } from './connector.js';
import { startIdentityStandIn, type IdentityStandIn } from './identity.js';

const tenantId = '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b';
const botId = '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c';
const otherApp = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

describe('connector stand-in', () => {
  let idp: IdentityStandIn;
  let connector: ConnectorStandIn;
  let dispatcher: Agent;
  const tokenFor = async (clientId: string, scope: string) => {
    const response = await fetch(idp.tokenEndpoint(tenantId), {
      method: 'POST',
      body: new URLSearchParams({
        client_id: clientId,
        client_secret: 's',
        scope,
        grant_type: 'client_credentials',
      }),
      dispatcher,
    } as RequestInit);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const send = (token?: string) =>
    fetch(`${connector.serviceUrl}v3/conversations/19%3Aabc%40thread.tacv2/activities`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ type: 'message', text: 'hej' }),
      dispatcher,
    } as RequestInit);

  beforeAll(async () => {
    idp = await startIdentityStandIn();
    dispatcher = new Agent({ connect: { ca: idp.caPem } });
    idp.directory.addApp({ clientId: botId, tenantId, secrets: ['s'] });
    idp.directory.addApp({ clientId: otherApp, tenantId, secrets: ['s'] });
    connector = await startConnectorStandIn({ identity: idp, botId });
  });
  afterAll(async () => {
    await connector.close();
    await dispatcher.close();
    await idp.close();
  });

  it('takes a post with the bot’s own token for the Bot Framework', async () => {
    const response = await send(await tokenFor(botId, 'https://api.botframework.com/.default'));
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlating-operationid')).toBeTruthy();
    expect(connector.calls().at(-1)).toMatchObject({
      method: 'POST',
      path: '/v3/conversations/19:abc@thread.tacv2/activities',
      claims: { appid: botId },
    });
  });

  it('refuses no token, another app’s token and a token for another audience with 401', async () => {
    const refusedBefore = connector.refusals().length;
    for (const token of [
      undefined,
      await tokenFor(otherApp, 'https://api.botframework.com/.default'),
      await tokenFor(botId, 'https://graph.microsoft.com/.default'),
    ]) {
      const response = await send(token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'Unauthorized' } });
    }
    expect(connector.refusals().length - refusedBefore).toBe(3);
  });
});
