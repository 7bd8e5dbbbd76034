// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BootDeps } from '../../../src/tab/boot/boot.types.js';
import { readTokenPayload } from '../../../src/tab/auth/dev-token.js';
import { Root } from '../../../src/tab/Root.js';
import { snapshot } from '../support/fixture.js';
import { installDomShims } from '../support/render-tab.js';
import '../../../src/tab/components/SignIn/SignIn.js';

afterEach(cleanup);

const config = {
  mode: 'local',
  graphBase: '/graph/v1.0',
  demoUsers: [
    { id: 'u-wg', name: 'Sara Samverkan', upn: 'sara@kommun.test', role: 'workingGroup' },
    {
      id: 'u-dep',
      name: 'Dan Kontakt',
      upn: 'dan@kommun.test',
      role: 'departmentContact',
      departmentId: 'social-omsorg',
    },
  ],
};

function deps(configReply: () => Promise<Response>) {
  const storage = new Map<string, string>();
  const apiCalls: { url: string; token: string | null }[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    if (url.endsWith('config.json')) return configReply();
    apiCalls.push({ url, token: new Headers(init?.headers).get('Authorization') });
    const token = readTokenPayload(new Headers(init?.headers).get('Authorization')!.slice(7));
    return Promise.resolve(
      Response.json({
        user: { id: token?.oid, name: token?.name },
        isWorkingGroup: token?.oid === 'u-wg',
        departmentIds: [],
      }),
    );
  });
  const value: BootDeps = {
    fetch: fetch as unknown as typeof globalThis.fetch,
    win: { self: 1, top: 1 },
    teamsSdk: () => Promise.reject(new Error('not in Teams')),
    clock: { now: () => new Date('2024-02-01T09:00:00Z') },
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => storage.set(k, v),
      removeItem: (k) => storage.delete(k),
    },
    planReader: () => ({ loadPlan: () => Promise.resolve({ ok: true, value: snapshot() }) }),
    msal: () => Promise.reject(new Error('not used')),
    download: () => undefined,
    tabUrl: 'https://localhost/tab/',
  };
  return { value, apiCalls, storage };
}

describe('Root', () => {
  it('signs in a demo user locally and opens the overview with dev tokens', async () => {
    installDomShims();
    window.location.hash = '#/oversikt';
    const d = deps(() => Promise.resolve(Response.json(config)));
    render(<Root deps={d.value} />);
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Dan Kontakt – Kontaktperson förvaltning' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    expect(screen.getByText('Inloggad som Dan Kontakt')).toBeTruthy();
    expect(d.apiCalls[0]!.url).toBe('/api/me');
    expect(readTokenPayload(d.apiCalls[0]!.token!.slice(7))).toMatchObject({
      oid: 'u-dep',
      upn: 'dan@kommun.test',
    });
    expect(screen.queryByRole('link', { name: 'Uppföljning' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeTruthy();
    expect(d.storage.size).toBe(0);
  });

  it('shows why it could not start, and retries', async () => {
    installDomShims();
    let replies = 0;
    const d = deps(() =>
      Promise.resolve(
        replies++ === 0 ? new Response('nope', { status: 503 }) : Response.json(config),
      ),
    );
    render(<Root deps={d.value} />);
    expect(await screen.findByText(/Appen kunde inte starta/)).toBeTruthy();
    expect(screen.getByText(/Inställningarna kunde inte läsas från servern\.$/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/503|HTTP|Error/);
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeTruthy();
  });

  it('speaks English when the browser does', async () => {
    installDomShims();
    const d = deps(() => Promise.resolve(Response.json(config)));
    render(<Root deps={{ ...d.value, browserLanguage: 'en-GB' }} />);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the language chosen in the header across a reload, and starts in Swedish without one', async () => {
    installDomShims();
    window.location.hash = '#/oversikt';
    const saved = new Map<string, string>();
    const preferences = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    const first = deps(() => Promise.resolve(Response.json(config)));
    render(<Root deps={{ ...first.value, preferences }} />);
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Dan Kontakt – Kontaktperson förvaltning' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByText('Signed in as Dan Kontakt')).toBeTruthy();
    cleanup();
    // The reload: a fresh Root with the same browser storage (the demo user is remembered too).
    const again = deps(() => Promise.resolve(Response.json(config)));
    for (const [k, v] of first.storage) again.storage.set(k, v);
    render(<Root deps={{ ...again.value, preferences }} />);
    expect(await screen.findByText('Signed in as Dan Kontakt')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();
    cleanup();
    const fresh = deps(() => Promise.resolve(Response.json(config)));
    for (const [k, v] of first.storage) fresh.storage.set(k, v);
    render(<Root deps={fresh.value} />);
    expect(await screen.findByText('Inloggad som Dan Kontakt')).toBeTruthy();
  });

  it('opens the route a Teams deep link names in its sub-entity (page.subPageId)', async () => {
    installDomShims();
    window.location.hash = '';
    const d = deps(() => Promise.resolve(Response.json(config)));
    const info = {
      theme: 'default' as const,
      locale: 'sv-SE',
      frameContext: 'content',
      subPageId: '/min-forvaltning?forvaltning=social-omsorg&omgang=annual-2024',
    };
    const teamsSdk = () =>
      Promise.resolve({
        initialize: () => Promise.resolve(),
        getInfo: () => Promise.resolve(info),
        onThemeChange: () => undefined,
        setSaveEnabled: () => undefined,
        onSave: () => undefined,
      });
    render(
      <Root deps={{ ...d.value, win: { self: 1, top: 2, location: window.location }, teamsSdk }} />,
    );
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeTruthy();
    expect(window.location.hash).toBe(
      '#/min-forvaltning?forvaltning=social-omsorg&omgang=annual-2024',
    );
  });

  it('ignores a sub-entity that is no route of the tab, and one outside Teams', async () => {
    installDomShims();
    window.location.hash = '#/oversikt';
    const d = deps(() => Promise.resolve(Response.json(config)));
    const teamsSdk = () =>
      Promise.resolve({
        initialize: () => Promise.resolve(),
        getInfo: () =>
          Promise.resolve({
            theme: 'default' as const,
            locale: 'sv-SE',
            frameContext: 'content',
            subPageId: 'javascript:alert(1)',
          }),
        onThemeChange: () => undefined,
        setSaveEnabled: () => undefined,
        onSave: () => undefined,
      });
    render(
      <Root deps={{ ...d.value, win: { self: 1, top: 2, location: window.location }, teamsSdk }} />,
    );
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeTruthy();
    expect(window.location.hash).toBe('#/oversikt');
  });
});
