import { ClientCertificateCredential, ClientSecretCredential } from '@azure/identity';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
} from 'jose';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityStandIn, type IdentityStandIn } from './identity.js';
import { createCertifiedKey, type CertifiedKey } from './keys.js';

const tenantId = '5b0c1f2e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const appId = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('identity stand-in', () => {
  let idp: IdentityStandIn;
  let certificate: CertifiedKey;
  let dispatcher: Agent;
  const post = (path: string, form: Record<string, string>) =>
    fetch(`${idp.origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: new URLSearchParams(form),
      dispatcher,
    } as RequestInit);
  const keySet = async () =>
    createLocalJWKSet(
      (await (
        await fetch(idp.jwksUri(tenantId), { dispatcher } as RequestInit)
      ).json()) as JSONWebKeySet,
    );

  beforeAll(async () => {
    idp = await startIdentityStandIn();
    certificate = await createCertifiedKey('aktivitetsplan-app');
    dispatcher = new Agent({ connect: { ca: idp.caPem } });
    idp.directory.addApp({
      clientId: appId,
      tenantId,
      secrets: ['hemligt'],
      certificates: [certificate],
    });
    idp.directory.grant(appId, 'https://graph.microsoft.com', ['Sites.Selected']);
  });
  afterAll(async () => {
    await dispatcher.close();
    await idp.close();
  });

  it('publishes the OpenID configuration and an RSA key set addressed on the host called', async () => {
    const doc = (await (
      await fetch(`${idp.origin}/${tenantId}/v2.0/.well-known/openid-configuration`, {
        dispatcher,
      } as RequestInit)
    ).json()) as Record<string, string>;
    expect(doc.token_endpoint).toBe(idp.tokenEndpoint(tenantId));
    expect(doc.issuer).toBe(`https://login.microsoftonline.com/${tenantId}/v2.0`);
    const keys = (await (
      await fetch(doc.jwks_uri!, { dispatcher } as RequestInit)
    ).json()) as JSONWebKeySet;
    expect(keys.keys[0]).toMatchObject({
      kty: 'RSA',
      use: 'sig',
      kid: idp.signingKey.x5t,
      e: 'AQAB',
    });
    expect(keys.keys[0]).not.toHaveProperty('alg');
  });

  it('issues a v1 Graph token with roles for a client secret, and refuses a wrong secret', async () => {
    const ok = await post(`/${tenantId}/oauth2/v2.0/token?client-request-id=x`, {
      client_id: appId,
      client_secret: 'hemligt',
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
      'x-client-SKU': 'msal.js.node',
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as {
      access_token: string;
      expires_in: number;
      token_type: string;
    };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    const { payload, protectedHeader } = await jwtVerify(body.access_token, await keySet());
    expect(protectedHeader).toMatchObject({
      alg: 'RS256',
      kid: idp.signingKey.x5t,
      x5t: idp.signingKey.x5t,
    });
    expect(payload).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${tenantId}/`,
      appid: appId,
      appidacr: '1',
      idtyp: 'app',
      roles: ['Sites.Selected'],
      tid: tenantId,
      ver: '1.0',
    });
    const wrong = await post(`/${tenantId}/oauth2/v2.0/token`, {
      client_id: appId,
      client_secret: 'fel',
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
  });

  it('issues a v2 token (azp, the API’s app id as audience) for an API registered for v2', async () => {
    const apiId = 'a1b2c3d4-0000-4000-8000-0000000000a2';
    idp.directory.addResource({
      uri: `api://kommun.se/${apiId}`,
      appId: apiId,
      accessTokenVersion: 2,
    });
    const answer = await post(`/${tenantId}/oauth2/v2.0/token`, {
      client_id: appId,
      client_secret: 'hemligt',
      scope: `api://kommun.se/${apiId}/.default`,
      grant_type: 'client_credentials',
    });
    const { access_token } = (await answer.json()) as { access_token: string };
    const { payload, protectedHeader } = await jwtVerify(access_token, await keySet());
    expect(protectedHeader).not.toHaveProperty('x5t');
    expect(payload).toMatchObject({
      aud: apiId,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      azp: appId,
      azpacr: '1',
      ver: '2.0',
    });
    expect(payload).not.toHaveProperty('roles');
    const unknown = await post(`/${tenantId}/oauth2/v2.0/token`, {
      client_id: appId,
      client_secret: 'hemligt',
      scope: 'api://nobody/.default',
      grant_type: 'client_credentials',
    });
    expect([unknown.status, ((await unknown.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_resource',
    ]);
  });

  it('refuses an assertion for another audience and one signed by an unregistered certificate', async () => {
    const assertion = (key: CertifiedKey, aud: string) =>
      new SignJWT({ aud, iss: appId, sub: appId, jti: crypto.randomUUID() })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t: key.x5t })
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime('10m')
        .sign(key.privateKey);
    const form = (jwt: string) => ({
      client_id: appId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: jwt,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    const elsewhere = await post(
      `/${tenantId}/oauth2/v2.0/token`,
      form(await assertion(certificate, 'https://example.org/token')),
    );
    expect(elsewhere.status).toBe(401);
    expect(await elsewhere.json()).toMatchObject({ error_codes: [70002, 50012] });
    const stranger = await createCertifiedKey('stranger');
    const unknown = await post(
      `/${tenantId}/oauth2/v2.0/token`,
      form(await assertion(stranger, idp.tokenEndpoint(tenantId))),
    );
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client', error_codes: [700027] });
    expect(idp.grants().at(-1)?.assertion).toBeUndefined();
    const good = await post(
      `/${tenantId}/oauth2/v2.0/token`,
      form(await assertion(certificate, idp.tokenEndpoint(tenantId))),
    );
    expect(good.status).toBe(200);
  });

  it('gives @azure/identity a certificate token (PS256, x5t#S256) and a secret token', async () => {
    const options = {
      authorityHost: idp.origin,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: idp.caPem },
      retryOptions: { maxRetries: 0 },
    };
    const byCertificate = new ClientCertificateCredential(
      tenantId,
      appId,
      { certificate: certificate.combinedPem },
      options,
    );
    const token = await byCertificate.getToken('https://graph.microsoft.com/.default');
    const { payload } = await jwtVerify(token.token, await keySet());
    expect(payload).toMatchObject({ appid: appId, appidacr: '2', roles: ['Sites.Selected'] });
    const bySecret = new ClientSecretCredential(tenantId, appId, 'hemligt', options);
    const secretToken = await bySecret.getToken('https://graph.microsoft.com/.default');
    expect(decodeProtectedHeader(secretToken.token).kid).toBe(idp.signingKey.x5t);
    expect(
      idp
        .grants()
        .filter((g) => g.method === 'certificate')
        .at(-1)?.assertion,
    ).toEqual({
      alg: 'PS256',
      thumbprint: 'x5t#S256',
    });
    const wrong = new ClientSecretCredential(tenantId, appId, 'fel', options);
    await expect(wrong.getToken('https://graph.microsoft.com/.default')).rejects.toThrow(/7000215/);
  });

  it('mints a channel token without appid/azp and a user token with the API scope', async () => {
    const channel = await idp.mintChannelToken({
      botId: appId,
      tenantId,
      serviceUrl: 'https://x/',
    });
    const { payload } = await jwtVerify(channel, await keySet(), {
      issuer: `https://sts.windows.net/${tenantId}/`,
      audience: appId,
    });
    expect(payload).toMatchObject({ tid: tenantId, serviceurl: 'https://x/' });
    expect(payload).not.toHaveProperty('appid');
    expect(payload).not.toHaveProperty('azp');
    const user = await idp.mintUserToken({
      user: {
        objectId: 'u-1',
        tenantId,
        name: 'Anna Andersson',
        userPrincipalName: 'anna@kommun.se',
      },
      clientId: appId,
      appIdUri: `api://localhost/${appId}`,
    });
    const verified = await jwtVerify(user, await keySet(), {
      audience: `api://localhost/${appId}`,
    });
    expect(verified.payload).toMatchObject({
      scp: 'access_as_user',
      oid: 'u-1',
      name: 'Anna Andersson',
      idtyp: 'user',
    });
  });
});
