import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/server/app-package/placeholders.js';
import { readServeConfig, settingNames } from '../../src/server/config.js';
import { outlineBicep } from './support/bicep-outline.js';
import { readJson, readText } from './support/project.js';
import { readProjectFile } from './support/toolkit-flow.js';

/**
 * Every setting the toolkit files and infra/azure.bicep give the server is one it reads
 * (src/server/config.ts and production/serve-env.ts), and the settings each path writes make
 * `serve` start: the test tenant's .localConfigs (m365agents.local.yml) and the App Service's
 * app settings.
 */

/** Read by App Service or by Application Insights' agent, not by the server. */
const platformSettings = new Set([
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'CUSTOM_BUILD_COMMAND',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
]);

/** Read by the Agents Playground itself (m365agents.playground.yml). */
const playgroundSettings = new Set(['TEAMSAPPTESTER_PORT', 'TEAMSAPPTESTER_BROWSER']);

/** Server settings that App Service does not get, and why. */
const notInAzure: Readonly<Record<string, string>> = {
  AKTIVITETSPLAN_GRAPH_URL: 'graph.microsoft.com, the default',
  AKTIVITETSPLAN_MODE: 'development and the rehearsal only; refused with NODE_ENV=production',
  AKTIVITETSPLAN_AUTHORITY_HOST:
    'login.microsoftonline.com, the default; another host is refused in production',
  AKTIVITETSPLAN_SHAREPOINT_URL:
    "the site's own origin, the default; another is refused in production",
  AKTIVITETSPLAN_GRAPH_CA_FILE: 'the emulator only',
  AKTIVITETSPLAN_DEV_TOKENS: 'the emulator only; refused in production',
  AKTIVITETSPLAN_MANAGED_IDENTITY: 'refused: Graph is called as the Entra app',
  AKTIVITETSPLAN_BOT_SECRET: 'the bot signs in with the managed identity',
  AKTIVITETSPLAN_BOT_CERT_PEM_FILE: 'the bot signs in with the managed identity',
  AKTIVITETSPLAN_BOT_CERT_KEY_FILE: 'the bot signs in with the managed identity',
  AZURE_CLIENT_CERTIFICATE_PATH: 'the client secret comes from Key Vault',
  AZURE_CLIENT_CERTIFICATE_PASSWORD: 'the client secret comes from Key Vault',
  PORT: 'App Service sets it',
  AKTIVITETSPLAN_HOST: '0.0.0.0 in production',
  AKTIVITETSPLAN_TLS_CERT_FILE: 'App Service ends TLS',
  AKTIVITETSPLAN_TLS_KEY_FILE: 'App Service ends TLS',
};

type EnvStep = { uses: string; with?: { target?: string; envs?: Record<string, unknown> } };

/** The settings a project file writes into a file of its own (`.localConfigs…`). */
function writtenSettings(file: string, target: string): Record<string, string> {
  const project = readProjectFile(file);
  const steps = [...(project.provision ?? []), ...(project.deploy ?? [])] as EnvStep[];
  const step = steps.find(
    (s) => s.uses === 'file/createOrUpdateEnvironmentFile' && s.with?.target === target,
  );
  if (!step?.with?.envs) throw new Error(`${file} writes no ${target}`);
  return Object.fromEntries(Object.entries(step.with.envs).map(([k, v]) => [k, String(v)]));
}

/** The app settings of infra/azure.bicep, name → Bicep expression. */
function bicepAppSettings(): Record<string, string> {
  const code = outlineBicep(readText('infra/azure.bicep')).code;
  const block = /name: 'appsettings'\s+properties: \{([\s\S]*?)\n {2}\}/.exec(code)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^\s+([A-Za-z][A-Za-z0-9_]+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

/** What the toolkit would put for each placeholder in a test tenant. */
const localValues: Readonly<Record<string, string>> = {
  AAD_APP_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  AAD_APP_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  SECRET_AAD_APP_CLIENT_SECRET: 'app-secret',
  SHAREPOINT_SITE_URL: 'https://kommunen.sharepoint.com/sites/aktivitetsplan-test',
  WORKING_GROUP_TEAM_ID: '33333333-3333-4333-8333-333333333333',
  BOT_ID: '44444444-4444-4444-8444-444444444444',
  SECRET_BOT_PASSWORD: 'bot-secret',
  API_AUDIENCE: 'api://localhost:3978/22222222-2222-4222-8222-222222222222',
  TAB_ENDPOINT: 'https://localhost:3978',
  SSL_CRT_FILE: '/home/dev/.fx/certificate/localhost.crt',
  SSL_KEY_FILE: '/home/dev/.fx/certificate/localhost.key',
};

/** Example values of the Bicep expressions that are not plain strings. */
const azureValues: Readonly<Record<string, string>> = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
  AZURE_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  AZURE_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  AZURE_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/1)',
  AKTIVITETSPLAN_SITE_URL: 'https://kommunen.sharepoint.com/sites/aktivitetsplan',
  AKTIVITETSPLAN_BOT_ID: '55555555-5555-4555-8555-555555555555',
  AKTIVITETSPLAN_BOT_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  AKTIVITETSPLAN_API_AUDIENCE: 'api://app-x.azurewebsites.net/22222222-2222-4222-8222-222222222222',
  AKTIVITETSPLAN_TAB_ENDPOINT: 'https://app-x.azurewebsites.net',
  AKTIVITETSPLAN_TAB_URL: '',
  AKTIVITETSPLAN_REMINDER_SCHEDULE: '30 8 * * 1-5',
  AKTIVITETSPLAN_REMINDER_RATE: '5',
  AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: '33333333-3333-4333-8333-333333333333',
  AKTIVITETSPLAN_TEAMS_APP_ID: '66666666-6666-4666-8666-666666666666',
};

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no example value for ${name}`);
    return value;
  });
}

describe('the settings the toolkit files and Bicep give the server', () => {
  const read = new Set(settingNames);

  it('m365agents.local.yml writes only settings the server reads, with their current names', () => {
    const names = Object.keys(writtenSettings('m365agents.local.yml', './.localConfigs'));
    expect(names.filter((n) => !read.has(n))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'AKTIVITETSPLAN_BOT_SECRET',
        'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID',
        'AKTIVITETSPLAN_TLS_CERT_FILE',
        'AKTIVITETSPLAN_TLS_KEY_FILE',
      ]),
    );
  });

  it('m365agents.playground.yml writes only settings the server or the Playground reads', () => {
    const names = Object.keys(
      writtenSettings('m365agents.playground.yml', './.localConfigs.playground'),
    );
    expect(names.filter((n) => !read.has(n) && !playgroundSettings.has(n))).toEqual([]);
  });

  it('infra/azure.bicep sets only settings the server, App Service or the agent reads', () => {
    const names = Object.keys(bicepAppSettings());
    expect(names.filter((n) => !read.has(n) && !platformSettings.has(n))).toEqual([]);
  });

  it('gives App Service every server setting but those that do not belong there', () => {
    const set = new Set(Object.keys(bicepAppSettings()));
    expect(settingNames.filter((n) => !set.has(n) && !(n in notInAzure))).toEqual([]);
    expect(Object.keys(notInAzure).filter((n) => set.has(n) || !read.has(n))).toEqual([]);
  });

  it('feeds every Bicep parameter from env/.env.prod, never from an empty optional value', () => {
    const template = readText('env/.env.prod.template');
    const values = parseEnv(template) as Record<string, string>;
    const head = Object.keys(parseEnv(template.slice(0, template.indexOf('# Written by'))));
    const tail = Object.keys(parseEnv(template.slice(template.indexOf('# Written by'))));
    const parameters = readJson('infra/azure.parameters.json') as {
      parameters: Record<string, { value: string }>;
    };
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      for (const used of placeholderNames(value)) {
        const known = head.includes(used) || tail.includes(used) || used.startsWith('SECRET_');
        expect(known, `${name}: ${used}`).toBe(true);
      }
    }
    // The optional settings come with a value: the toolkit stops at an empty one.
    for (const optional of [
      'REMINDER_SCHEDULE',
      'REMINDER_RATE',
      'TAB_URL',
      'APP_SERVICE_SKU',
      'API_ID_URI_FORM',
    ]) {
      expect(values[optional], optional).toMatch(/\S/);
    }
  });

  it('starts serve with what m365agents.local.yml writes: the test tenant path runs over HTTPS', () => {
    const written = writtenSettings('m365agents.local.yml', './.localConfigs');
    const env = Object.fromEntries(
      Object.entries(written).map(([name, value]) => [name, fill(value, localValues)]),
    );
    const config = readServeConfig(env);
    if (!config.ok) throw new Error(config.message);
    expect(config.value).toMatchObject({
      mode: 'development',
      tabEndpoint: 'https://localhost:3978',
      listen: { port: 3978, tls: { certFile: localValues.SSL_CRT_FILE } },
      bot: { clientId: localValues.BOT_ID, auth: { kind: 'clientSecret', secret: 'bot-secret' } },
      api: { kind: 'entra', audience: localValues.API_AUDIENCE },
      workingGroupTeamId: localValues.WORKING_GROUP_TEAM_ID,
    });
  });

  it('starts serve in production with the app settings infra/azure.bicep gives App Service', () => {
    const env: Record<string, string> = {};
    for (const [name, expression] of Object.entries(bicepAppSettings())) {
      const literal = /^'([^'$]*)'$/.exec(expression)?.[1];
      const value = literal ?? azureValues[name];
      if (value === undefined) throw new Error(`no example value for ${name} (${expression})`);
      env[name] = value;
    }
    const config = readServeConfig(env);
    if (!config.ok) throw new Error(config.message);
    expect(config.value).toMatchObject({
      mode: 'production',
      bot: { auth: { kind: 'userManagedIdentity' } },
      credential: { kind: 'clientSecret' },
      api: { kind: 'entra' },
      reminderSchedule: '30 8 * * 1-5',
      reminderPostsPerSecond: 5,
    });
  });
});
