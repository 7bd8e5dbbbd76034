import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { processServeConfig } from '../../config.js';
import { createJsonLogger } from '../../logger.js';
import { startServer } from '../../production/start-server.js';
import { systemClock } from '../../system-clock.js';
import { parseCommandArgs, type Command } from '../command.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the app for a tenant: the bot, the tab and its API, the reminder timer.',
  usage: `Usage: aktivitetsplan serve [--env-file FILE]

Runs the app's server from the environment's settings (the admin guide's appendix B): the bot at
POST /api/messages (every activity's JWT checked against AKTIVITETSPLAN_BOT_ID), the tab's API
at /api (Entra tokens for AKTIVITETSPLAN_API_AUDIENCE), the built tab (dist/tab) and its
/config.json, and the reminder timer when AKTIVITETSPLAN_REMINDER_SCHEDULE is set.

It listens on PORT (default 8080) over plain HTTP: Azure App Service ends TLS in front of it and
only https reaches the public address. Elsewhere, put it behind a TLS proxy, or give it a
certificate with AKTIVITETSPLAN_TLS_CERT_FILE and AKTIVITETSPLAN_TLS_KEY_FILE.

With NODE_ENV=production it refuses to start (exit code 2, one line naming the setting)
without the bot's app id and tenant, the API's audience, an https AKTIVITETSPLAN_TAB_ENDPOINT,
Graph on graph.microsoft.com with app credentials or a managed identity, or with
AKTIVITETSPLAN_DEV_TOKENS on, or with AKTIVITETSPLAN_AUTHORITY_HOST or AKTIVITETSPLAN_SHAREPOINT_URL
other than Microsoft's (AKTIVITETSPLAN_MODE=rehearsal, which NODE_ENV=production refuses, points
them at the tests' stand-ins and keeps every other production rule). It prints one 'Name: address' line per service, then 'Ready.';
logs are JSON lines on stderr, without tokens, comments or personal data.

With --env-file it also reads the settings in FILE (NAME=value lines, e.g. the .localConfigs
that \`atk deploy --env local\` writes); a setting in the environment wins over the file's.

Options:
  --env-file FILE   also read settings from FILE
  -h, --help        show this help`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { 'env-file': { type: 'string' } });
    const fromFile = values['env-file'] === undefined ? {} : readEnvFile(values['env-file']);
    if (typeof fromFile === 'string') {
      io.err(`aktivitetsplan serve: ${fromFile}`);
      return 2;
    }
    const config = processServeConfig(fromFile);
    if (!config.ok) {
      io.err(`aktivitetsplan serve: ${config.message}`);
      return 2;
    }
    const settings = config.value;
    const logger = createJsonLogger({
      write: (line) => io.err(line.trimEnd()),
      clock: systemClock,
      context: { service: 'aktivitetsplan' },
    });
    logger.info('serve.starting', {
      mode: settings.mode,
      port: settings.listen.port,
      https: settings.listen.tls !== undefined,
      botAuth: settings.bot.auth.kind,
      api: settings.api?.kind ?? 'none',
      reminders: settings.reminderSchedule ?? 'off',
      applicationInsights: settings.appInsightsConnectionString !== undefined,
    });
    let started;
    try {
      started = await startServer(settings, { root, clock: systemClock, logger });
    } catch (error) {
      logger.error('serve.failed', { error });
      io.err('aktivitetsplan serve: servern kunde inte starta (se loggen ovan).');
      return 1;
    }
    if (!started.ok) {
      io.err(`aktivitetsplan serve: ${started.message}`);
      return started.exitCode;
    }
    const running = started.value;
    io.out(`Server: ${running.url}`);
    io.out(`Tab: ${running.publicOrigin}/`);
    io.out(`Bot: ${running.publicOrigin}/api/messages`);
    io.out(`API: ${running.publicOrigin}/api`);
    io.out('Ready.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    logger.info('serve.stopping');
    await running.close();
    return 0;
  },
};

/** The NAME=value lines of an env file, or why it cannot be read (Swedish). */
function readEnvFile(path: string): Record<string, string> | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return `inställningsfilen ${path} kan inte läsas (för .localConfigs: kör först atk deploy --env local).`;
  }
  return Object.fromEntries(
    Object.entries(parseEnv(text)).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
