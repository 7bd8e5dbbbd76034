import type { AppCredentialConfig } from '../../graph/auth/app-only.js';

/**
 * What `aktivitetsplan serve` runs with: parsed from the environment by ../config.ts
 * (readServeConfig), checked against the production rules of ./refusals.ts.
 */

/**
 * `production`: a tenant (NODE_ENV=production). `rehearsal`: the same composition and rules
 * with Microsoft's endpoints pointed at local stand-ins (./microsoft-endpoints.ts); refused with
 * NODE_ENV=production. `development`: the emulator with its dev tokens.
 */
type ServeMode = 'production' | 'rehearsal' | 'development';

/** Production and its rehearsal: everything but where Microsoft's endpoints are. */
export function isProductionLike(mode: ServeMode): boolean {
  return mode !== 'development';
}

/** How the bot proves who it is to the Bot Connector (the Agents SDK's authType). */
type BotAuth =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'clientSecret'; readonly secret: string }
  | { readonly kind: 'certificate'; readonly pemFile: string; readonly keyFile: string }
  | { readonly kind: 'userManagedIdentity' };

export type BotSettings = {
  /** The bot's Entra app id (or its managed identity's client id); absent: anonymous. */
  readonly clientId?: string;
  readonly tenantId?: string;
  readonly auth: BotAuth;
};

/** How the tab's API checks bearer tokens. */
export type ApiSettings =
  | {
      readonly kind: 'entra';
      /** The Application ID URI, `api://<host>/<client id>`. */
      readonly audience: string;
      readonly clientId: string;
      readonly tenantId: string;
    }
  /** The emulator's unsigned development tokens: development only. */
  | { readonly kind: 'devTokens' };

export type ServeConfig = {
  readonly mode: ServeMode;
  readonly graphUrl: string;
  /** True when the Graph URL is graph.microsoft.com. */
  readonly realGraph: boolean;
  readonly siteUrl?: string;
  /** Entra's authority host (AKTIVITETSPLAN_AUTHORITY_HOST), no trailing slash. */
  readonly authorityHost: string;
  /** SharePoint REST's origin when not the site's own (AKTIVITETSPLAN_SHAREPOINT_URL). */
  readonly sharePointUrl?: string;
  /** App-only credentials for Graph (absent only in development with dev tokens). */
  readonly credential?: AppCredentialConfig;
  /** PEM file of a CA to trust for Graph (the emulator's): development only. */
  readonly graphCaFile?: string;
  readonly bot: BotSettings;
  /** Absent: not configured (refused in production). */
  readonly api?: ApiSettings;
  readonly devTokens: boolean;
  /** The tab's public origin, e.g. `https://app-aktplan.azurewebsites.net` (no path). */
  readonly tabEndpoint?: string;
  /** The tab's web address for the cards' links; default `<tabEndpoint>/`. */
  readonly tabUrl?: string;
  /** The Teams app id (the manifest's `id`): set, the cards' links open the tab inside Teams. */
  readonly teamsAppId?: string;
  readonly workingGroupTeamId?: string;
  readonly listen: {
    readonly port: number;
    readonly host: string;
    /** HTTPS with this certificate; absent: plain HTTP behind a TLS-terminating front end. */
    readonly tls?: { readonly certFile: string; readonly keyFile: string };
  };
  /** A cron pattern (Europe/Stockholm); absent: the in-process reminder timer is off. */
  readonly reminderSchedule?: string;
  readonly reminderPostsPerSecond?: number;
  readonly appInsightsConnectionString?: string;
};

/** A setting that keeps the server from starting: one line naming it; exit code 2. */
export type ConfigRefusal = {
  readonly ok: false;
  readonly setting: string;
  readonly message: string;
};

export type ServeConfigResult = { readonly ok: true; readonly value: ServeConfig } | ConfigRefusal;
