import { z } from 'zod';
import type { AppCredentialConfig } from '../graph/auth/app-only.js';
import { defaultGraphUrl } from '../graph/client/create-client.js';
import { microsoftAuthorityHost } from './production/microsoft-endpoints.js';
import { refuse } from './production/refusals.js';
import type { ServeConfigResult } from './production/serve-config-types.js';
import { serveConfigFromEnv, serveSettingNames } from './production/serve-env.js';

/**
 * Configuration from the environment, read once here (nothing else reads process.env) and
 * parsed with zod. Minimal for now: what the commands that talk to Graph need. Others add
 * their settings to the schema.
 *
 * App-only credentials use the names @azure/identity uses (AZURE_TENANT_ID, AZURE_CLIENT_ID,
 * AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH): the Entra app's own, since the site
 * grant and the teams' resource-specific consent are given to it.
 * The server's own settings (`serve`: bot, API, tab, port, reminders) are below
 * (readServeConfig); the admin guide's appendix B lists them.
 */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An https origin (no path, query or fragment), kept without its trailing slash. */
const httpsOrigin = z
  .url({ protocol: /^https$/ })
  .refine((v) => new URL(v).pathname === '/' && !new URL(v).search && !new URL(v).hash, {
    message: 'en https-adress utan sökväg, t.ex. https://login.microsoftonline.com',
  })
  .transform((v) => new URL(v).origin);

const EnvSchema = z.object({
  AKTIVITETSPLAN_GRAPH_URL: z.url({ protocol: /^https$/ }).default(defaultGraphUrl),
  /**
   * Entra's authority host for the app's credentials and the API's token keys. Only the
   * rehearsal points it elsewhere (./production/microsoft-endpoints.ts; production refuses it).
   */
  AKTIVITETSPLAN_AUTHORITY_HOST: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      httpsOrigin.optional(),
    )
    .transform((v) => v ?? microsoftAuthorityHost),
  /** Where SharePoint REST is reached (default: the site's own origin); rehearsal only. */
  AKTIVITETSPLAN_SHAREPOINT_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    httpsOrigin.optional(),
  ),
  AKTIVITETSPLAN_SITE_URL: z.url({ protocol: /^https$/ }).optional(),
  AZURE_TENANT_ID: optionalText,
  AZURE_CLIENT_ID: optionalText,
  AZURE_CLIENT_SECRET: optionalText,
  AZURE_CLIENT_CERTIFICATE_PATH: optionalText,
  AZURE_CLIENT_CERTIFICATE_PASSWORD: optionalText,
  /**
   * No longer supported (read only to refuse it): the site grant and the resource-specific
   * consent in the teams belong to the Entra app, not to a managed identity.
   */
  AKTIVITETSPLAN_MANAGED_IDENTITY: optionalText,
});

/** Every environment variable the server reads (the admin guide's appendix B names them). */
export const settingNames: readonly string[] = [
  ...Object.keys(EnvSchema.shape),
  ...serveSettingNames,
];

export type ServerConfig = {
  readonly graphUrl: string;
  readonly siteUrl?: string;
  /** Entra's authority host, e.g. `https://login.microsoftonline.com` (no trailing slash). */
  readonly authorityHost: string;
  /** Another origin for the site's SharePoint REST calls (the rehearsal's stand-in). */
  readonly sharePointUrl?: string;
  /** Absent: no app-only credentials configured (local development against the emulator). */
  readonly credential?: AppCredentialConfig;
};

/** The first problem of an environment that failed its schema, in Swedish, naming the variable. */
export function envProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `Fel i miljövariabeln ${String(issue?.path[0] ?? '')}: ${issue?.message ?? ''}`;
}

const managedIdentityRefused =
  'AKTIVITETSPLAN_MANAGED_IDENTITY stöds inte: Graph ska anropas som Entra-appen, som webbplatsbehörigheten och det resursspecifika medgivandet i teamen gäller. Ta bort inställningen och ange AZURE_TENANT_ID, AZURE_CLIENT_ID och AZURE_CLIENT_SECRET (eller AZURE_CLIENT_CERTIFICATE_PATH).';

export type ConfigResult = { ok: true; value: ServerConfig } | { ok: false; message: string };

export function readServerConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, message: envProblem(parsed.error) };
  const e = parsed.data;
  const credential = credentialOf(e);
  if (typeof credential === 'string') return { ok: false, message: credential };
  return {
    ok: true,
    value: {
      graphUrl: e.AKTIVITETSPLAN_GRAPH_URL,
      ...(e.AKTIVITETSPLAN_SITE_URL ? { siteUrl: e.AKTIVITETSPLAN_SITE_URL } : {}),
      authorityHost: e.AKTIVITETSPLAN_AUTHORITY_HOST,
      ...(e.AKTIVITETSPLAN_SHAREPOINT_URL
        ? { sharePointUrl: e.AKTIVITETSPLAN_SHAREPOINT_URL }
        : {}),
      ...(credential ? { credential } : {}),
    },
  };
}

function credentialOf(e: z.infer<typeof EnvSchema>): AppCredentialConfig | string | undefined {
  if (e.AKTIVITETSPLAN_MANAGED_IDENTITY) return managedIdentityRefused;
  if (!e.AZURE_CLIENT_ID && !e.AZURE_TENANT_ID) return undefined;
  if (!e.AZURE_CLIENT_ID || !e.AZURE_TENANT_ID) {
    return 'Ange både AZURE_TENANT_ID och AZURE_CLIENT_ID (och ett certifikat eller en hemlighet).';
  }
  const authority = { authorityHost: e.AKTIVITETSPLAN_AUTHORITY_HOST };
  if (e.AZURE_CLIENT_CERTIFICATE_PATH) {
    return {
      ...authority,
      kind: 'certificate',
      tenantId: e.AZURE_TENANT_ID,
      clientId: e.AZURE_CLIENT_ID,
      certificatePath: e.AZURE_CLIENT_CERTIFICATE_PATH,
      ...(e.AZURE_CLIENT_CERTIFICATE_PASSWORD
        ? { certificatePassword: e.AZURE_CLIENT_CERTIFICATE_PASSWORD }
        : {}),
    };
  }
  if (e.AZURE_CLIENT_SECRET) {
    return {
      ...authority,
      kind: 'clientSecret',
      tenantId: e.AZURE_TENANT_ID,
      clientId: e.AZURE_CLIENT_ID,
      clientSecret: e.AZURE_CLIENT_SECRET,
    };
  }
  return 'AZURE_CLIENT_ID är satt men varken AZURE_CLIENT_CERTIFICATE_PATH eller AZURE_CLIENT_SECRET.';
}

/** The process's own environment: the one place process.env is read. */
export function processConfig(): ConfigResult {
  return readServerConfig(process.env);
}

/**
 * Everything `serve` needs, or the one setting that keeps it from starting (see
 * ./production/refusals.ts): pure, so each refusal is tested without a process.
 */
export function readServeConfig(
  env: Readonly<Record<string, string | undefined>>,
): ServeConfigResult {
  const server = readServerConfig(env);
  if (!server.ok) return refuse(settingIn(server.message), server.message);
  return serveConfigFromEnv(server.value, env);
}

/** The first setting a message names. */
function settingIn(message: string): string {
  return /\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/.exec(message)?.[1] ?? 'environment';
}

/**
 * `serve`'s settings from the process's environment, over `fromFile` (serve --env-file): as
 * with Node's own --env-file, a variable set in the environment wins over the file's.
 */
export function processServeConfig(
  fromFile: Readonly<Record<string, string>> = {},
): ServeConfigResult {
  return readServeConfig({ ...fromFile, ...process.env });
}
