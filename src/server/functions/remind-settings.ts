import { CloudAdapter } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { ConnectorChannelPoster } from '../../bot/channel-poster.js';
import { localBotId } from '../../bot/create-bot-app.js';
import { Pacer } from '../../bot/pacer.js';
import { envProblem } from '../config.js';
import type { ChannelLink, ChannelPoster } from '../../app/ports.js';

/**
 * What the reminder run needs beyond the Graph connection, from the environment (read by the
 * caller and passed in; only src/server reads process.env). To be merged into src/server/config.
 *
 * - AKTIVITETSPLAN_TAB_URL: the tab's web address for the cards' links; else
 *   AKTIVITETSPLAN_TAB_ENDPOINT (the admin guide's app setting); else https://localhost:53000/
 *   (npm start's tab).
 * - AKTIVITETSPLAN_TEAMS_APP_ID: the Teams app id (the manifest's `id`, TEAMS_APP_ID); set, the
 *   cards' links are Teams deep links to the personal tab (src/server/tab-link.ts).
 * - AKTIVITETSPLAN_BOT_ID, AKTIVITETSPLAN_BOT_TENANT_ID, AKTIVITETSPLAN_BOT_AUTH (the Agents SDK's
 *   authType, e.g. UserManagedIdentity), AKTIVITETSPLAN_BOT_SECRET: the bot's identity, which the
 *   Bot Connector takes posts from (as in the admin guide); absent: anonymous (local).
 *   AKTIVITETSPLAN_BOT_CERT_PEM_FILE and AKTIVITETSPLAN_BOT_CERT_KEY_FILE: its certificate and key
 *   (AKTIVITETSPLAN_BOT_AUTH=Certificate), as for `serve`.
 * - AKTIVITETSPLAN_AUTHORITY_HOST: Entra's authority host for the bot's token (the rehearsal's
 *   stand-in; default Microsoft's), as for `serve`.
 * - AKTIVITETSPLAN_REMINDER_RATE: posts per second (default 5).
 */

const text = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** npm start's tab. */
const localTabUrl = 'https://localhost:53000/';

const RemindEnvSchema = z.object({
  AKTIVITETSPLAN_TAB_URL: z.url().optional(),
  AKTIVITETSPLAN_TAB_ENDPOINT: z.url().optional(),
  AKTIVITETSPLAN_TEAMS_APP_ID: text,
  AKTIVITETSPLAN_BOT_ID: text,
  AKTIVITETSPLAN_BOT_SECRET: text,
  AKTIVITETSPLAN_BOT_TENANT_ID: text,
  AKTIVITETSPLAN_BOT_AUTH: text,
  AKTIVITETSPLAN_BOT_CERT_PEM_FILE: text,
  AKTIVITETSPLAN_BOT_CERT_KEY_FILE: text,
  AKTIVITETSPLAN_AUTHORITY_HOST: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.url({ protocol: /^https$/ }).optional(),
  ),
  AKTIVITETSPLAN_REMINDER_RATE: z.coerce.number().positive().max(50).optional(),
});

export type RemindEnv = {
  readonly tabUrl: string;
  readonly teamsAppId?: string;
  readonly bot: {
    readonly clientId?: string;
    readonly clientSecret?: string;
    readonly tenantId?: string;
    readonly authType?: string;
    readonly certPemFile?: string;
    readonly certKeyFile?: string;
    /** The Agents SDK's authority (Entra's host), when not Microsoft's. */
    readonly authorityEndpoint?: string;
  };
  readonly postsPerSecond?: number;
};

export function readRemindEnv(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: RemindEnv } | { ok: false; message: string } {
  const parsed = RemindEnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, message: envProblem(parsed.error) };
  const e = parsed.data;
  const bot = {
    ...(e.AKTIVITETSPLAN_BOT_ID ? { clientId: e.AKTIVITETSPLAN_BOT_ID } : {}),
    ...(e.AKTIVITETSPLAN_BOT_SECRET ? { clientSecret: e.AKTIVITETSPLAN_BOT_SECRET } : {}),
    ...(e.AKTIVITETSPLAN_BOT_TENANT_ID ? { tenantId: e.AKTIVITETSPLAN_BOT_TENANT_ID } : {}),
    ...(e.AKTIVITETSPLAN_BOT_AUTH ? { authType: e.AKTIVITETSPLAN_BOT_AUTH } : {}),
    ...(e.AKTIVITETSPLAN_BOT_CERT_PEM_FILE
      ? { certPemFile: e.AKTIVITETSPLAN_BOT_CERT_PEM_FILE }
      : {}),
    ...(e.AKTIVITETSPLAN_BOT_CERT_KEY_FILE
      ? { certKeyFile: e.AKTIVITETSPLAN_BOT_CERT_KEY_FILE }
      : {}),
    ...(e.AKTIVITETSPLAN_AUTHORITY_HOST
      ? { authorityEndpoint: new URL(e.AKTIVITETSPLAN_AUTHORITY_HOST).origin }
      : {}),
  };
  const tabUrl = e.AKTIVITETSPLAN_TAB_URL ?? e.AKTIVITETSPLAN_TAB_ENDPOINT ?? localTabUrl;
  return {
    ok: true,
    value: {
      tabUrl,
      ...(e.AKTIVITETSPLAN_TEAMS_APP_ID ? { teamsAppId: e.AKTIVITETSPLAN_TEAMS_APP_ID } : {}),
      bot,
      ...(e.AKTIVITETSPLAN_REMINDER_RATE ? { postsPerSecond: e.AKTIVITETSPLAN_REMINDER_RATE } : {}),
    },
  };
}

/**
 * The bot's ChannelPoster over its own adapter (anonymous without a client id), one try per
 * call: the run retries a 429 itself after renewing its reservation, so no post starts after
 * the reservation's lease could have run out.
 */
export function connectorPoster(bot: RemindEnv['bot'], postsPerSecond?: number): ChannelPoster {
  const adapter = new CloudAdapter(bot.clientId ? { ...bot, clientId: bot.clientId } : {});
  const pacer = new Pacer(
    postsPerSecond ? { tenantRatePerSecond: Math.max(1, postsPerSecond) } : {},
  );
  const botId = bot.clientId ?? localBotId;
  return new ConnectorChannelPoster({ adapter, botId, pacer, maxAttempts: 1 });
}

/** Posts to one Bot Connector instead of each link's stored service URL (the Playground's). */
export function viaConnector(poster: ChannelPoster, serviceUrl: string): ChannelPoster {
  const at = <C extends Pick<ChannelLink, 'serviceUrl'>>(channel: C): C => ({
    ...channel,
    serviceUrl,
  });
  return {
    post: (channel, card, key) => poster.post(at(channel), card, key),
    update: (channel, message, card) => poster.update(at(channel), message, card),
    memberIds: async (channel) => (await poster.memberIds?.(at(channel))) ?? [],
  };
}
