import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider, useTranslation } from './i18n/react.js';
import type { BootDeps, BootState } from './boot/boot.types.js';
import { useBoot } from './boot/useBoot.js';
import { ErrorState } from './components/ErrorState/ErrorState.js';
import { LoadingState } from './components/LoadingState/LoadingState.js';
import type { Host } from './host/host.types.js';
import { fluentThemeOf, useHostTheme } from './host/theme.js';
import { createI18n, languageOf } from './i18n/i18n.js';
import { savedLanguage } from './i18n/language-choice.js';
import { TabApp } from './TabApp.js';

const SignIn = lazy(() =>
  import('./components/SignIn/SignIn.js').then((m) => ({ default: m.SignIn })),
);

function Themed(props: { readonly host: Host; readonly children: ReactNode }) {
  const theme = useHostTheme(props.host);
  return <FluentProvider theme={fluentThemeOf(theme)}>{props.children}</FluentProvider>;
}

/**
 * Swedish first: a language the user chose in the header (kept across reloads) wins; otherwise
 * in Teams the user's Teams locale decides (sv or en); standalone the tab starts in Swedish
 * whatever the browser says, and the user switches in the header.
 */
function useLanguage(state: BootState, deps: BootDeps) {
  const { i18n } = useTranslation();
  const host =
    'host' in state && state.host.kind === 'teams' ? state.host.info.locale : deps.browserLanguage;
  const locale = savedLanguage(deps.preferences) ?? host;
  useEffect(() => {
    const language = languageOf(locale);
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, locale]);
}

function Boot(props: { readonly deps: BootDeps }) {
  const { state, retry } = useBoot(props.deps);
  const { t } = useTranslation();
  // The technical reason is for whoever troubleshoots; the user reads a Swedish sentence.
  const detail = state.kind === 'failed' ? state.detail : undefined;
  useEffect(() => {
    if (detail) console.warn(`Appen kunde inte starta: ${detail}`);
  }, [detail]);
  useLanguage(state, props.deps);
  switch (state.kind) {
    case 'starting':
      return (
        <FluentProvider theme={teamsLightTheme}>
          <main>
            <LoadingState label={t('app.loading')} />
          </main>
        </FluentProvider>
      );
    case 'failed':
      return (
        <FluentProvider theme={teamsLightTheme}>
          <main>
            <ErrorState
              title={t('app.startFailed')}
              error={{
                reason: 'unavailable',
                message: t('app.startFailedDetail'),
              }}
              onRetry={retry}
            />
          </main>
        </FluentProvider>
      );
    case 'signInLocal':
      return (
        <Themed host={state.host}>
          <Suspense fallback={<LoadingState label={t('app.loading')} />}>
            <SignIn mode="local" users={state.users} onChoose={state.choose} />
          </Suspense>
        </Themed>
      );
    case 'signInTenant':
      return (
        <Themed host={state.host}>
          <Suspense fallback={<LoadingState label={t('app.loading')} />}>
            <SignIn mode="tenant" onSignIn={state.signIn} />
          </Suspense>
        </Themed>
      );
    case 'ready':
      return (
        <Themed host={state.host}>
          <TabApp services={state.services} />
        </Themed>
      );
  }
}

/** The whole tab: i18n (Swedish first), boot (config, host, sign-in), theme, then the app. */
export function Root(props: { readonly deps: BootDeps }) {
  const [i18n] = useState(() => createI18n('sv'));
  return (
    <I18nProvider i18n={i18n}>
      <Boot deps={props.deps} />
    </I18nProvider>
  );
}
