import { readFileSync } from 'node:fs';
import { failureText } from '../../../app/result.js';
import { defaultGraphUrl, parseGraphUrl } from '../../../graph/client/create-client.js';
import { provisionSite, type ProvisionReport } from '../../../graph/provision/provision.js';
import { bundledManifestSource } from '../../../graph/site-schema/manifest.js';
import { processConfig } from '../../config.js';
import { connectGraph, type GraphConnection } from '../../graph-connection.js';
import { UsageError, parseCommandArgs, type Command, type CommandIo } from '../command.js';

export const connectionUsage = `  --graph-url URL   Graph's version root (default ${defaultGraphUrl};
                    the emulator: https://localhost:8443/v1.0)
  --site URL        the SharePoint site, e.g. https://kommun.sharepoint.com/sites/aktivitetsplan
                    (default: AKTIVITETSPLAN_SITE_URL)
  --dev-user NAME   against the emulator: a development token naming this demo user
  --ca-file FILE    trust this CA (the emulator's ca.pem) instead of NODE_EXTRA_CA_CERTS
  -h, --help        show this help

Against a tenant, app-only credentials come from AZURE_TENANT_ID, AZURE_CLIENT_ID and
AZURE_CLIENT_CERTIFICATE_PATH (or AZURE_CLIENT_SECRET, Graph only): the Entra app's own.`;

export const connectionOptions = {
  'graph-url': { type: 'string' },
  site: { type: 'string' },
  'dev-user': { type: 'string' },
  'ca-file': { type: 'string' },
} as const;

/** What a command talking to Graph holds (kept for the commands that import it from here). */
export type Connection = GraphConnection;

type ConnectionValues = {
  'graph-url'?: string;
  site?: string;
  'dev-user'?: string;
  'ca-file'?: string;
};

/** The Graph connection a command's options and the environment describe; bad values are usage errors. */
export function connect(values: ConnectionValues): GraphConnection {
  const config = processConfig();
  if (!config.ok) throw new UsageError(config.message);
  const graphUrl = values['graph-url'] ?? config.value.graphUrl;
  try {
    parseGraphUrl(graphUrl);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const siteUrl = values.site ?? config.value.siteUrl;
  if (!siteUrl) throw new UsageError('--site is required (or set AKTIVITETSPLAN_SITE_URL)');
  const devUser = values['dev-user'];
  if (!devUser && !config.value.credential) {
    throw new UsageError(
      'no credentials: pass --dev-user NAME (emulator) or set AZURE_TENANT_ID and AZURE_CLIENT_ID',
    );
  }
  try {
    return connectGraph({
      graphUrl,
      siteUrl,
      ...(devUser ? { devUser: { name: devUser } } : {}),
      ...(config.value.credential ? { credential: config.value.credential } : {}),
      ...(values['ca-file'] ? { caPem: readCa(values['ca-file']) } : {}),
      ...(config.value.sharePointUrl ? { sharePointUrl: config.value.sharePointUrl } : {}),
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

function readCa(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read --ca-file ${file}`);
  }
}

function printReport(io: CommandIo, report: ProvisionReport): void {
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'inga');
  io.out(`Webbplats: ${report.site.webUrl}`);
  io.out(`Skapade listor: ${list(report.createdLists)}`);
  io.out(`Nya kolumner: ${list(report.addedColumns)}`);
  io.out(`Nya val: ${list(report.addedChoices)}`);
  io.out(`Nya vyer: ${list(report.views)}`);
  io.out(`Formatering satt: ${list(report.formatted)}`);
  io.out(
    report.recordedVersion === undefined
      ? 'Schemaversionen var redan tillämpad.'
      : `Schemaversion ${report.recordedVersion} tillämpad.`,
  );
}

export const provisionCommand: Command = {
  name: 'provision',
  summary:
    'Create or update the SharePoint lists, views and formatting of the site schema (manifest/).',
  usage: `Usage: aktivitetsplan provision --site URL [--graph-url URL] [--dev-user NAME] [--ca-file FILE]

Brings the site up to the schema in manifest/: creates missing lists, adds columns a newer
manifest has, creates the list views and the status column's formatting, and records the schema
version. It never deletes, renames or retypes: a difference it cannot settle stops it before any
change, with what to do. Running it again changes nothing.

Options:
${connectionUsage}`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, connectionOptions);
    const connection = connect(values);
    try {
      const result = await provisionSite({
        graph: connection.graph,
        siteUrl: connection.siteUrl,
        manifest: bundledManifestSource,
        sharePoint: connection.sharePoint,
        now: new Date(),
      });
      if (!result.ok) {
        io.err(failureText(result.error));
        return 1;
      }
      printReport(io, result.value);
      return 0;
    } finally {
      await connection.close();
    }
  },
};
