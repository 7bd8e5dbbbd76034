import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevToken } from '../../src/emulator/auth/dev-token.js';
import { graphError, startTestEmulator, userClaims, type TestEmulator } from './helpers.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ maxBodyBytes: 64 * 1024 });
});
afterAll(() => t.close());

/** A request with the path exactly as written (fetch would normalise `..`). */
function rawPath(path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: 'localhost',
        port: t.emulator.port,
        path,
        ca: t.emulator.caPem,
        headers: { Authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function expectEnvelope(body: unknown, code: string): void {
  expect(body).toMatchObject({
    error: {
      code,
      message: expect.any(String),
      innerError: {
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
        'request-id': expect.any(String),
        'client-request-id': expect.any(String),
      },
    },
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
}

describe('authentication', () => {
  it('answers 401 with the error envelope without a token or with a malformed one', async () => {
    for (const token of [null, 'not-a-jwt', 'a.b.c']) {
      const response = await t.raw(`/v1.0/sites/${t.siteId}`, { token });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expectEnvelope(await response.json(), 'InvalidAuthenticationToken');
    }
    const expired = makeDevToken({ ...userClaims(t.emulator), exp: 1_000_000 });
    expect((await t.raw(`/v1.0/sites/${t.siteId}`, { token: expired })).status).toBe(401);
  });

  it('echoes client-request-id in headers and innerError, and sends OData headers on success', async () => {
    const ok = await t.raw(`/v1.0/sites/${t.siteId}`, {
      headers: { 'client-request-id': 'abc-123' },
    });
    expect(ok.headers.get('request-id')).toBe('abc-123');
    expect(ok.headers.get('client-request-id')).toBe('abc-123');
    expect(ok.headers.get('odata-version')).toBe('4.0');
    expect(ok.headers.get('content-type')).toBe(
      'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
    );
    const bad = await t.raw('/v1.0/sites/nope.sharepoint.com:/sites/x', {
      headers: { 'client-request-id': 'xyz' },
    });
    const body = (await bad.json()) as { error: { innerError: Record<string, string> } };
    expect(body.error.innerError['client-request-id']).toBe('xyz');
    const error = await graphError(t.client().api('/sites/nope.sharepoint.com:/sites/x').get());
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a token without the needed scope when scopes are required', async () => {
    const strict = await startTestEmulator({ requireScopes: true });
    try {
      const claims = userClaims(strict.emulator);
      const reader = strict.client({ ...claims, scp: 'Sites.Read.All' });
      expect((await reader.api(`/sites/${strict.siteId}`).get()).id).toBe(strict.siteId);
      expect(
        await graphError(reader.api(`/sites/${strict.siteId}/lists`).post({ displayName: 'L' })),
      ).toMatchObject({ statusCode: 403, code: 'accessDenied' });
      const writer = strict.client({ ...claims, scp: 'Sites.ReadWrite.All' });
      expect(
        await graphError(writer.api(`/sites/${strict.siteId}/lists`).post({ displayName: 'L' })),
      ).toMatchObject({ statusCode: 403 });
      const titleColumn = `/sites/${strict.siteId}/lists/Areas/columns/Title`;
      expect(await graphError(writer.api(titleColumn).patch({ description: 'x' }))).toMatchObject({
        statusCode: 403,
        code: 'accessDenied',
      });
      const app = strict.client({ appid: 'app-1', idtyp: 'app', roles: ['Sites.Selected'] });
      expect(await graphError(app.api(`/sites/${strict.siteId}`).get())).toMatchObject({
        statusCode: 403,
        code: 'accessDenied',
      });
      expect(
        await graphError(app.api(`/teams/${strict.emulator.seed.teams[0]!.id}/channels`).get()),
      ).toMatchObject({ statusCode: 403 });
      const admin = strict.client({
        appid: 'admin',
        idtyp: 'app',
        roles: ['Sites.FullControl.All'],
      });
      const permissions = `/sites/${strict.siteId}/permissions`;
      const application = { application: { id: 'app-1', displayName: 'App' } };
      expect(
        await graphError(
          admin.api(permissions).post({ roles: ['manage'], grantedToIdentities: [application] }),
        ),
      ).toMatchObject({ statusCode: 400 });
      const granted = await admin
        .api(permissions)
        .post({ roles: ['write'], grantedToIdentities: [application] });
      expect(granted).toMatchObject({ roles: ['write'], grantedToIdentitiesV2: [application] });
      expect((await app.api(`/sites/${strict.siteId}/lists`).get()).value).toEqual([]);
      expect(
        await graphError(app.api(`/sites/${strict.siteId}/lists`).post({ displayName: 'L' })),
      ).toMatchObject({ statusCode: 403 });
      await admin.api(`${permissions}/${granted.id}`).patch({ roles: ['manage'] });
      expect(
        (await app.api(`/sites/${strict.siteId}/lists`).post({ displayName: 'L' })).displayName,
      ).toBe('L');
      expect(await graphError(app.api(permissions).get())).toMatchObject({ statusCode: 403 });
      const local = strict.client({
        appid: '00000000-0000-0000-0000-00000000a99a',
        idtyp: 'app',
        roles: ['Sites.Selected'],
      });
      expect((await local.api(`/sites/${strict.siteId}/lists/L`).get()).displayName).toBe('L');
      const none = strict.client({ oid: claims.oid, name: 'x', upn: 'x@y' });
      expect(await graphError(none.api(`/sites/${strict.siteId}`).get())).toMatchObject({
        statusCode: 401,
      });
    } finally {
      await strict.close();
    }
  });
});

describe('bad input', () => {
  const post = (path: string, body: string, contentType = 'application/json') =>
    t.raw(`/v1.0${path}`, { method: 'POST', body, headers: { 'Content-Type': contentType } });

  it('answers 400 for malformed JSON and for a body that is not declared as JSON', async () => {
    const lists = `/sites/${t.siteId}/lists`;
    for (const response of [
      await post(lists, '{"displayName":'),
      await post(lists, '{"displayName":"x"}', 'text/plain'),
      await post(lists, '[1,2]'),
    ]) {
      expect(response.status).toBe(400);
      expectEnvelope(await response.json(), expect.any(String));
    }
  });

  it('caps the body size with 413 and keeps serving', async () => {
    const response = await post(
      `/sites/${t.siteId}/lists`,
      JSON.stringify({ displayName: 'x'.repeat(100_000) }),
    );
    expect(response.status).toBe(413);
    expect((await t.raw(`/v1.0/sites/${t.siteId}`)).status).toBe(200);
  });

  it('answers unknown segments with 400, unknown versions with 400 and wrong methods with 405', async () => {
    const unknown = await t.raw('/v1.0/nonsense');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "Resource not found for the segment 'nonsense'.",
    );
    const deep = await t.raw(`/v1.0/sites/${t.siteId}/lists/x/whatever`);
    expect(deep.status).toBe(400);
    expect((await t.raw('/v2.0/sites/root')).status).toBe(400);
    expect((await t.raw(`/v1.0/sites/${t.siteId}`, { method: 'DELETE' })).status).toBe(405);
    expect((await t.raw(`/v1.0/sites/${t.siteId}/lists/x/items/abc`)).status).toBe(404);
  });

  it('does not escape the site through path traversal or odd encodings', async () => {
    const token = makeDevToken(userClaims(t.emulator));
    for (const path of [
      '/v1.0/sites/kommun.sharepoint.com:/sites/../../etc/passwd',
      '/v1.0/sites/kommun.sharepoint.com:/sites/..%2F..%2Fetc',
      '/v1.0/sites/kommun.sharepoint.com:/sites/%E0%A4%A',
      '/v1.0/sites/kommun.sharepoint.com:/sites/aktivitetsplan/../../:/lists',
    ]) {
      const { status, body } = await rawPath(path, token);
      expect([400, 404]).toContain(status);
      expectEnvelope(JSON.parse(body), expect.any(String));
    }
  });

  it('survives odd bodies without a 500', async () => {
    const items = `/sites/${t.siteId}/lists/${(await t.client().api(`/sites/${t.siteId}/lists`).post({ displayName: 'Odd' })).id}/items`;
    for (const body of [
      'null',
      '"text"',
      '{"fields":[]}',
      '{"fields":{"Title":{"a":1}}}',
      '{"fields":{"Title":"\\u0000"}}',
      '{"__proto__":{"x":1}}',
    ]) {
      const response = await post(items, body);
      expect(response.status).toBeLessThan(500);
    }
  });
});
