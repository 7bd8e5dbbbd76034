import { describe, expect, it } from 'vitest';
import { createDevAuthSession } from '../../../src/tab/auth/dev-auth-session.js';
import { makeDevToken, readTokenPayload } from '../../../src/tab/auth/dev-token.js';

describe('makeDevToken', () => {
  it('makes an unsigned JWT with the claims the emulator reads', () => {
    const token = makeDevToken(
      {
        oid: 'u1',
        name: 'Åsa Öberg',
        upn: 'asa@kommun.test',
        tid: 't1',
        scopes: ['Sites.Read.All', 'access_as_user'],
        audience: 'aktivitetsplan',
      },
      new Date('2024-02-01T10:00:00Z'),
    );
    const [header, , signature] = token.split('.');
    expect(signature).toBe('');
    expect(JSON.parse(atob(header!))).toEqual({ alg: 'none', typ: 'JWT' });
    expect(readTokenPayload(token)).toMatchObject({
      oid: 'u1',
      name: 'Åsa Öberg',
      upn: 'asa@kommun.test',
      scp: 'Sites.Read.All access_as_user',
      exp: Date.parse('2024-02-01T10:00:00Z') / 1000 + 3600,
    });
  });
});

describe('createDevAuthSession', () => {
  it('issues a fresh token per call for the chosen demo user', async () => {
    let now = new Date('2024-02-01T10:00:00Z');
    const session = createDevAuthSession(
      { id: 'u1', name: 'Sara', upn: 'sara@kommun.test', role: 'workingGroup' },
      { devScopes: ['Sites.Read.All'], tenantId: 't1' },
      { now: () => now },
    );
    const first = await session.getToken('api');
    now = new Date('2024-02-01T12:00:00Z');
    const second = await session.getToken('graph');
    expect(first.ok && second.ok).toBe(true);
    const exp = (r: typeof first) => (r.ok ? readTokenPayload(r.token)?.exp : undefined);
    expect(Number(exp(second)) - Number(exp(first))).toBe(7200);
    expect(second.ok && readTokenPayload(second.token)?.aud).toBe('https://graph.microsoft.com');
  });
});
