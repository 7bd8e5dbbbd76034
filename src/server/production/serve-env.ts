import { Cron } from 'croner';
import { z } from 'zod';
import type { AppCredentialConfig } from '../../graph/auth/app-only.js';
import { isMicrosoftGraph } from './microsoft-endpoints.js';
import { refusalOf, refuse } from './refusals.js';
import {
  isProductionLike,
  type ApiSettings,
  type BotSettings,
  type ConfigRefusal,
  type ServeConfig,
  type ServeConfigResult,
} from './serve-config-types.js';

/**
 * The settings of `serve` beyond Graph's (../config.ts reads the environment and passes it
 * here): the bot, the API, the tab, where to listen, the reminder timer, telemetry, and the
 * development switches. An empty setting is an absent one.
 */

/** What ../config.ts has already read: Graph and the app's credentials. */
type GraphSettings = {
  readonly graphUrl: string;
  readonly siteUrl?: string;
  readonly authorityHost: string;
  readonly sharePointUrl?: string;
  readonly credential?: AppCredentialConfig;
};

type Env = Readonly<Record<string, string | undefined>>;

const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

const isRefusal = (v: unknown): v is ConfigRefusal =>
  typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An empty setting is an absent one. */
const blank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const ServeEnvSchema = z.object({
  NODE_ENV: optionalText,
  AKTIVITETSPLAN_MODE: blank(z.enum(['production', 'rehearsal', 'development']).optional()),
  AKTIVITETSPLAN_GRAPH_CA_FILE: optionalText,
  AKTIVITETSPLAN_BOT_ID: optionalText,
  AKTIVITETSPLAN_BOT_TENANT_ID: optionalText,
  AKTIVITETSPLAN_BOT_AUTH: blank(
    z.enum(['ClientSecret', 'Certificate', 'UserManagedIdentity']).optional(),
  ),
  AKTIVITETSPLAN_BOT_SECRET: optionalText,
  AKTIVITETSPLAN_BOT_CERT_PEM_FILE: optionalText,
  AKTIVITETSPLAN_BOT_CERT_KEY_FILE: optionalText,
  AKTIVITETSPLAN_API_AUDIENCE: blank(
    z
      .string()
      .regex(/^api:\/\/\S+$/, 'api://…')
      .optional(),
  ),
  AKTIVITETSPLAN_TAB_ENDPOINT: blank(z.url().optional()),
  AKTIVITETSPLAN_TAB_URL: blank(z.url().optional()),
  AKTIVITETSPLAN_TEAMS_APP_ID: optionalText,
  AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: optionalText,
  PORT: blank(z.coerce.number().int().min(0).max(65535).default(8080)),
  AKTIVITETSPLAN_HOST: optionalText,
  AKTIVITETSPLAN_TLS_CERT_FILE: optionalText,
  AKTIVITETSPLAN_TLS_KEY_FILE: optionalText,
  AKTIVITETSPLAN_REMINDER_SCHEDULE: optionalText,
  AKTIVITETSPLAN_REMINDER_RATE: blank(z.coerce.number().positive().max(50).optional()),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  AKTIVITETSPLAN_DEV_TOKENS: blank(z.stringbool().default(false)),
});
type ServeEnv = z.infer<typeof ServeEnvSchema>;

/** The environment variables read here. */
export const serveSettingNames: readonly string[] = Object.keys(ServeEnvSchema.shape);

const guidAtEnd = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

function botOf(e: ServeEnv): BotSettings | ConfigRefusal {
  const id = e.AKTIVITETSPLAN_BOT_ID;
  const tenant = e.AKTIVITETSPLAN_BOT_TENANT_ID ? { tenantId: e.AKTIVITETSPLAN_BOT_TENANT_ID } : {};
  const secret = e.AKTIVITETSPLAN_BOT_SECRET;
  const [pemFile, keyFile] = [
    e.AKTIVITETSPLAN_BOT_CERT_PEM_FILE,
    e.AKTIVITETSPLAN_BOT_CERT_KEY_FILE,
  ];
  if (!id) {
    if (e.AKTIVITETSPLAN_BOT_AUTH || secret || pemFile)
      return refuse(
        'AKTIVITETSPLAN_BOT_ID',
        'Botens inloggning är angiven men AKTIVITETSPLAN_BOT_ID saknas.',
      );
    return { auth: { kind: 'anonymous' }, ...tenant };
  }
  const kind =
    e.AKTIVITETSPLAN_BOT_AUTH ??
    (secret ? 'ClientSecret' : pemFile ? 'Certificate' : 'UserManagedIdentity');
  if (kind === 'ClientSecret') {
    if (!secret)
      return refuse(
        'AKTIVITETSPLAN_BOT_SECRET',
        'AKTIVITETSPLAN_BOT_AUTH=ClientSecret kräver AKTIVITETSPLAN_BOT_SECRET.',
      );
    return { clientId: id, ...tenant, auth: { kind: 'clientSecret', secret } };
  }
  if (kind === 'Certificate') {
    if (!pemFile || !keyFile)
      return refuse(
        pemFile ? 'AKTIVITETSPLAN_BOT_CERT_KEY_FILE' : 'AKTIVITETSPLAN_BOT_CERT_PEM_FILE',
        'AKTIVITETSPLAN_BOT_AUTH=Certificate kräver AKTIVITETSPLAN_BOT_CERT_PEM_FILE och AKTIVITETSPLAN_BOT_CERT_KEY_FILE.',
      );
    return { clientId: id, ...tenant, auth: { kind: 'certificate', pemFile, keyFile } };
  }
  return { clientId: id, ...tenant, auth: { kind: 'userManagedIdentity' } };
}

function apiOf(e: ServeEnv, env: Env): ApiSettings | ConfigRefusal | undefined {
  if (e.AKTIVITETSPLAN_DEV_TOKENS) return { kind: 'devTokens' };
  const audience = e.AKTIVITETSPLAN_API_AUDIENCE;
  if (!audience) return undefined;
  const clientId = guidAtEnd.exec(audience)?.[1] ?? text(env.AZURE_CLIENT_ID);
  const tenantId = text(env.AZURE_TENANT_ID) ?? e.AKTIVITETSPLAN_BOT_TENANT_ID;
  if (!clientId)
    return refuse(
      'AKTIVITETSPLAN_API_AUDIENCE',
      'AKTIVITETSPLAN_API_AUDIENCE ska sluta med appens klient-id (api://<värd>/<klient-id>), eller ange AZURE_CLIENT_ID.',
    );
  if (!tenantId)
    return refuse(
      'AZURE_TENANT_ID',
      'AZURE_TENANT_ID (eller AKTIVITETSPLAN_BOT_TENANT_ID) saknas: flikens token kontrolleras mot klientorganisationen.',
    );
  return { kind: 'entra', audience, clientId, tenantId };
}

function scheduleOf(value: string | undefined): string | ConfigRefusal | undefined {
  if (value === undefined || ['off', 'false', '0'].includes(value.toLowerCase())) return undefined;
  try {
    new Cron(value, { paused: true, timezone: 'Europe/Stockholm' }).stop();
    return value;
  } catch {
    return refuse(
      'AKTIVITETSPLAN_REMINDER_SCHEDULE',
      `AKTIVITETSPLAN_REMINDER_SCHEDULE är inget cron-uttryck: ${value} (t.ex. 30 8 * * 1-5, eller off).`,
    );
  }
}

function originOf(value: string | undefined): string | ConfigRefusal | undefined {
  if (value === undefined) return undefined;
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash)
    return refuse(
      'AKTIVITETSPLAN_TAB_ENDPOINT',
      `AKTIVITETSPLAN_TAB_ENDPOINT ska vara en adress utan sökväg, t.ex. ${url.origin}, inte ${value}.`,
    );
  return url.origin;
}

function modeOf(e: ServeEnv): ServeConfig['mode'] | ConfigRefusal {
  const production = e.NODE_ENV === 'production';
  const asked = e.AKTIVITETSPLAN_MODE;
  if (asked !== undefined && asked !== 'production' && production)
    return refuse(
      'AKTIVITETSPLAN_MODE',
      `AKTIVITETSPLAN_MODE=${asked} går inte ihop med NODE_ENV=production: ta bort den ena.`,
    );
  return e.AKTIVITETSPLAN_MODE ?? (production ? 'production' : 'development');
}

function tlsOf(e: ServeEnv): ServeConfig['listen']['tls'] | ConfigRefusal {
  const [certFile, keyFile] = [e.AKTIVITETSPLAN_TLS_CERT_FILE, e.AKTIVITETSPLAN_TLS_KEY_FILE];
  if (certFile && keyFile) return { certFile, keyFile };
  if (!certFile && !keyFile) return undefined;
  return refuse(
    certFile ? 'AKTIVITETSPLAN_TLS_KEY_FILE' : 'AKTIVITETSPLAN_TLS_CERT_FILE',
    'Ange både AKTIVITETSPLAN_TLS_CERT_FILE och AKTIVITETSPLAN_TLS_KEY_FILE, eller ingen av dem.',
  );
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function serveConfigOf(server: GraphSettings, e: ServeEnv, env: Env): ServeConfigResult {
  const mode = modeOf(e);
  if (isRefusal(mode)) return mode;
  const bot = botOf(e);
  if (isRefusal(bot)) return bot;
  const api = apiOf(e, env);
  if (isRefusal(api)) return api;
  const tabEndpoint = originOf(e.AKTIVITETSPLAN_TAB_ENDPOINT);
  if (isRefusal(tabEndpoint)) return tabEndpoint;
  const schedule = scheduleOf(e.AKTIVITETSPLAN_REMINDER_SCHEDULE);
  if (isRefusal(schedule)) return schedule;
  const tls = tlsOf(e);
  if (isRefusal(tls)) return tls;
  const host = e.AKTIVITETSPLAN_HOST ?? (isProductionLike(mode) ? '0.0.0.0' : 'localhost');
  return {
    ok: true,
    value: {
      mode,
      graphUrl: server.graphUrl,
      realGraph: isMicrosoftGraph(server.graphUrl),
      ...optional('siteUrl', server.siteUrl),
      authorityHost: server.authorityHost,
      ...optional('sharePointUrl', server.sharePointUrl),
      ...optional('credential', server.credential),
      ...optional('graphCaFile', e.AKTIVITETSPLAN_GRAPH_CA_FILE),
      bot,
      ...optional('api', api),
      devTokens: e.AKTIVITETSPLAN_DEV_TOKENS,
      ...optional('tabEndpoint', tabEndpoint),
      ...optional('tabUrl', e.AKTIVITETSPLAN_TAB_URL),
      ...optional('teamsAppId', e.AKTIVITETSPLAN_TEAMS_APP_ID),
      ...optional('workingGroupTeamId', e.AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID),
      listen: { port: e.PORT, host, ...optional('tls', tls) },
      ...optional('reminderSchedule', schedule),
      ...optional('reminderPostsPerSecond', e.AKTIVITETSPLAN_REMINDER_RATE),
      ...optional('appInsightsConnectionString', e.APPLICATIONINSIGHTS_CONNECTION_STRING),
    },
  };
}

export function serveConfigFromEnv(server: GraphSettings, env: Env): ServeConfigResult {
  const parsed = ServeEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue?.path[0] ?? '');
    return refuse(setting, `Fel i miljövariabeln ${setting}: ${issue?.message ?? ''}`);
  }
  const config = serveConfigOf(server, parsed.data, env);
  if (!config.ok) return config;
  return refusalOf(config.value) ?? config;
}
