import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readServeConfig, settingNames } from '../../src/server/config.js';

/**
 * The settings of `serve` and the production refusals: each refusal through the pure config
 * function, and once through the real command (its exit code and its one line).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const clientId = '11111111-2222-4333-8444-555555555555';
const tenantId = 'aaa9ee38-f34e-47fe-9528-33545119fd0e';
const botId = '99999999-8888-4777-8666-555555555555';

/** What infra/azure.bicep gives the App Service, plus the working group's team. */
const production: Record<string, string> = {
  NODE_ENV: 'production',
  AZURE_TENANT_ID: tenantId,
  AZURE_CLIENT_ID: clientId,
  AZURE_CLIENT_SECRET: 'secret-from-key-vault',
  AKTIVITETSPLAN_SITE_URL: 'https://kommunen.sharepoint.com/sites/aktivitetsplan',
  AKTIVITETSPLAN_BOT_ID: botId,
  AKTIVITETSPLAN_BOT_TENANT_ID: tenantId,
  AKTIVITETSPLAN_BOT_AUTH: 'UserManagedIdentity',
  AKTIVITETSPLAN_API_AUDIENCE: `api://app-aktplan.azurewebsites.net/${clientId}`,
  AKTIVITETSPLAN_TAB_ENDPOINT: 'https://app-aktplan.azurewebsites.net',
  AKTIVITETSPLAN_REMINDER_SCHEDULE: '30 8 * * 1-5',
  AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: '36c69ed2-ae89-412a-b72b-bb9b2ba117af',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
};

function without(env: Record<string, string>, ...keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !keys.includes(k)));
}

/** Each refusal: the environment that breaks one rule, and the setting the line must name. */
const refusals: readonly [string, Record<string, string>, string][] = [
  ['no bot app id', without(production, 'AKTIVITETSPLAN_BOT_ID'), 'AKTIVITETSPLAN_BOT_ID'],
  [
    'no bot app id nor bot sign-in',
    without(production, 'AKTIVITETSPLAN_BOT_ID', 'AKTIVITETSPLAN_BOT_AUTH'),
    'AKTIVITETSPLAN_BOT_ID',
  ],
  [
    'no bot tenant',
    without(production, 'AKTIVITETSPLAN_BOT_TENANT_ID'),
    'AKTIVITETSPLAN_BOT_TENANT_ID',
  ],
  [
    'a bot secret sign-in without the secret',
    { ...production, AKTIVITETSPLAN_BOT_AUTH: 'ClientSecret' },
    'AKTIVITETSPLAN_BOT_SECRET',
  ],
  [
    'no JWT validation of the API (no audience)',
    without(production, 'AKTIVITETSPLAN_API_AUDIENCE'),
    'AKTIVITETSPLAN_API_AUDIENCE',
  ],
  [
    'no tab origin',
    without(production, 'AKTIVITETSPLAN_TAB_ENDPOINT'),
    'AKTIVITETSPLAN_TAB_ENDPOINT',
  ],
  [
    'an http tab origin',
    { ...production, AKTIVITETSPLAN_TAB_ENDPOINT: 'http://app-aktplan.azurewebsites.net' },
    'AKTIVITETSPLAN_TAB_ENDPOINT',
  ],
  [
    'an http link to the tab',
    { ...production, AKTIVITETSPLAN_TAB_URL: 'http://app-aktplan.azurewebsites.net/' },
    'AKTIVITETSPLAN_TAB_URL',
  ],
  [
    'the emulator’s dev tokens',
    { ...production, AKTIVITETSPLAN_DEV_TOKENS: 'true' },
    'AKTIVITETSPLAN_DEV_TOKENS',
  ],
  [
    'a Graph that is not graph.microsoft.com',
    { ...production, AKTIVITETSPLAN_GRAPH_URL: 'https://localhost:8443/v1.0' },
    'AKTIVITETSPLAN_GRAPH_URL',
  ],
  [
    'an authority host that is not Entra’s',
    { ...production, AKTIVITETSPLAN_AUTHORITY_HOST: 'https://localhost:9443' },
    'AKTIVITETSPLAN_AUTHORITY_HOST',
  ],
  [
    'a SharePoint that is not sharepoint.com',
    { ...production, AKTIVITETSPLAN_SHAREPOINT_URL: 'https://localhost:8443' },
    'AKTIVITETSPLAN_SHAREPOINT_URL',
  ],
  [
    'the rehearsal asked for in production',
    { ...production, AKTIVITETSPLAN_MODE: 'rehearsal' },
    'AKTIVITETSPLAN_MODE',
  ],
  [
    'the emulator’s CA',
    { ...production, AKTIVITETSPLAN_GRAPH_CA_FILE: '/tmp/ca.pem' },
    'AKTIVITETSPLAN_GRAPH_CA_FILE',
  ],
  [
    'no app credentials or managed identity',
    without(production, 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'),
    'AZURE_CLIENT_ID',
  ],
  ['an app id without its secret', without(production, 'AZURE_CLIENT_SECRET'), 'AZURE_CLIENT_ID'],
  [
    'development mode asked for in production',
    { ...production, AKTIVITETSPLAN_MODE: 'development' },
    'AKTIVITETSPLAN_MODE',
  ],
  ['no site', without(production, 'AKTIVITETSPLAN_SITE_URL'), 'AKTIVITETSPLAN_SITE_URL'],
  [
    'no working group team',
    without(production, 'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID'),
    'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID',
  ],
  [
    'a reminder schedule that is not cron',
    { ...production, AKTIVITETSPLAN_REMINDER_SCHEDULE: 'weekdays at 8.30' },
    'AKTIVITETSPLAN_REMINDER_SCHEDULE',
  ],
  [
    'a certificate without its key',
    { ...production, AKTIVITETSPLAN_TLS_CERT_FILE: '/etc/ssl/cert.pem' },
    'AKTIVITETSPLAN_TLS_KEY_FILE',
  ],
];

describe('readServeConfig in production', () => {
  it('accepts the settings infra/azure.bicep gives, with the bot and the API checked', () => {
    const result = readServeConfig(production);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        mode: 'production',
        realGraph: true,
        devTokens: false,
        bot: { clientId: botId, tenantId, auth: { kind: 'userManagedIdentity' } },
        api: {
          kind: 'entra',
          audience: production.AKTIVITETSPLAN_API_AUDIENCE,
          clientId,
          tenantId,
        },
        tabEndpoint: 'https://app-aktplan.azurewebsites.net',
        listen: { port: 8080, host: '0.0.0.0' },
        reminderSchedule: '30 8 * * 1-5',
        credential: expect.objectContaining({ kind: 'clientSecret', clientId }) as unknown,
      }) as unknown,
    });
  });

  it.each(refusals)('refuses %s, naming the setting on one line', (_why, env, setting) => {
    const result = readServeConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.setting).toBe(setting);
    expect(result.message).toContain(setting);
    expect(result.message).not.toContain('\n');
  });

  it('applies the production rules when AKTIVITETSPLAN_MODE says production', () => {
    const env = { ...without(production, 'NODE_ENV', 'AKTIVITETSPLAN_BOT_ID') };
    expect(readServeConfig({ ...env, AKTIVITETSPLAN_MODE: 'production' })).toMatchObject({
      ok: false,
      setting: 'AKTIVITETSPLAN_BOT_ID',
    });
  });

  it('refuses whenever required settings are missing, naming one of them', () => {
    const required = [
      'AKTIVITETSPLAN_BOT_ID',
      'AKTIVITETSPLAN_BOT_TENANT_ID',
      'AKTIVITETSPLAN_API_AUDIENCE',
      'AKTIVITETSPLAN_TAB_ENDPOINT',
      'AKTIVITETSPLAN_SITE_URL',
      'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID',
    ];
    fc.assert(
      fc.property(fc.subarray(required, { minLength: 1 }), fc.boolean(), (missing, devTokens) => {
        const env = without(production, ...missing);
        const result = readServeConfig(
          devTokens ? { ...env, AKTIVITETSPLAN_DEV_TOKENS: '1' } : env,
        );
        expect(result.ok).toBe(false);
        if (!result.ok) expect([...missing, 'AKTIVITETSPLAN_DEV_TOKENS']).toContain(result.setting);
      }),
    );
  });
});

describe('readServeConfig in the rehearsal', () => {
  /** Production's settings with Microsoft's endpoints at local stand-ins. */
  const rehearsal = {
    ...without(production, 'NODE_ENV'),
    AKTIVITETSPLAN_MODE: 'rehearsal',
    AKTIVITETSPLAN_AUTHORITY_HOST: 'https://localhost:9443/',
    AKTIVITETSPLAN_GRAPH_URL: 'https://localhost:8443/v1.0',
    AKTIVITETSPLAN_SHAREPOINT_URL: 'https://localhost:8443',
  };

  it('lets the stand-ins’ addresses in, and nothing else of production changes', () => {
    const result = readServeConfig(rehearsal);
    const inProduction = readServeConfig(production);
    expect(result.ok && inProduction.ok).toBe(true);
    if (!result.ok || !inProduction.ok) return;
    expect(result.value).toEqual({
      ...inProduction.value,
      mode: 'rehearsal',
      graphUrl: 'https://localhost:8443/v1.0',
      realGraph: false,
      authorityHost: 'https://localhost:9443',
      sharePointUrl: 'https://localhost:8443',
      credential: { ...inProduction.value.credential, authorityHost: 'https://localhost:9443' },
    });
  });

  it('keeps every production rule that is not about where Microsoft is', () => {
    for (const [why, env, setting] of refusals) {
      if (env.NODE_ENV !== 'production' || 'AKTIVITETSPLAN_MODE' in env) continue;
      const endpoint = ['AKTIVITETSPLAN_GRAPH_URL', 'AKTIVITETSPLAN_AUTHORITY_HOST'];
      if (endpoint.includes(setting) || setting === 'AKTIVITETSPLAN_SHAREPOINT_URL') continue;
      const broken = Object.fromEntries(
        Object.keys({ ...production, ...env })
          .filter((k) => k !== 'NODE_ENV')
          .map((k) => [k, k in env ? env[k] : undefined]),
      );
      const result = readServeConfig({ ...rehearsal, ...broken });
      expect([why, result.ok || result.setting]).toEqual([why, setting]);
    }
  });

  it('accepts Microsoft’s own addresses in production', () => {
    const result = readServeConfig({
      ...production,
      AKTIVITETSPLAN_AUTHORITY_HOST: 'https://login.microsoftonline.com/',
      AKTIVITETSPLAN_GRAPH_URL: 'https://graph.microsoft.com/v1.0',
      AKTIVITETSPLAN_SHAREPOINT_URL: 'https://kommunen.sharepoint.com',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'production', authorityHost: 'https://login.microsoftonline.com' },
    });
  });
});

describe('readServeConfig in development', () => {
  const development = {
    AKTIVITETSPLAN_GRAPH_URL: 'https://localhost:8443/v1.0',
    AKTIVITETSPLAN_SITE_URL: 'https://kommun.sharepoint.com/sites/aktivitetsplan',
    AKTIVITETSPLAN_DEV_TOKENS: 'true',
    AKTIVITETSPLAN_GRAPH_CA_FILE: '.data/graph-emulator-ca.pem',
    AKTIVITETSPLAN_TAB_ENDPOINT: 'http://localhost:3978',
    PORT: '3978',
  };

  it('allows the emulator, its dev tokens, an anonymous bot and plain http', () => {
    expect(readServeConfig(development)).toEqual({
      ok: true,
      value: expect.objectContaining({
        mode: 'development',
        realGraph: false,
        devTokens: true,
        api: { kind: 'devTokens' },
        bot: { auth: { kind: 'anonymous' } },
        listen: { port: 3978, host: 'localhost' },
      }) as unknown,
    });
  });

  it('still refuses a setting that is wrong in any mode', () => {
    expect(readServeConfig({ ...development, PORT: 'eighty' })).toMatchObject({
      ok: false,
      setting: 'PORT',
    });
    expect(
      readServeConfig({ ...development, AKTIVITETSPLAN_TAB_ENDPOINT: 'https://host/tab' }),
    ).toMatchObject({ ok: false, setting: 'AKTIVITETSPLAN_TAB_ENDPOINT' });
  });
});

describe('the settings the admin guide and the Bicep name', () => {
  it('are all settings the server reads', () => {
    const named = (file: string) =>
      new Set(readFileSync(`${root}${file}`, 'utf8').match(/\bAKTIVITETSPLAN_[A-Z_]+\b/g) ?? []);
    for (const file of ['infra/azure.bicep', 'docs/admin-guide.en.md', 'docs/admin-guide.sv.md']) {
      const unknown = [...named(file)].filter((name) => !settingNames.includes(name));
      expect([file, unknown]).toEqual([file, []]);
    }
  });
});

function serve(env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/main.ts', 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not exit: ${out} ${err}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

describe('aktivitetsplan serve', () => {
  it('exits with code 2 and one line naming the setting, before listening', async () => {
    const result = await serve({ ...without(production, 'AKTIVITETSPLAN_BOT_ID'), PORT: '0' });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^aktivitetsplan serve: .*AKTIVITETSPLAN_BOT_ID/) as unknown,
    ]);
  }, 40_000);
});
