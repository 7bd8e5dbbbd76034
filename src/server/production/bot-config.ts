import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BotConfig } from '../../bot/create-bot-app.js';
import { refuse } from './refusals.js';
import { isProductionLike, type ConfigRefusal, type ServeConfig } from './serve-config-types.js';

/**
 * The bot's settings for createBotApp. With an app id every activity's channel token is
 * checked (src/bot/channel-token.ts) against keys under the authority host
 * (AKTIVITETSPLAN_AUTHORITY_HOST, Microsoft's in production); in production createBotApp itself
 * refuses to run without one. The Agents SDK picks its sign-in from what is given: a secret → ClientSecret,
 * a certificate → Certificate (a client assertion signed with its key), an app id alone →
 * UserManagedIdentity (the Azure default of infra/azure.bicep).
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
    case 'certificate': {
      const { pemFile, keyFile } = bot.auth;
      const problem = certificateProblem(pemFile, keyFile);
      if (problem) return problem;
      return {
        ...common,
        clientId: bot.clientId,
        tenantId: bot.tenantId,
        certificate: { pemFile, keyFile },
      };
    }
  }
}

/**
 * The Agents SDK reads the certificate files only at the bot's first token: read them at start,
 * so a wrong path or a key that is not the certificate's stops `serve` with one line instead.
 */
function certificateProblem(pemFile: string, keyFile: string): ConfigRefusal | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(readFileSync(pemFile));
  } catch (error) {
    return refuse(
      'AKTIVITETSPLAN_BOT_CERT_PEM_FILE',
      `AKTIVITETSPLAN_BOT_CERT_PEM_FILE går inte att läsa som ett PEM-certifikat (${pemFile}): ${reasonOf(error)}`,
    );
  }
  try {
    const key = createPrivateKey(readFileSync(keyFile));
    if (!certificate.checkPrivateKey(key))
      return refuse(
        'AKTIVITETSPLAN_BOT_CERT_KEY_FILE',
        `AKTIVITETSPLAN_BOT_CERT_KEY_FILE (${keyFile}) är inte nyckeln till certifikatet i AKTIVITETSPLAN_BOT_CERT_PEM_FILE.`,
      );
  } catch (error) {
    return refuse(
      'AKTIVITETSPLAN_BOT_CERT_KEY_FILE',
      `AKTIVITETSPLAN_BOT_CERT_KEY_FILE går inte att läsa som en privat PEM-nyckel (${keyFile}): ${reasonOf(error)}`,
    );
  }
  return undefined;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
