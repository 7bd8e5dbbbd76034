import type { BotConfig } from '../../bot/create-bot-app.js';
import { refuse } from './refusals.js';
import { isProductionLike, type ConfigRefusal, type ServeConfig } from './serve-config-types.js';

/**
 * The bot's settings for createBotApp. With an app id every activity's channel token is
 * checked (src/bot/channel-token.ts) against keys under the authority host
 * (AKTIVITETSPLAN_AUTHORITY_HOST, Microsoft's in production); in production createBotApp itself
 * refuses to run without one. The Agents SDK picks its sign-in from what is given: a secret → ClientSecret,
 * an app id alone → UserManagedIdentity (the Azure default of infra/azure.bicep).
 */
export function botConfigOf(
  config: ServeConfig,
  tabUrl: BotConfig['tabUrl'],
): BotConfig | ConfigRefusal {
  const { bot } = config;
  const common = {
    production: isProductionLike(config.mode),
    authorityHost: config.authorityHost,
    tabUrl,
    ...(config.reminderPostsPerSecond ? { postsPerSecond: config.reminderPostsPerSecond } : {}),
  };
  switch (bot.auth.kind) {
    case 'anonymous':
      return common;
    case 'userManagedIdentity':
      return { ...common, clientId: bot.clientId, tenantId: bot.tenantId };
    case 'clientSecret':
      return {
        ...common,
        clientId: bot.clientId,
        tenantId: bot.tenantId,
        clientSecret: bot.auth.secret,
      };
    case 'certificate':
      // createBotApp's BotConfig carries no certificate yet (src/bot/create-bot-app.ts).
      return refuse(
        'AKTIVITETSPLAN_BOT_AUTH',
        'AKTIVITETSPLAN_BOT_AUTH=Certificate stöds ännu inte av boten; använd UserManagedIdentity eller ClientSecret.',
      );
  }
}
