import { failureText } from '../../../app/result.js';
import type { PostFinder } from '../../../app/ports.js';
import type { ReminderRunSettings } from '../../../app/reminders/run-settings.js';
import { parseGraphUrl } from '../../../graph/client/create-client.js';
import { loadBundledManifest } from '../../../graph/site-schema/manifest.js';
import { openSite } from '../../../graph/store/site-ref.js';
import { GraphPostFinder } from '../../../graph/teams/graph-post-finder.js';
import { runRemindersWith } from '../../functions/reminder-run.js';
import { connectorPoster, readRemindEnv, viaConnector } from '../../functions/remind-settings.js';
import { exitCodeOf, reportLines } from '../../functions/run-report.js';
import { UsageError, parseCommandArgs, type Command } from '../command.js';
import { localSite, withLocalSite } from './local-site.js';
import { connect, connectionOptions, connectionUsage, type Connection } from './provision.js';

const usage = `Usage: aktivitetsplan remind [--now ISO-8601] [--dry-run] [--department NAME] [--json]
                             [--connector-url URL] [--messages-graph-url URL] [--tab-url URL]
                             [--rate N] [--lease-seconds N] [graph options]

One reminder run: for every open follow-up round the latest reminder stage whose time has come
goes once to each department it concerns (opening to all, later stages to those missing answers),
and from overdue-2 on a summary to the working group. Safe to run twice at once or after a crash.
Exit code 0 when everything due was posted, 1 when something was not (with a summary).

Options:
  --now ISO-8601          the moment of the run (default: now), e.g. 2027-02-23T08:30:00+01:00
  --dry-run               print what would be posted; change nothing
  --department NAME       only this department (name or id); no summary is posted
  --json                  print the run's result as JSON
  --connector-url URL     post through this Bot Connector instead of each channel's stored
                          service URL (locally: the Playground's, http://localhost:56150/_connector)
  --messages-graph-url URL  read channel messages here to recognise posts of a run that died
                          (default: the Graph of --graph-url on graph.microsoft.com; none locally)
  --tab-url URL           the tab's address for the cards' links (default AKTIVITETSPLAN_TAB_URL)
  --rate N                posts per second (default 5; Teams allows 50 per app and tenant)
  --lease-seconds N       how long a reservation belongs to its run (default 600)
Graph options:
${connectionUsage}

Without --graph-url, --dev-user or credentials, it runs against npm start's local emulator.
--graph-url replaces those local defaults altogether: give --site with it, and against an
emulator also --dev-user and --ca-file, e.g.
  remind --graph-url https://localhost:8443/v1.0
         --site https://kommun.sharepoint.com/sites/aktivitetsplan
         --dev-user "Aktivitetsplan (app)" --ca-file .data/graph-emulator-ca.pem`;

function positive(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new UsageError(`${name} must be a number above 0 and at most ${max}, not '${value}'`);
  }
  return n;
}

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  const at = Date.parse(value);
  if (!iso.test(value) || Number.isNaN(at)) {
    throw new UsageError(
      `--now must be an ISO 8601 date-time with offset, e.g. 2027-02-23T08:30:00+01:00, not '${value}'`,
    );
  }
  return new Date(at);
}

const options = {
  ...connectionOptions,
  now: { type: 'string' },
  'dry-run': { type: 'boolean' },
  department: { type: 'string' },
  json: { type: 'boolean' },
  'connector-url': { type: 'string' },
  'messages-graph-url': { type: 'string' },
  'tab-url': { type: 'string' },
  rate: { type: 'string' },
  'lease-seconds': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];

function finderOf(
  values: Values,
  connection: Connection,
): { finder?: PostFinder; extra?: Connection } {
  const url = values['messages-graph-url'];
  if (url === undefined) {
    const real =
      parseGraphUrl(values['graph-url'] ?? 'https://graph.microsoft.com/v1.0').hostname ===
      'graph.microsoft.com';
    return real ? { finder: new GraphPostFinder(connection.graph) } : {};
  }
  const extra = connect({ ...values, 'graph-url': url });
  return { finder: new GraphPostFinder(extra.graph), extra };
}

function settingsOf(values: Values, rate: number | undefined): Partial<ReminderRunSettings> {
  const postsPerSecond = positive('--rate', values.rate, 50) ?? rate;
  const lease = positive('--lease-seconds', values['lease-seconds'], 86_400);
  return {
    ...(postsPerSecond ? { postsPerSecond } : {}),
    ...(lease ? { leaseMs: lease * 1000 } : {}),
  };
}

export const remindCommand: Command = {
  name: 'remind',
  summary: 'Post the reminder cards that are due (once each), and the working group summary.',
  usage,
  async run(args, io) {
    const values = withLocalSite(parseCommandArgs(args, options).values);
    const now = parseNow(values.now);
    const env = readRemindEnv(process.env);
    if (!env.ok) throw new UsageError(env.message);
    const settings = settingsOf(values, env.value.postsPerSecond);
    const connection = connect(values);
    const { finder, extra } = finderOf(values, connection);
    try {
      const site = await openSite(
        connection.graph,
        connection.siteUrl,
        loadBundledManifest().schema,
      );
      if (!site.ok) {
        io.err(failureText(site.error));
        if (values['graph-url'] === localSite.graphUrl) {
          io.err(`Den lokala emulatorn (${localSite.graphUrl}) svarar inte: kör npm start först.`);
        }
        return 1;
      }
      const poster = connectorPoster(env.value.bot, settings.postsPerSecond);
      const connectorUrl = values['connector-url'];
      const result = await runRemindersWith(
        {
          graph: connection.graph,
          site: site.value,
          clock: { now: () => new Date() },
          poster: connectorUrl ? viaConnector(poster, connectorUrl) : poster,
          ...(finder ? { finder } : {}),
          tabUrl: values['tab-url'] ?? env.value.tabUrl,
          ...(env.value.teamsAppId ? { teamsAppId: env.value.teamsAppId } : {}),
          settings,
        },
        {
          ...(now ? { now } : {}),
          ...(values['dry-run'] ? { dryRun: true } : {}),
          ...(values.department !== undefined ? { department: values.department } : {}),
        },
      );
      if (!result.ok) {
        io.err(failureText(result.error));
        return result.error.reason === 'notFound' && values.department !== undefined ? 2 : 1;
      }
      if (values.json) io.out(JSON.stringify(result.value));
      else for (const line of reportLines(result.value)) io.out(line);
      return exitCodeOf(result);
    } finally {
      await connection.close();
      await extra?.close();
    }
  },
};
