import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorPoster, readRemindEnv } from '../../src/server/functions/remind-settings.js';
import { startConnectorStandIn, type ConnectorStandIn } from '../standins/connector.js';
import { startIdentityStandIn, type IdentityStandIn } from '../standins/identity.js';
import { createCertifiedKey, writeCertificateFiles } from '../standins/keys.js';
import { routeLoginTo } from '../standins/route-fetch.js';

/**
 * `npm run remind` and the Functions timer post with the bot's identity from the same settings
 * as `serve` (AKTIVITETSPLAN_BOT_AUTH=Certificate with its two PEM files, and the authority host).
 */

const botId = '8d9e0f1a-2b3c-4d4e-8f5a-6b7c8d9e0f1a';
const tenantId = '9e0f1a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b';

describe('the reminder run’s poster with a bot certificate', () => {
  let idp: IdentityStandIn;
  let route: { restore(): void };
  let connector: ConnectorStandIn;
  let files: { readonly pemFile: string; readonly keyFile: string };

  beforeAll(async () => {
    idp = await startIdentityStandIn();
    route = routeLoginTo(idp);
    const certificate = await createCertifiedKey('aktivitetsplan-bot');
    idp.directory.addApp({ clientId: botId, tenantId, certificates: [certificate] });
    connector = await startConnectorStandIn({ identity: idp, botId });
    files = writeCertificateFiles(certificate, 'remind-cert-');
  });
  afterAll(async () => {
    await connector.close();
    route.restore();
    await idp.close();
  });

  it('posts with the token its certificate gets', async () => {
    const env = readRemindEnv({
      AKTIVITETSPLAN_BOT_ID: botId,
      AKTIVITETSPLAN_BOT_TENANT_ID: tenantId,
      AKTIVITETSPLAN_BOT_AUTH: 'Certificate',
      AKTIVITETSPLAN_BOT_CERT_PEM_FILE: files.pemFile,
      AKTIVITETSPLAN_BOT_CERT_KEY_FILE: files.keyFile,
      AKTIVITETSPLAN_AUTHORITY_HOST: idp.origin,
    });
    if (!env.ok) throw new Error(env.message);
    const poster = connectorPoster(env.value.bot);
    const posted = await poster.post(
      {
        target: 'social-omsorg',
        teamId: 'team',
        channelId: '19:social@thread.tacv2',
        tenantId,
        serviceUrl: connector.serviceUrl,
      },
      { type: 'AdaptiveCard', version: '1.5', body: [] },
      'annual-2026|social-omsorg|opening',
    );
    expect(posted.ok).toBe(true);
    expect(connector.calls().at(-1)?.claims).toMatchObject({ appid: botId, appidacr: '2' });
    expect(idp.grants().at(-1)?.method).toBe('certificate');
  });
});
