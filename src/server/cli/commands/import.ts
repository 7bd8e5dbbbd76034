import { readFile, stat, writeFile } from 'node:fs/promises';
import type { WorkbookRows } from '../../../app/import/columns.js';
import type { PreviewRow } from '../../../app/import/preview.js';
import {
  basisOf,
  runImport,
  summaryOf,
  type ImportOutcome,
} from '../../../app/import/run-import.js';
import { byName } from '../../../app/import/cells.js';
import { failureText } from '../../../app/result.js';
import { plansInForce } from '../../../domain/plans.js';
import { loadBundledManifest } from '../../../graph/site-schema/manifest.js';
import { GraphPlanStore } from '../../../graph/store/graph-plan-store.js';
import { openSite } from '../../../graph/store/site-ref.js';
import { importLimits, readWorkbook, tooLargeMessage } from '../../import/read-workbook.js';
import { writeTemplate } from '../../import/write-template.js';
import { UsageError, parseCommandArgs, type Command, type CommandIo } from '../command.js';
import { localSite, withLocalSite } from './local-site.js';
import { connect, connectionOptions, connectionUsage } from './provision.js';

const usage = `Usage: aktivitetsplan import --template FILE.xlsx [--plan PLAN] [graph options]
       aktivitetsplan import --file FILE.xlsx [--plan PLAN] [--dry-run] [--json] [graph options]

--template writes the import template for a plan (--plan, else the plan in force): the sheet Aktiviteter with the plan's
activities as they are stored and the sheet Värden with the allowed values (the drop-downs).
--file imports a filled-in template: each row is created, updated or left unchanged by its key
(plan + development area + activity title); rows with problems are refused and the rest written.
A row may name any plan of the site that is not replaced (by its title; when two share a title,
the --plan one, then the one in force); a row naming a replaced plan is refused.
Importing the same file again changes nothing.

Options:
  --template FILE   write the template to FILE
  --plan PLAN       the plan's title or id (default: the plan in force)
  --file FILE       import FILE (at most ${importLimits.maxRows} rows, ${importLimits.maxBytes / 1024 / 1024} MB)
  --dry-run         show what would be written; write nothing
  --json            print one JSON object: {"created","updated","unchanged","refused":[{"row","column","message"}]}
Graph options:
${connectionUsage}

Without --graph-url, --dev-user or credentials, it runs against npm start's local emulator.
Exit code 0 when no row was refused, 1 when some were (or the site could not be reached),
2 for a usage error or a file that cannot be read.`;

const options = {
  ...connectionOptions,
  template: { type: 'string' },
  file: { type: 'string' },
  plan: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'Write the Excel template of the plan, or import activities from a filled-in one.',
  usage,
  async run(args, io) {
    const values = withLocalSite(parseCommandArgs(args, options).values);
    const { template, file } = values;
    if ((template === undefined) === (file === undefined))
      throw new UsageError('ange antingen --template FIL eller --file FIL');
    if (template !== undefined && (values['dry-run'] || values.json))
      throw new UsageError('--dry-run och --json gäller bara --file');
    let workbook: WorkbookRows | undefined;
    if (file !== undefined) {
      const read = await readImportFile(file);
      if (typeof read === 'string') {
        io.err(read);
        return 2;
      }
      const rows = await readWorkbook(read);
      if (!rows.ok) {
        io.err(`${file}: ${rows.message}`);
        return 2;
      }
      workbook = rows.value;
    }
    const connection = connect(values);
    try {
      const schema = loadBundledManifest().schema;
      const site = await openSite(connection.graph, connection.siteUrl, schema);
      if (!site.ok) {
        io.err(failureText(site.error));
        if (values['graph-url'] === localSite.graphUrl)
          io.err(`Den lokala emulatorn (${localSite.graphUrl}) svarar inte: kör npm start först.`);
        return 1;
      }
      const clock = { now: () => new Date() };
      const store = new GraphPlanStore({
        graph: connection.graph,
        site: site.value,
        schema,
        clock,
      });
      const planId = await chosenPlan(store, values.plan, io);
      if (typeof planId === 'number') return planId;
      if (template !== undefined) return await saveTemplate(store, template, planId, io);
      if (!workbook) throw new Error('the workbook is read before connecting');
      const dryRun = values['dry-run'] === true;
      const outcome = await runImport(store, workbook, {
        dryRun,
        ...(planId === undefined ? {} : { planId }),
      });
      if (!outcome.ok) {
        io.err(failureText(outcome.error));
        return 1;
      }
      if (values.json) io.out(JSON.stringify(summaryOf(outcome.value)));
      else for (const line of reportLines(outcome.value, dryRun)) io.out(line);
      return outcome.value.refused.length > 0 ? 1 : 0;
    } finally {
      await connection.close();
    }
  },
};

/** The file's bytes, or a Swedish line saying why not (too large files are never read). */
async function readImportFile(file: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return `${file}: är ingen fil.`;
    if (info.size > importLimits.maxBytes) return `${file}: ${tooLargeMessage(info.size)}`;
    return new Uint8Array(await readFile(file));
  } catch {
    return `${file}: filen finns inte eller kan inte läsas.`;
  }
}

/**
 * The id of the plan --plan names (its id, or its title: the one in force before a proposal or a
 * replaced one); undefined without --plan; an exit code when the site or the plan is not found.
 */
async function chosenPlan(
  store: GraphPlanStore,
  wanted: string | undefined,
  io: CommandIo,
): Promise<string | number | undefined> {
  if (wanted === undefined) return undefined;
  const snapshot = await store.loadPlan();
  if (!snapshot.ok) {
    io.err(failureText(snapshot.error));
    return 1;
  }
  const { plans } = snapshot.value;
  const inForce = new Set(plansInForce(plans).map((p) => p.id));
  const byTitle = [...plans].sort((a, b) => Number(inForce.has(b.id)) - Number(inForce.has(a.id)));
  const plan = plans.find((p) => p.id === wanted) ?? byName(byTitle, (p) => p.title, wanted);
  if (plan) return plan.id;
  io.err(
    `--plan: planen "${wanted}" finns inte. Planerna: ${plans.map((p) => p.title).join('; ')}.`,
  );
  return 2;
}

async function saveTemplate(
  store: GraphPlanStore,
  file: string,
  planId: string | undefined,
  io: CommandIo,
): Promise<number> {
  const snapshot = await store.loadPlan({ planId });
  if (!snapshot.ok) {
    io.err(failureText(snapshot.error));
    return 1;
  }
  const basis = basisOf(snapshot.value);
  try {
    await writeFile(file, await writeTemplate(basis));
  } catch {
    io.err(`${file}: filen kunde inte skrivas.`);
    return 2;
  }
  io.out(
    `Mallen för ${snapshot.value.plan.title} sparades i ${file} (${basis.activities.length} aktiviteter).`,
  );
  return 0;
}

const actionsSv: Readonly<Record<PreviewRow['action'], string>> = {
  create: 'ny',
  update: 'ändras',
  unchanged: 'oförändrad',
  refused: 'vägras',
};

function reportLines(outcome: ImportOutcome, dryRun: boolean): string[] {
  const lines = [dryRun ? 'Förhandsgranskning (inget sparades):' : 'Import:'];
  for (const row of outcome.rows) {
    if (row.action === 'unchanged') continue;
    const changes = row.changes?.length ? ` (${row.changes.join(', ')})` : '';
    lines.push(
      `  Rad ${row.row}: ${actionsSv[row.action]}${changes} – ${row.title || '(utan titel)'}`,
    );
    for (const p of outcome.refused.filter((p) => p.row === row.row))
      lines.push(`    ${p.column}: ${p.message}`);
  }
  const verb = dryRun ? ['skapas', 'ändras'] : ['skapade', 'ändrade'];
  lines.push(
    `${outcome.created} ${verb[0]}, ${outcome.updated} ${verb[1]}, ${outcome.unchanged} oförändrade, ${new Set(outcome.refused.map((p) => p.row)).size} rader vägrade.`,
  );
  return lines;
}
