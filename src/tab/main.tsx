import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphPlanReader } from './backend/graph-plan-reader.js';
import type { BootDeps } from './boot/boot.types.js';
import { browserPreferences } from './i18n/language-choice.js';
import { Root } from './Root.js';
import { siteSchema } from './config/site-schema.js';
import { browserDownload } from './services/browser-download.js';

/** The browser entry: real fetch, window, teams-js, msal, sessionStorage, localStorage, clock. */
const fetchFn = window.fetch.bind(window);
const clock = { now: () => new Date() };

const deps: BootDeps = {
  fetch: fetchFn,
  win: window,
  teamsSdk: async () => (await import('./host/teams-sdk.js')).createTeamsSdk(),
  clock,
  storage: window.sessionStorage,
  preferences: browserPreferences(),
  planReader: (config, auth) =>
    createGraphPlanReader({
      graphBase: config.graphBase,
      siteUrl: config.siteUrl,
      site: config.site,
      origin: window.location.origin,
      auth,
      clock,
      fetch: fetchFn,
      schema: siteSchema,
    }),
  msal: async (config, inTeams) =>
    (await import('./auth/msal-auth-session.js')).createMsalSignIn(config, inTeams),
  download: browserDownload,
  tabUrl: `${window.location.origin}${window.location.pathname}`,
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Root deps={deps} />
  </StrictMode>,
);
