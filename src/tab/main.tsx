import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unwiredPlanReader } from './backend/unwired-plan-reader.js';
import type { BootDeps } from './boot/boot.types.js';
import { Root } from './Root.js';
import { browserDownload } from './services/browser-download.js';

/** The browser entry: real fetch, window, teams-js, msal, sessionStorage, clock. */
const deps: BootDeps = {
  fetch: window.fetch.bind(window),
  win: window,
  teamsSdk: async () => (await import('./host/teams-sdk.js')).createTeamsSdk(),
  clock: { now: () => new Date() },
  storage: window.sessionStorage,
  // The integrator wires the data layer's browser PlanStore here (GraphPlanStore over
  // config.graphBase/siteUrl with `() => auth.getToken('graph')`).
  planReader: () => unwiredPlanReader(),
  msal: async (config) => (await import('./auth/msal-auth-session.js')).createMsalSignIn(config),
  download: browserDownload,
  tabUrl: `${window.location.origin}${window.location.pathname}`,
  browserLanguage: window.navigator.language,
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Root deps={deps} />
  </StrictMode>,
);
