import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig, RuntimeConfigSchema } from '../../../src/tab/config/runtime-config.js';

const local = {
  mode: 'local',
  graphBase: '/graph/v1.0',
  demoUsers: [{ id: 'u1', name: 'Sara', upn: 'sara@kommun.test', role: 'workingGroup' }],
};

const respond = (status: number, body: unknown) => () =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('RuntimeConfigSchema', () => {
  it('fills local defaults', () => {
    const config = RuntimeConfigSchema.parse(local);
    expect(config).toMatchObject({ apiBase: '/api', defaultLanguage: 'sv' });
  });

  it('requires the msal settings in tenant mode', () => {
    expect(
      RuntimeConfigSchema.safeParse({
        mode: 'tenant',
        graphBase: 'https://graph.microsoft.com/v1.0',
      }).success,
    ).toBe(false);
    const tenant = RuntimeConfigSchema.parse({
      mode: 'tenant',
      graphBase: 'https://graph.microsoft.com/v1.0',
      clientId: '11111111-2222-4333-8444-555555555555',
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      apiScope: 'api://tab.kommun.se/11111111-2222-4333-8444-555555555555/access_as_user',
    });
    expect(tenant.mode === 'tenant' && tenant.graphScopes).toEqual(['Sites.Read.All']);
  });
});

describe('loadRuntimeConfig', () => {
  it('returns the parsed config, or a detail instead of throwing', async () => {
    expect((await loadRuntimeConfig(respond(200, local) as typeof fetch)).ok).toBe(true);
    expect(await loadRuntimeConfig(respond(404, {}) as typeof fetch)).toEqual({
      ok: false,
      detail: 'HTTP 404',
    });
    expect((await loadRuntimeConfig(respond(200, { mode: 'local' }) as typeof fetch)).ok).toBe(
      false,
    );
    expect((await loadRuntimeConfig(() => Promise.reject(new Error('offline')))).ok).toBe(false);
  });
});
