import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import { I18nProvider } from '../../../src/tab/i18n/react.js';
import { vi } from 'vitest';
import type { AuthSession } from '../../../src/tab/auth/auth-session.js';
import type { Host } from '../../../src/tab/host/host.types.js';
import { en } from '../../../src/tab/i18n/en.js';
import { createI18n, type Language } from '../../../src/tab/i18n/i18n.js';
import type { DownloadFile, TabServices } from '../../../src/tab/services/tab-services.js';
import { TabApp } from '../../../src/tab/TabApp.js';
import type { FakeBackend } from './fake-backend.js';

// The machine is shared: lazily loaded views and dialogs may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

/** jsdom lacks matchMedia and ResizeObserver; Fluent and the theme hook ask for them. */
export function installDomShims(): void {
  if (typeof window.ResizeObserver !== 'function') {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (typeof window.matchMedia !== 'function') {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
}

function fakeAuth(): AuthSession & { reauthenticate: ReturnType<typeof vi.fn> } {
  return {
    mode: 'local',
    user: { id: 'u-wg', name: 'Sara Samverkan' },
    getToken: () => Promise.resolve({ ok: true, token: 'x' }),
    reauthenticate: vi.fn(() => Promise.resolve({ ok: true as const, token: 'y' })),
    signOut: () => Promise.resolve(),
  };
}

export type RenderOptions = {
  readonly hash?: string;
  readonly host?: Host;
  readonly language?: Language;
  readonly downloads?: DownloadFile[];
};

export function renderTab(backend: FakeBackend, options: RenderOptions = {}) {
  installDomShims();
  window.location.hash = options.hash ?? '#/oversikt';
  const auth = fakeAuth();
  const downloads = options.downloads ?? [];
  const services: TabServices = {
    backend,
    auth,
    clock: { now: () => new Date('2024-02-01T09:00:00Z') },
    host: options.host ?? { kind: 'standalone' },
    tabUrl: 'https://localhost:3978/tab/index.html',
    download: (file) => downloads.push(file),
  };
  const i18n = createI18n(options.language ?? 'sv', en);
  const result = render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider i18n={i18n}>
        <TabApp services={services} />
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, auth, downloads, services };
}
