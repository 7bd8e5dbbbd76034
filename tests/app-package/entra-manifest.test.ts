import { describe, expect, it } from 'vitest';
import { readJson, readText } from './support/project.js';

type EntraManifest = {
  identifierUris: string[];
  signInAudience: string;
  api: {
    oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
  };
  requiredResourceAccess: {
    resourceAppId: string;
    resourceAccess: { id: string; type: string }[];
  }[];
  spa: { redirectUris: string[] };
  web: { redirectUris: string[] };
};

const entra = readJson('infra/aad.manifest.json') as EntraManifest;
const teams = readJson('appPackage/manifest.json') as {
  webApplicationInfo: {
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
};

/** Microsoft Graph's delegated Sites.Selected; the toolkit's name table predates it. */
const delegatedSitesSelected = 'f89c84ef-20d0-4b54-87e9-02e856d66d53';

describe('infra/aad.manifest.json', () => {
  it('exposes the API that the Teams manifest names, with the scope the tab prefetches', () => {
    expect(entra.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    const [scope] = entra.api.oauth2PermissionScopes;
    expect(scope).toMatchObject({ value: 'access_as_user', type: 'User', isEnabled: true });
    expect(teams.webApplicationInfo.nestedAppAuthInfo[0]!.scopes).toEqual([
      `${entra.identifierUris[0]}/access_as_user`,
    ]);
  });

  it('lists its own access_as_user scope among the permissions it requires (admin consent covers it)', () => {
    const own = entra.requiredResourceAccess.find(
      (r) => r.resourceAppId === '${{AAD_APP_CLIENT_ID}}',
    );
    const scope = entra.api.oauth2PermissionScopes.find((s) => s.value === 'access_as_user');
    expect(own?.resourceAccess).toEqual([{ id: scope?.id, type: 'Scope' }]);
  });

  it('has the nested-app broker redirect and the tab for the standalone fallback, as SPA', () => {
    expect(entra.spa.redirectUris).toContain(
      teams.webApplicationInfo.nestedAppAuthInfo[0]!.redirectUri,
    );
    expect(entra.spa.redirectUris).toContain('brk-multihub://${{TAB_DOMAIN}}');
    expect(entra.spa.redirectUris.filter((u) => u.startsWith('${{TAB_ENDPOINT}}/'))).toHaveLength(
      2,
    );
    expect(entra.web.redirectUris).toEqual([]);
    expect(entra.signInAudience).toBe('AzureADMyOrg');
  });

  it('asks for the least privilege: one site, no tenant-wide permission', () => {
    expect(entra.requiredResourceAccess).toEqual([
      {
        resourceAppId: 'Microsoft Graph',
        resourceAccess: [
          { id: 'Sites.Selected', type: 'Role' },
          { id: delegatedSitesSelected, type: 'Scope' },
          { id: 'User.Read', type: 'Scope' },
          { id: 'openid', type: 'Scope' },
          { id: 'profile', type: 'Scope' },
          { id: 'offline_access', type: 'Scope' },
        ],
      },
      // The app's own access_as_user, so that the documented admin consent covers it.
      {
        resourceAppId: '${{AAD_APP_CLIENT_ID}}',
        resourceAccess: [{ id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}', type: 'Scope' }],
      },
      {
        resourceAppId: 'Office 365 SharePoint Online',
        resourceAccess: [{ id: 'Sites.Selected', type: 'Role' }],
      },
    ]);
    expect(readText('infra/aad.manifest.json')).not.toMatch(/\.All"/);
  });
});
