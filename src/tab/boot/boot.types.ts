import type { Clock } from '../../domain/clock.js';
import type { AuthSession } from '../auth/auth-session.js';
import type { TabReader } from '../backend/graph-plan-reader.js';
import type { MsalSignIn } from '../auth/msal-auth-session.js';
import type { DemoUser, RuntimeConfig, TenantConfig } from '../config/runtime-config.js';
import type { HostWindow } from '../host/detect-host.js';
import type { Host, TeamsSdk } from '../host/host.types.js';
import type { LanguageStorage } from '../i18n/language-choice.js';
import type { DownloadFile, TabServices } from '../services/tab-services.js';

/** Everything the tab takes from the browser, injected so tests can start it in jsdom. */
export type BootDeps = {
  readonly fetch: typeof fetch;
  readonly win: HostWindow;
  /** Loads teams-js on demand (only inside an iframe). */
  readonly teamsSdk: () => Promise<TeamsSdk>;
  readonly clock: Clock;
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Lasting preferences (the chosen language): local storage in the browser. */
  readonly preferences?: LanguageStorage;
  /** Reads through the data layer (GraphPlanStore with the user's Graph token). */
  readonly planReader: (config: RuntimeConfig, auth: AuthSession) => TabReader;
  /** Loads msal-browser on demand (tenant mode only); `inTeams`: nested app authentication. */
  readonly msal: (config: TenantConfig, inTeams: boolean) => Promise<MsalSignIn>;
  readonly download: (file: DownloadFile) => void;
  readonly tabUrl: string;
  /** Standalone only; absent means Swedish (the default language, not the browser's). */
  readonly browserLanguage?: string;
  readonly configUrl?: string;
  readonly hostTimeoutMs?: number;
};

export type BootState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'failed'; readonly detail: string }
  | {
      readonly kind: 'signInLocal';
      readonly host: Host;
      readonly users: readonly DemoUser[];
      readonly choose: (u: DemoUser) => void;
    }
  | {
      readonly kind: 'signInTenant';
      readonly host: Host;
      readonly signIn: () => Promise<string | undefined>;
    }
  | { readonly kind: 'ready'; readonly host: Host; readonly services: TabServices };
