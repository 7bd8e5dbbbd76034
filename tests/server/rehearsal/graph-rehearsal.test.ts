import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServeConfig } from '../../../src/server/config.js';
import { RuntimeConfigSchema } from '../../../src/tab/config/runtime-config.js';
import { cardText, type InvokeBody } from '../../bot/support/bot-world.js';
import { cardInvoke, installedInTeam } from '../../bot/support/teams-activities.js';
import { createCertifiedKey, type CertifiedKey } from '../../standins/keys.js';
import type { DirectoryUser } from '../../standins/identity-tokens.js';
import {
  apiAudience,
  appId,
  appSecret,
  botId,
  botSecret,
  runCli,
  startServe,
  startStack,
  tabOrigin,
  tenantSettings,
  type CliRun,
  type Served,
  type Stack,
} from './support.js';

/**
 * The production rehearsal, Graph and SharePoint side: `npm run provision` with a certificate
 * credential and `npm run serve` with a tenant's settings, each in its own process as App
 * Service runs it, against the identity stand-in and the Graph emulator checking signed tokens.
 * Only the endpoints' base addresses are the stand-ins' (AKTIVITETSPLAN_MODE=rehearsal), and
 * production refuses exactly those.
 */

let stack: Stack;
let provisioned: CliRun;
let seeded: CliRun;
let withSecret: CliRun;
/** The tokens the stand-in issued to the app while provisioning. */
let provisioningGrants: ReturnType<Stack['identity']['grants']>;
let served: Served;
let serveEnv: Record<string, string>;
let forger: CertifiedKey;
/** The round the API opened (the bot's card shows it). */
let openedRoundId: string;

const workingGroupTeamId = '36c69ed2-ae89-412a-b72b-bb9b2ba117af';
const anna: Omit<DirectoryUser, 'tenantId'> = {
  objectId: '41854d2b-b5bf-42bf-9378-f785b360fb6a',
  name: 'Anna Andersson',
  userPrincipalName: 'anna.andersson@kommun.onmicrosoft.com',
};
const karin: Omit<DirectoryUser, 'tenantId'> = {
  objectId: 'cb8e1817-88e8-42d8-8878-ca4d633587ef',
  name: 'Karin Lund',
  userPrincipalName: 'karin.lund@kommun.onmicrosoft.com',
};

beforeAll(async () => {
  stack = await startStack();
  forger = await createCertifiedKey('Not the tenant');
  const withCertificate = {
    ...tenantSettings(stack),
    AZURE_CLIENT_CERTIFICATE_PATH: stack.files.certificate,
  };
  provisioned = await runCli(stack, ['provision'], withCertificate);
  provisioningGrants = stack.identity.grants().filter((g) => g.clientId === appId);
  [seeded, withSecret] = await Promise.all([
    runCli(stack, ['seed'], withCertificate),
    runCli(stack, ['provision'], { ...tenantSettings(stack), AZURE_CLIENT_SECRET: appSecret }),
  ]);
  serveEnv = {
    ...tenantSettings(stack),
    // Graph with the client secret, as infra/azure.bicep sets it (Key Vault reference).
    AZURE_CLIENT_SECRET: appSecret,
    AKTIVITETSPLAN_BOT_ID: botId,
    AKTIVITETSPLAN_BOT_TENANT_ID: stack.tenantId,
    AKTIVITETSPLAN_BOT_AUTH: 'ClientSecret',
    AKTIVITETSPLAN_BOT_SECRET: botSecret,
    AKTIVITETSPLAN_API_AUDIENCE: apiAudience,
    AKTIVITETSPLAN_TAB_ENDPOINT: tabOrigin,
    AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: workingGroupTeamId,
    AKTIVITETSPLAN_HOST: '127.0.0.1',
    PORT: '0',
  };
  if (provisioned.code === 0 && seeded.code === 0) served = await startServe(stack, serveEnv);
}, 180_000);

afterAll(async () => {
  await served?.stop();
  await stack?.close();
});

function user(u: Omit<DirectoryUser, 'tenantId'>, tenantId = stack.tenantId): DirectoryUser {
  return { ...u, tenantId };
}

async function api(path: string, token: string | undefined, init: RequestInit = {}) {
  const response = await fetch(new URL(`api${path}`, served.url), {
    ...init,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const annasToken = (claims: Record<string, unknown> = {}, version: 1 | 2 = 1) =>
  stack.identity.mintUserToken({
    user: user(anna),
    clientId: appId,
    appIdUri: apiAudience,
    version,
    claims,
  });

describe('provisioning in the rehearsal', () => {
  it('creates the lists, views and formatting with tokens got with the app’s certificate', () => {
    expect([provisioned.code, provisioned.err]).toEqual([0, '']);
    expect(provisioned.out).toMatch(/^Skapade listor: .*Aktiviteter/m);
    expect(provisioned.out).toMatch(/^Nya vyer: (?!inga).+/m);
    expect(provisioned.out).toMatch(/^Formatering satt: (?!inga).+/m);
    expect(
      new Set(
        provisioningGrants.map((g) => `${g.resource} ${g.method} ${String(g.claims.appidacr)}`),
      ),
    ).toEqual(
      new Set([
        'https://graph.microsoft.com certificate 2',
        'https://kommun.sharepoint.com certificate 2',
      ]),
    );
  });

  it('seeds the plan with the same credential', () => {
    expect([seeded.code, seeded.err]).toEqual([0, '']);
  });

  it('stops with a client secret, which SharePoint REST refuses, saying a certificate is needed', () => {
    expect(withSecret.code).toBe(1);
    expect(withSecret.err).toMatch(/listans vyer.*certifikat.*inte med en klienthemlighet/);
  });
});

describe('serve in the rehearsal', () => {
  it('runs the production composition: the settings are production’s but for the stand-ins’ addresses', () => {
    expect(served.out()).toMatch(/^Ready\.$/m);
    expect(served.err()).toMatch(/"serve\.starting".*"mode":"rehearsal"/);
    expect(served.err()).toMatch(/"site\.opened"/);
    const production = readServeConfig({ ...serveEnv, NODE_ENV: 'production' });
    expect(production).toMatchObject({ ok: false, setting: 'AKTIVITETSPLAN_MODE' });
    // The same settings with NODE_ENV=production and Microsoft's addresses start; each one
    // stand-in address alone is refused, naming its setting.
    const { AKTIVITETSPLAN_MODE: _mode, ...tenant } = serveEnv;
    const microsoft = {
      AKTIVITETSPLAN_GRAPH_URL: 'https://graph.microsoft.com/v1.0',
      AKTIVITETSPLAN_AUTHORITY_HOST: 'https://login.microsoftonline.com',
      AKTIVITETSPLAN_SHAREPOINT_URL: 'https://kommun.sharepoint.com',
    };
    const inTenant = { ...tenant, ...microsoft, NODE_ENV: 'production' };
    expect(readServeConfig(inTenant)).toMatchObject({ ok: true, value: { mode: 'production' } });
    for (const setting of Object.keys(microsoft) as (keyof typeof microsoft)[]) {
      const env = { ...inTenant, [setting]: serveEnv[setting] };
      expect([setting, readServeConfig(env)]).toMatchObject([setting, { ok: false, setting }]);
    }
  });

  it('answers /config.json in the tenant form, signing in at the configured authority', async () => {
    const response = await fetch(new URL('config.json', served.url));
    const config = RuntimeConfigSchema.parse(await response.json());
    expect(config).toMatchObject({
      mode: 'tenant',
      apiBase: '/api',
      graphBase: stack.emulator.url,
      siteUrl: 'https://kommun.sharepoint.com/sites/aktivitetsplan',
      tabUrl: `${tabOrigin}/`,
      clientId: appId,
      authority: `${stack.identity.origin}/${stack.tenantId}`,
      apiScope: `${apiAudience}/access_as_user`,
      redirectUri: `${tabOrigin}/`,
    });
  });

  it('lets a user of the directory in with a v1 or v2 token for its scope, and reads Teams as the app', async () => {
    for (const version of [1, 2] as const) {
      const me = await api('/me', await annasToken({}, version));
      expect([version, me]).toMatchObject([
        version,
        { status: 200, body: { user: { id: anna.objectId }, isWorkingGroup: true } },
      ]);
    }
    const karinsToken = await stack.identity.mintUserToken({
      user: user(karin),
      clientId: appId,
      appIdUri: apiAudience,
    });
    expect(await api('/me', karinsToken)).toMatchObject({
      status: 200,
      body: { user: { id: karin.objectId }, isWorkingGroup: false },
    });
  });

  it('writes with the app’s own signed token on the granted site', async () => {
    const round = {
      kind: 'annual',
      title: 'Årsuppföljning 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      opensOn: '2027-01-11',
      dueOn: '2027-02-26',
      closesOn: '2027-03-31',
    };
    // serve runs on the machine's clock: from 31 March 2027 on this round is past and opens only
    // with the working group's confirmation, which is harmless before then.
    const opened = await api('/rounds', await annasToken(), {
      method: 'POST',
      body: JSON.stringify({ ...round, confirmPast: true }),
    });
    expect(opened).toMatchObject({ status: 201, body: { round: { title: round.title } } });
    openedRoundId = (opened.body as { round: { id: string } }).round.id;
  });

  it.each([
    ['no token', () => Promise.resolve(undefined), 401],
    ['another audience', () => annasToken({ aud: 'api://elsewhere/1234' }), 401],
    [
      'another tenant',
      () =>
        stack.identity.mintUserToken({
          user: user(anna, '0f0f0f0f-0000-4000-8000-000000000000'),
          clientId: appId,
          appIdUri: apiAudience,
        }),
      401,
    ],
    ['an expired token', () => annasToken({ exp: Math.floor(Date.now() / 1000) - 900 }), 401],
    [
      'a user the directory does not have (only a forger can sign one)',
      () =>
        stack.identity.mintUserToken({
          user: user({ ...karin, objectId: '00000000-dead-4000-8000-000000000000' }),
          clientId: appId,
          appIdUri: apiAudience,
          key: forger,
        }),
      401,
    ],
    ['no scope', () => annasToken({ scp: undefined }), 403],
    ['another scope', () => annasToken({ scp: 'User.Read' }), 403],
  ])('refuses %s', async (_why, token, status) => {
    const answer = await api('/me', await token());
    expect(answer).toMatchObject({ status, body: { error: expect.any(Object) as unknown } });
  });
});

/**
 * One accepted activity through the real `serve` process, with Graph on signed tokens: the bot's
 * refusals, its answers and the reminder posts are rehearsed in
 * tests/server/production/rehearsal-bot.test.ts (in-process, Graph on dev tokens).
 */
describe('the bot in serve’s composition', () => {
  const social = {
    teamId: 'e418b5d4-a7ee-4d59-ae0c-c662176cdaff',
    channelId: '19:e49757a030f4da6feee2ac1c074f80d2@thread.tacv2',
  };
  const cecilia = { id: '7abd81a3-83aa-4933-9e18-357a870532b9', name: 'Cecilia Carlsson' };

  const place = () => ({
    serviceUrl: stack.connector.serviceUrl,
    channelId: social.channelId,
    teamThreadId: social.channelId,
    tenantId: stack.tenantId,
    messageId: '1700000000300',
  });

  const refresh = (token: string | undefined) =>
    post(
      cardInvoke(place(), cecilia, 'followUp.refresh', {
        v: 1,
        roundId: openedRoundId,
        departmentId: 'social-omsorg',
        cardVersion: 'x',
        page: 1,
      }),
      token,
    );

  async function post(activity: unknown, token: string | undefined) {
    const response = await fetch(new URL('api/messages', served.url), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, text };
  }

  const channelToken = () =>
    stack.identity.mintChannelToken({
      botId,
      tenantId: stack.tenantId,
      serviceUrl: stack.connector.serviceUrl,
    });

  it('accepts a channel-signed card action and answers the department’s card, with its own connector token', async () => {
    const installed = await post(
      installedInTeam(place(), cecilia, social.teamId),
      await channelToken(),
    );
    expect(installed.status).toBe(200);
    const linked = await api('/channels', await annasToken(), {
      method: 'POST',
      body: JSON.stringify({
        target: 'social-omsorg',
        ...social,
        tenantId: stack.tenantId,
        channelName: 'Aktivitetsplan',
      }),
    });
    expect(linked).toMatchObject({ status: 200, body: { link: { target: 'social-omsorg' } } });
    const answer = await refresh(await channelToken());
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text) as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(body.value);
    expect(text).toMatch(/Årsuppföljning 2026/);
    expect(text).toMatch(/Social- och omsorgsförvaltningen/);
    expect(text).toMatch(/Skicka svar/);
    expect(stack.identity.grants().filter((g) => g.clientId === botId)).toContainEqual(
      expect.objectContaining({ resource: 'https://api.botframework.com', method: 'secret' }),
    );
  });
});
