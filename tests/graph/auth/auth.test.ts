import { ManagedIdentityCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { appOnlyAuthProvider, createAppCredential } from '../../../src/graph/auth/app-only.js';
import { devAuthProvider, devToken, stableGuid } from '../../../src/graph/auth/dev-token.js';
import { tokenFunctionAuthProvider } from '../../../src/graph/auth/token-function.js';

function claims(token: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  expect(signature).toBe('');
  expect(JSON.parse(Buffer.from(header!, 'base64url').toString('utf8'))).toEqual({
    alg: 'none',
    typ: 'JWT',
  });
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('dev tokens', () => {
  it('name a demo user with oid, name and upn, as the emulator reads them', () => {
    const token = claims(
      devToken({ name: 'Åsa Öberg', oid: '7abd81a3-83aa-4933-9e18-357a870532b9' }),
    );
    expect(token).toMatchObject({
      oid: '7abd81a3-83aa-4933-9e18-357a870532b9',
      name: 'Åsa Öberg',
      upn: 'asa.oberg@kommun.onmicrosoft.com',
      scp: 'Sites.Manage.All Sites.ReadWrite.All TeamMember.Read.All',
    });
  });

  it('give the same name the same stable, GUID-shaped oid', () => {
    expect(stableGuid('Anna Andersson')).toBe(stableGuid('Anna Andersson'));
    expect(stableGuid('Anna Andersson')).not.toBe(stableGuid('Bertil Berg'));
    expect(stableGuid('Anna Andersson')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(claims(devToken({ name: 'Anna Andersson' }))['oid']).toBe(stableGuid('Anna Andersson'));
  });

  it('come from the dev provider unchanged on every call', async () => {
    const provider = devAuthProvider({ name: 'Anna Andersson' });
    expect(await provider.getAccessToken()).toBe(await provider.getAccessToken());
  });
});

describe('token providers', () => {
  it('ask the tab’s function for the user’s token on every request', async () => {
    let n = 0;
    const provider = tokenFunctionAuthProvider(() => Promise.resolve(`token-${(n += 1)}`));
    expect(await provider.getAccessToken()).toBe('token-1');
    expect(await provider.getAccessToken()).toBe('token-2');
  });

  it('get app-only tokens from an @azure/identity credential for the scopes asked', async () => {
    const asked: string[][] = [];
    const credential: TokenCredential = {
      getToken: (scopes) => {
        asked.push([scopes].flat());
        return Promise.resolve<AccessToken>({
          token: 'app-token',
          expiresOnTimestamp: 4_102_444_800_000,
        });
      },
    };
    expect(await appOnlyAuthProvider(credential).getAccessToken()).toBe('app-token');
    await appOnlyAuthProvider(credential, [
      'https://kommun.sharepoint.com/.default',
    ]).getAccessToken();
    expect(asked).toEqual([
      ['https://graph.microsoft.com/.default'],
      ['https://kommun.sharepoint.com/.default'],
    ]);
  });

  it('build the credential the configuration names', () => {
    expect(createAppCredential({ kind: 'managedIdentity' })).toBeInstanceOf(
      ManagedIdentityCredential,
    );
    expect(
      createAppCredential({ kind: 'clientSecret', tenantId: 't', clientId: 'c', clientSecret: 's' })
        .constructor.name,
    ).toBe('ClientSecretCredential');
  });
});
