import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevToken } from '../../src/emulator/auth/dev-token.js';
import { startTestEmulator, type TestEmulator } from './helpers.js';

/**
 * The emulator with `signedTokens` (the production rehearsal): Graph and SharePoint REST accept
 * only Entra-signed tokens of the tenant, checked as Graph and SharePoint Online check them
 * (signature, issuer, audience, lifetime, Sites.Selected with the site's grant; SharePoint
 * refuses app-only tokens got with a secret) — and let the right ones in.
 */

const appId = '00000000-0000-0000-0000-00000000a99a'; // the seed grants it `manage`
const kid = 'rehearsal-key-1';
let t: TestEmulator;
let key: CryptoKey;
let otherKey: CryptoKey;
let tenantId: string;
const now = () => Math.floor(Date.now() / 1000);

type Claims = Record<string, unknown>;

async function sign(claims: Claims, signer = key): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(signer);
}

/** An app-only v1 token as Entra issues it for Graph, from a certificate. */
function appClaims(overrides: Claims = {}): Claims {
  return {
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${tenantId}/`,
    tid: tenantId,
    appid: appId,
    appidacr: '2',
    idtyp: 'app',
    oid: '5b0c2c4a-0000-4000-8000-000000000001',
    sub: '5b0c2c4a-0000-4000-8000-000000000001',
    roles: ['Sites.Selected'],
    ver: '1.0',
    iat: now(),
    nbf: now(),
    exp: now() + 3599,
    ...overrides,
  };
}

const sharePoint = { aud: 'https://kommun.sharepoint.com' };

async function status(path: string, token: string, init: RequestInit = {}) {
  const response = await t.raw(path, { ...init, token });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const lists = () => `/v1.0/sites/${t.siteId}/lists`;
const views = "/sites/aktivitetsplan/_api/web/lists/getbytitle('Signerad')/views";
const spGet = { headers: { Accept: 'application/json;odata=nometadata' } };

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  key = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid, use: 'sig' };
  t = await startTestEmulator({ signedTokens: { jwks: { keys: [jwk] } } });
  tenantId = t.emulator.seed.tenant.id;
  const created = await status(lists(), await sign(appClaims()), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ displayName: 'Signerad', columns: [{ name: 'Note', text: {} }] }),
  });
  expect(created.status).toBe(201);
});
afterAll(() => t?.close());

describe('Graph with signed tokens', () => {
  it('lets in an app-only token with Sites.Selected on a granted site, from a secret or a certificate', async () => {
    expect((await status(lists(), await sign(appClaims()))).status).toBe(200);
    expect((await status(lists(), await sign(appClaims({ appidacr: '1' })))).status).toBe(200);
    const v2 = appClaims({
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      azp: appId,
      azpacr: '1',
      appid: undefined,
      ver: '2.0',
    });
    expect((await status(lists(), await sign(v2))).status).toBe(200);
  });

  it('carries the verified caller into $batch parts', async () => {
    const batch = await status('/v1.0/$batch', await sign(appClaims()), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: [{ id: '1', method: 'GET', url: `/sites/${t.siteId}/lists` }],
      }),
    });
    expect(batch).toMatchObject({ status: 200, body: { responses: [{ id: '1', status: 200 }] } });
  });

  it.each([
    ['an unsigned dev token', () => makeDevToken(appClaims()), 'Access token validation failure.'],
    ['a token signed by another key', () => sign(appClaims(), otherKey), 'validation failure'],
    ['an expired token', () => sign(appClaims({ exp: now() - 600 })), 'the token is expired'],
    ['a SharePoint token', () => sign(appClaims(sharePoint)), 'Invalid audience'],
    [
      'another tenant’s token',
      () =>
        sign(
          appClaims({
            tid: '0f0f0f0f-0000-4000-8000-000000000000',
            iss: 'https://sts.windows.net/0f0f0f0f-0000-4000-8000-000000000000/',
          }),
        ),
      'Invalid issuer',
    ],
    [
      'a token whose tid is not its issuer’s tenant',
      () => sign(appClaims({ tid: '0f0f0f0f-0000-4000-8000-000000000000' })),
      'Invalid issuer',
    ],
    ['a token without roles or scopes', () => sign(appClaims({ roles: [] })), 'scp or roles'],
  ])('refuses %s with 401', async (_why, token, message) => {
    const answer = await status(lists(), await token());
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: expect.stringContaining(message) },
    });
  });

  it('refuses with 403 an app without Sites.Selected or without a grant on the site', async () => {
    const noRole = await status(lists(), await sign(appClaims({ roles: ['User.Read.All'] })));
    const noGrant = await status(
      lists(),
      await sign(appClaims({ appid: '0000aaaa-0000-4000-8000-000000000000' })),
    );
    for (const answer of [noRole, noGrant])
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'accessDenied' } } });
  });
});

describe('SharePoint REST with signed tokens', () => {
  it('lets in a certificate’s app-only token for the tenant’s SharePoint (either audience form)', async () => {
    expect((await status(views, await sign(appClaims(sharePoint)), spGet)).status).toBe(200);
    const byAppId = appClaims({ aud: '00000003-0000-0ff1-ce00-000000000000' });
    expect((await status(views, await sign(byAppId), spGet)).status).toBe(200);
  });

  it('refuses an app-only token got with a client secret: "Unsupported app only token."', async () => {
    const secret = await status(
      views,
      await sign(appClaims({ ...sharePoint, appidacr: '1' })),
      spGet,
    );
    expect(secret).toEqual({
      status: 401,
      body: { error_description: 'Unsupported app only token.' },
    });
  });

  it('refuses a Graph token, a forged one and an app without a grant', async () => {
    const graph = await status(views, await sign(appClaims()), spGet);
    const forged = await status(views, await sign(appClaims(sharePoint), otherKey), spGet);
    expect([graph.status, forged.status]).toEqual([401, 401]);
    const noGrant = appClaims({ ...sharePoint, appid: '0000aaaa-0000-4000-8000-000000000000' });
    expect((await status(views, await sign(noGrant), spGet)).status).toBe(403);
  });
});
