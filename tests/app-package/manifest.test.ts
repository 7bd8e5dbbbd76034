import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../src/server/app-package/manifest-schema.js';
import { readServeConfig } from '../../src/server/config.js';
import { tenantRuntimeConfig } from '../../src/server/production/tab-links.js';
import { redirectUriFor } from '../../src/tab/auth/msal-auth-session.js';
import { parseRoute } from '../../src/tab/routing/routes.js';
import { fillJsonPlaceholders } from '../../src/server/app-package/placeholders.js';
import { environmentValues, readText } from './support/project.js';

type Manifest = {
  manifestVersion: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { file: string }[] };
  name: { short: string };
  description: { short: string; full: string };
  staticTabs: { entityId: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  [key: string]: unknown;
};

function filled(file: string): unknown {
  const result = fillJsonPlaceholders(readText(file), environmentValues('dev'), file);
  if (!result.ok) throw new Error(result.error.message);
  return JSON.parse(result.value) as unknown;
}

const template = JSON.parse(readText('appPackage/manifest.json')) as Manifest;
const manifest = filled('appPackage/manifest.json') as Manifest;
const english = filled('appPackage/en-us.json') as Record<string, string>;

describe('appPackage/manifest.json', () => {
  it('is valid against the bundled 1.30 schema once the dev values are filled in', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(validateAgainstSchema(manifest, '1.30', 'manifest')).toEqual([]);
  });

  it('lists every error of a broken manifest, not only the first', () => {
    const broken = structuredClone(manifest);
    delete broken.accentColor;
    broken.bots[0]!.scopes.push('channel');
    broken.staticTabs[0]!.entityId = 'x'.repeat(65);
    broken.webApplicationInfo.id = 'not-a-guid';
    const errors = validateAgainstSchema(broken, '1.30', 'manifest');
    expect(errors).toEqual(
      expect.arrayContaining([
        "/ must have required property 'accentColor'",
        expect.stringMatching(/^\/bots\/0\/scopes\/3 must be equal to one of the allowed values/),
        '/staticTabs/0/entityId must NOT have more than 64 characters',
        expect.stringMatching(/^\/webApplicationInfo\/id must match pattern/),
      ]),
    );
  });

  it('speaks Swedish by default and names its English localization file', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('sv-SE');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'en-US', file: 'en-us.json' },
    ]);
    expect(manifest.description.full).toContain('SharePoint');
    expect(manifest.description.full).toMatch(/organisationens egen Microsoft 365/);
    expect(english['description.full']).toMatch(/organisation's own Microsoft 365/);
  });

  it('has the personal overview tab, the configurable channel tab and the bot in three scopes', () => {
    expect(template.staticTabs[0]).toMatchObject({
      entityId: 'oversikt',
      contentUrl: '${{TAB_ENDPOINT}}/index.html#/oversikt',
      scopes: ['personal'],
    });
    expect(template.configurableTabs[0]).toMatchObject({
      configurationUrl: '${{TAB_ENDPOINT}}/index.html#/konfigurera',
      scopes: ['team', 'groupChat'],
    });
    expect(template.configurableTabs[0]!.context).toContain('channelTab');
    expect(template.bots[0]!.botId).toBe('${{BOT_ID}}');
    expect(template.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = template.bots[0]!.commandLists[0]!.commands.map((c) => c.title);
    expect(titles).toEqual(['koppla', 'koppla från', 'kort', 'hjälp']);
  });

  it('lives in standard channels only, where the team’s members are the channel’s', () => {
    // Who may answer is decided by the department team's membership: in a private channel a
    // team member outside it would pass, in a shared channel its outside members would be
    // refused. Without these keys Teams offers the app in standard channels only.
    expect(template).not.toHaveProperty('supportsChannelFeatures');
    expect(template).not.toHaveProperty('supportedChannelTypes');
  });

  it("opens the tab's own overview and configuration routes", () => {
    const hash = (url: string) => url.slice(url.indexOf('#'));
    expect(parseRoute(hash(template.staticTabs[0]!.contentUrl!))).toEqual({ name: 'overview' });
    expect(parseRoute(hash(template.configurableTabs[0]!.configurationUrl))).toEqual({
      name: 'configure',
    });
  });

  it('ties nested app authentication to the tab domain and the Entra app', () => {
    // API_AUDIENCE: one value (infra/azure.bicep's output, m365agents.local.yml's step).
    expect(template.webApplicationInfo).toEqual({
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: '${{API_AUDIENCE}}',
      nestedAppAuthInfo: [
        {
          redirectUri: 'brk-multihub://${{TAB_DOMAIN}}',
          scopes: ['${{API_AUDIENCE}}/access_as_user'],
        },
      ],
    });
    expect(template.validDomains).toEqual(['${{TAB_DOMAIN}}']);
  });

  it('asks Teams to prefetch the very token the tab asks for in Teams: same scope, same redirect', () => {
    const values = environmentValues('dev');
    const served = readServeConfig({
      AZURE_TENANT_ID: '11111111-1111-4111-8111-111111111111',
      AZURE_CLIENT_ID: values.AAD_APP_CLIENT_ID,
      AZURE_CLIENT_SECRET: 'secret',
      AKTIVITETSPLAN_SITE_URL: 'https://kommunen.sharepoint.com/sites/aktivitetsplan',
      AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: '33333333-3333-4333-8333-333333333333',
      AKTIVITETSPLAN_API_AUDIENCE: values.API_AUDIENCE,
      AKTIVITETSPLAN_TAB_ENDPOINT: values.TAB_ENDPOINT,
    });
    if (!served.ok) throw new Error(served.message);
    if (served.value.api?.kind !== 'entra') throw new Error('no Entra API');
    const tab = tenantRuntimeConfig(served.value, served.value.api, values.TAB_ENDPOINT!);
    if (tab.mode !== 'tenant') throw new Error('not the tenant configuration');
    const [prefetch] = manifest.webApplicationInfo.nestedAppAuthInfo;
    expect(prefetch).toEqual({
      redirectUri: redirectUriFor(tab, true),
      scopes: [tab.apiScope],
    });
    expect(redirectUriFor(tab, false)).toBe(`${values.TAB_ENDPOINT}/`);
    expect(tab.clientId).toBe(manifest.webApplicationInfo.id);
  });

  it('reads team members and channel messages only where it is installed (resource-specific consent)', () => {
    // ChannelMessage.Read.Group: the reminder run looks an earlier post up in the channel
    // (src/graph/teams/graph-post-finder.ts) before it posts a reminder in doubt again.
    expect(template.authorization.permissions.resourceSpecific).toEqual([
      { name: 'TeamMember.Read.Group', type: 'Application' },
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
    ]);
  });
});

describe('appPackage/en-us.json', () => {
  it('is valid against the bundled 1.30 localization schema', () => {
    expect(validateAgainstSchema(english, '1.30', 'localization')).toEqual([]);
  });

  it('translates only strings that exist in the manifest', () => {
    const keys = Object.keys(english).filter((k) => k !== '$schema');
    for (const key of keys) {
      const path = key.replace(/\[(\d+)\]/g, '.$1').split('.');
      const value = path.reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        manifest,
      );
      expect(typeof value, key).toBe('string');
    }
  });

  it('refuses a localization file with a name that is too long', () => {
    const errors = validateAgainstSchema(
      { ...english, 'name.short': 'A name far longer than thirty characters' },
      '1.30',
      'localization',
    );
    expect(errors).toEqual(['/name.short must NOT have more than 30 characters']);
  });
});
