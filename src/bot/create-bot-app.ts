import {
  AdaptiveCardActionExecuteResponseType,
  AgentApplication,
  CloudAdapter,
  INVOKE_RESPONSE_KEY,
  MemoryStorage,
  type AuthConfiguration,
  type TurnState,
} from '@microsoft/agents-hosting';
import express, { type ErrorRequestHandler, type Router } from 'express';
import type { UseCases } from '../app/use-cases/use-cases.js';
import type { Clock } from '../domain/clock.js';
import type { CardLocale } from '../cards/locale.js';
import {
  defaultBotCards,
  silentBotLogger,
  type BotCards,
  type BotDeps,
  type BotLogger,
} from './bot-deps.js';
import { anonymousCaller, channelTokenGate, serviceUrlGate } from './channel-auth.js';
import { ConnectorChannelPoster } from './channel-poster.js';
import { ChannelRoster } from './channel-roster.js';
import { createChannelTokenVerifier, microsoftAuthority } from './channel-token.js';
import { registerCommands } from './commands.js';
import { registerInstallEvents } from './install-events.js';
import { Pacer } from './pacer.js';
import { registerCardActions } from './verbs/card-actions.js';
import { invokeResponseBody, replyToInvoke } from './verbs/invoke-reply.js';

/**
 * The Teams bot (Microsoft 365 Agents SDK): `POST /api/messages` as an express router the server
 * mounts, plus the ChannelPoster over the same adapter for proactive posts.
 * - With a client id, every activity's channel token is checked before its body is read
 *   (channel-token.ts, channel-auth.ts: 401 otherwise); without one the bot runs anonymously,
 *   which is refused in production.
 * - Card actions answer 200 with a card whatever happens; an authenticated body too large or not
 *   JSON gets an error card too (never a 500).
 */

export type BotConfig = {
  /** The bot's Entra app id; absent: anonymous local mode. */
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  /**
   * A certificate registered on the bot's app (PEM files of the certificate and its private
   * key): the Agents SDK signs its token requests with it instead of a secret.
   */
  readonly certificate?: { readonly pemFile: string; readonly keyFile: string } | undefined;
  readonly tenantId?: string | undefined;
  /**
   * Entra's authority host (default `https://login.microsoftonline.com`): where the channel
   * token's keys are (`{host}/{tenant}/discovery/v2.0/keys`) and the Agents SDK's authority for
   * the bot's own connector token.
   */
  readonly authorityHost?: string | undefined;
  /** In production the bot refuses to start without a client id. */
  readonly production: boolean;
  /** Opens the tab at a department and round. */
  readonly tabUrl: (roundId: string, departmentId: string) => string;
  /** Default `/api/messages`. */
  readonly route?: string;
  /** Largest accepted body; default 256 KB (Teams sends far less). */
  readonly maxBodyBytes?: number;
  /** Proactive posts per second in the tenant (Teams allows 50); default 20. */
  readonly postsPerSecond?: number;
  /**
   * One card language for everyone. Teams sends each user's locale (Swedish unless English);
   * the Agents Playground sends en-US for everyone, so local mode passes 'sv'.
   */
  readonly locale?: CardLocale;
  /** The id proactive posts are sent as when anonymous (the Playground's bot id). */
  readonly localBotId?: string;
};

export type BotApp = {
  readonly router: Router;
  readonly adapter: CloudAdapter;
  readonly agent: AgentApplication<TurnState>;
  readonly poster: ConnectorChannelPoster;
};

export type CreateBotAppOptions = {
  readonly useCases: UseCases;
  /** The clock the use cases were given: the cards say where a round stands on its date. */
  readonly clock: Clock;
  readonly cards?: Partial<BotCards>;
  readonly config: BotConfig;
  readonly logger?: BotLogger;
};

export const localBotId = 'aktivitetsplan-local';

function authConfigOf(config: BotConfig): AuthConfiguration {
  if (config.production && !config.clientId) {
    throw new Error(
      'The bot needs its app id (client id) in production; anonymous mode is for local use only.',
    );
  }
  if (!config.clientId) return {};
  return {
    clientId: config.clientId,
    ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
    ...(config.certificate
      ? { certPemFile: config.certificate.pemFile, certKeyFile: config.certificate.keyFile }
      : {}),
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    authorityEndpoint: config.authorityHost ?? microsoftAuthority,
  };
}

function callerCheck(config: BotConfig, logger: BotLogger) {
  if (!config.clientId) return anonymousCaller;
  const verify = createChannelTokenVerifier({
    botId: config.clientId,
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.authorityHost ? { authorityHost: config.authorityHost } : {}),
  });
  return channelTokenGate(verify, logger);
}

function bodyErrors(cards: BotCards, logger: BotLogger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (res.headersSent) return next(error);
    if (type === 'entity.too.large' || type === 'entity.parse.failed') {
      logger.warn('Aktiviteten kunde inte tas emot', { type });
      const problem = type === 'entity.too.large' ? 'oversized' : 'malformed';
      res.status(200).json(invokeResponseBody(cards.errorCard(problem)));
      return;
    }
    next(error);
  };
}

export function createBotApp(options: CreateBotAppOptions): BotApp {
  const { config } = options;
  const logger = options.logger ?? silentBotLogger;
  const cards: BotCards = { ...defaultBotCards, ...options.cards };
  const authConfig = authConfigOf(config);
  const adapter = new CloudAdapter(authConfig);
  const agent = new AgentApplication<TurnState>({
    adapter,
    storage: new MemoryStorage(),
    adaptiveCardsOptions: {
      actionExecuteResponseType: AdaptiveCardActionExecuteResponseType.REPLACE_FOR_ALL,
    },
    removeRecipientMention: true,
    startTypingTimer: false,
  });
  const roster = new ChannelRoster({ logger });
  const deps: BotDeps = {
    useCases: options.useCases,
    cards,
    logger,
    tabUrl: config.tabUrl,
    locale: config.locale,
    roster,
    clock: options.clock,
  };
  registerCardActions(agent, deps);
  registerCommands(agent, deps);
  registerInstallEvents(agent, deps);
  // The SDK's default posts "The agent encountered an error or bug." into the conversation.
  adapter.onTurnError = async (context, error) => {
    logger.error('Boten kunde inte hantera aktiviteten', { error: error.message });
    if (context.activity.type === 'invoke' && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await replyToInvoke(context, cards.errorCard('unavailable'));
    }
  };
  const router = express.Router();
  router.post(
    config.route ?? '/api/messages',
    callerCheck(config, logger),
    express.json({ limit: config.maxBodyBytes ?? 256 * 1024 }),
    serviceUrlGate(logger),
    async (req, res) => {
      try {
        await adapter.process(req, res, (context) => agent.run(context));
      } catch (error) {
        logger.error('Aktiviteten kunde inte behandlas', {
          error: error instanceof Error ? error.message : String(error),
        });
        if (!res.headersSent)
          res.status(200).json(invokeResponseBody(cards.errorCard('unavailable')));
      }
    },
  );
  router.use(bodyErrors(cards, logger));
  const botId = config.clientId ?? config.localBotId ?? localBotId;
  const pacer = new Pacer({ tenantRatePerSecond: config.postsPerSecond ?? 20 });
  const poster = new ConnectorChannelPoster({ adapter, botId, pacer, logger, roster });
  return { router, adapter, agent, poster };
}
