import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { createEntraTokenValidator } from '../../../src/server/api/entra-token-validator.js';
import type { TokenValidator } from '../../../src/server/api/token-validator.js';
import { apiPaths, MeResponseSchema } from '../../../src/tab/api/contract.js';
import { memoryWorld, users } from './support/memory-world.js';

/**
 * The production validator against a JWKS served from a local server with a locally generated
 * key pair (no network): tokens shaped like Entra's v2.0 access tokens for the app's API.
 */

const tenantId = '11111111-2222-4333-8444-555555555555';
const clientId = '99999999-8888-4777-8666-555555555555';
const appIdUri = `api://aktivitetsplan.kommun.se/${clientId}`;
const now = new Date('2026-03-02T09:00:00Z');
const seconds = Math.floor(now.getTime() / 1000);

type Keys = { privateKey: CryptoKey; publicKey: CryptoKey };

let server: Server;
let host: string;
let signing: Keys;
let stranger: Keys;
let jwksRequests = 0;

async function token(claims: JWTPayload = {}, keys: Keys = signing, kid = 'key-1') {
  return new SignJWT({
    aud: clientId,
    iss: `${host}/${tenantId}/v2.0`,
    tid: tenantId,
    oid: 'user-anna',
    name: 'Anna Andersson',
    preferred_username: 'anna@kommun.se',
    scp: 'access_as_user',
    ver: '2.0',
    iat: seconds - 60,
    nbf: seconds - 60,
    exp: seconds + 3600,
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .sign(keys.privateKey);
}

function validator(
  overrides: Partial<Parameters<typeof createEntraTokenValidator>[0]> = {},
): TokenValidator {
  return createEntraTokenValidator({
    tenantId,
    clientId,
    appIdUri,
    authorityHost: host,
    clock: fixedClock(now),
    ...overrides,
  });
}

beforeAll(async () => {
  signing = await generateKeyPair('RS256', { extractable: true });
  stranger = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(signing.publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
  server = createServer((req, res) => {
    jwksRequests += 1;
    if (req.url !== `/${tenantId}/discovery/v2.0/keys`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createEntraTokenValidator', () => {
  it('accepts a v2.0 token for the app signed by a key of the tenant', async () => {
    const check = await validator().validate(await token());
    expect(check).toEqual({
      ok: true,
      user: { id: 'user-anna', name: 'Anna Andersson', upn: 'anna@kommun.se', tenantId },
    });
  });

  it('accepts a v1.0 token whose audience is the Application ID URI', async () => {
    const check = await validator().validate(
      await token({ aud: appIdUri, iss: `https://sts.windows.net/${tenantId}/`, ver: '1.0' }),
    );
    expect(check.ok).toBe(true);
  });

  it('refuses a token for another audience (e.g. Graph)', async () => {
    const check = await validator().validate(await token({ aud: 'https://graph.microsoft.com' }));
    expect(check).toMatchObject({ ok: false, reason: 'unauthenticated' });
    expect(check.ok || check.detail).toMatch(/aud/);
  });

  it('refuses a token from another issuer or tenant', async () => {
    const other = '00000000-0000-4000-8000-000000000000';
    const issuer = await validator().validate(await token({ iss: `${host}/${other}/v2.0` }));
    expect(issuer).toMatchObject({ ok: false, reason: 'unauthenticated' });
    expect(issuer.ok || issuer.detail).toMatch(/iss/);
    const tenant = await validator().validate(await token({ tid: other }));
    expect(tenant).toMatchObject({ ok: false, reason: 'unauthenticated', detail: 'wrong tenant' });
  });

  it('refuses an expired token with the message that sends the user to sign in again', async () => {
    const check = await validator().validate(
      await token({ iat: seconds - 7200, nbf: seconds - 7200, exp: seconds - 1800 }),
    );
    expect(check).toMatchObject({
      ok: false,
      reason: 'unauthenticated',
      detail: 'ERR_JWT_EXPIRED',
    });
    expect(check.ok || check.message).toMatch(/gått ut/);
  });

  it('refuses a bad signature: a key the tenant does not publish, under its key id', async () => {
    const check = await validator().validate(await token({}, stranger, 'key-1'));
    expect(check).toMatchObject({
      ok: false,
      reason: 'unauthenticated',
      detail: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
    const forged = (await token()).split('.');
    const payload = Buffer.from(forged[1]!, 'base64url')
      .toString('utf8')
      .replace('user-anna', 'user-boss');
    forged[1] = Buffer.from(payload).toString('base64url');
    const tampered = await validator().validate(forged.join('.'));
    expect(tampered).toMatchObject({ ok: false, reason: 'unauthenticated' });
  });

  it('refuses an unsigned token and one without the API scope', async () => {
    const [head, body] = (await token()).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect((await validator().validate(`${none}.${body}.`)).ok).toBe(false);
    expect(head).toBeDefined();
    const scope = await validator().validate(await token({ scp: 'User.Read' }));
    expect(scope).toMatchObject({ ok: false, reason: 'forbidden' });
    const app = await validator().validate(
      await token({ scp: undefined, roles: ['Sites.Selected'] }),
    );
    expect(app.ok).toBe(false);
  });

  it('fetches the key set once for many tokens', async () => {
    const one = validator();
    const before = jwksRequests;
    for (let i = 0; i < 5; i += 1) expect((await one.validate(await token())).ok).toBe(true);
    expect(jwksRequests - before).toBe(1);
  });

  it('answers unavailable, not unauthenticated, when the key set cannot be fetched', async () => {
    const check = await validator({ jwksUrl: `${host}/missing/keys` }).validate(await token());
    expect(check).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('the API router with the Entra validator', () => {
  it('serves a signed-in user and refuses a foreign token with 401', async () => {
    const world = await memoryWorld({ tokens: validator() });
    try {
      const ok = await world.api.request('GET', apiPaths.me(), {
        authorization: `Bearer ${await token({ oid: users.anna.id })}`,
      });
      expect(ok.status).toBe(200);
      expect(MeResponseSchema.parse(ok.body)).toMatchObject({ isWorkingGroup: true });
      const foreign = await world.api.request('GET', apiPaths.me(), {
        authorization: `Bearer ${await token({ aud: 'https://graph.microsoft.com' })}`,
      });
      expect(foreign.status).toBe(401);
      const down = await memoryWorld({ tokens: validator({ jwksUrl: `${host}/missing/keys` }) });
      const unavailable = await down.api.request('GET', apiPaths.me(), {
        authorization: `Bearer ${await token()}`,
      });
      await down.close();
      expect(unavailable.status).toBe(503);
      expect(unavailable.headers.get('retry-after')).toBe('5');
    } finally {
      await world.close();
    }
  });
});
