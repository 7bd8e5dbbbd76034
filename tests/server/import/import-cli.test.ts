import ExcelJS from 'exceljs';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/server/cli/command.js';
import { importCommand } from '../../../src/server/cli/commands/import.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { siteUrl } from '../../graph/helpers/emulator.js';
import { workbookOf } from './workbooks.js';

/** `aktivitetsplan import` against the emulator (one for the file), through the command itself. */

let stores: GraphStores;
let dir: string;
let args: string[];
beforeAll(async () => {
  stores = await graphStores(seedPlan);
  dir = await mkdtemp(join(tmpdir(), 'aktivitetsplan-import-'));
  args = [
    '--graph-url',
    stores.emulator.emulator.url,
    '--site',
    siteUrl,
    '--dev-user',
    'Anna Andersson',
    '--ca-file',
    stores.emulator.emulator.caFile,
  ];
}, 60_000);
afterAll(() => stores.close());

async function run(...extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand.run([...args, ...extra], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const plan = seedPlan.plan.title;
const area = seedPlan.areas[3]!.title;
const row = (title: string, start = '2027-01-01', goals = '') => [
  plan,
  area,
  title,
  'Beskrivning.',
  'Social- och omsorgsförvaltningen',
  'Leanlink',
  start,
  '31/12/2027',
  '',
  'Inom förvaltningens befintliga budgetram',
  goals,
];

async function activities() {
  const loaded = await stores.store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.activities;
}

describe('npm run import', () => {
  it('writes the template, which imports back unchanged (exact JSON, exit 0), and updates what was edited in it', async () => {
    const file = join(dir, 'mall.xlsx');
    const written = await run('--template', file);
    expect(written.code, written.err.join('\n')).toBe(0);
    expect(written.out).toEqual([`Mallen för ${plan} sparades i ${file} (14 aktiviteter).`]);
    const imported = await run('--file', file, '--json');
    expect(imported.code).toBe(0);
    expect(imported.out).toEqual(['{"created":0,"updated":0,"unchanged":14,"refused":[]}']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Aktiviteter')!;
    sheet.getCell('H2').value = '30/6/2029';
    sheet.getCell('K3').value = seedPlan.goals[1]!.title;
    await workbook.xlsx.writeFile(file);
    const edited = await run('--file', file);
    expect(edited.code).toBe(0);
    expect(edited.out.slice(1)).toEqual([
      `  Rad 2: ändras (Slutdatum) – ${sheet.getCell('C2').text}`,
      `  Rad 3: ändras (Mål) – ${sheet.getCell('C3').text}`,
      '0 skapade, 2 ändrade, 12 oförändrade, 0 rader vägrade.',
    ]);
    const again = await run('--file', file, '--json');
    expect(again.out).toEqual(['{"created":0,"updated":0,"unchanged":14,"refused":[]}']);
  });

  it('imports the good rows of a file with bad ones (exit 1); --dry-run writes nothing; again changes nothing', async () => {
    const file = join(dir, 'fem.xlsx');
    await writeFile(
      file,
      await workbookOf([
        row('Ett', '2027-01-01', `${seedPlan.goals[0]!.title}\n${seedPlan.goals[2]!.title}`),
        row('Två'),
        row('Tre', '2028-01-01'),
        row('Fyra'),
        row('Fem', 'i vår'),
      ]),
    );
    const before = await activities();
    const dry = await run('--file', file, '--dry-run', '--json');
    expect(dry.code).toBe(1);
    const refused = [
      { row: 4, column: 'Slutdatum', message: 'Slutdatum får inte vara före startdatum.' },
      {
        row: 6,
        column: 'Startdatum',
        message: 'Startdatum: ange ett datum, t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år).',
      },
    ];
    expect(JSON.parse(dry.out.join(''))).toEqual({ created: 3, updated: 0, unchanged: 0, refused });
    expect(await activities()).toEqual(before);
    const imported = await run('--file', file, '--json');
    expect(imported.code).toBe(1);
    expect(imported.out).toHaveLength(1);
    expect(JSON.parse(imported.out[0]!)).toEqual({ created: 3, updated: 0, unchanged: 0, refused });
    const after = await activities();
    expect(after.map((a) => a.title)).toEqual(expect.arrayContaining(['Ett', 'Två', 'Fyra']));
    expect(after.find((a) => a.title === 'Ett')?.goalIds).toEqual([
      seedPlan.goals[0]!.id,
      seedPlan.goals[2]!.id,
    ]);
    const again = await run('--file', file);
    expect(again.code).toBe(1);
    expect(again.out.at(-1)).toBe('0 skapade, 0 ändrade, 3 oförändrade, 2 rader vägrade.');
    expect(again.out).toContain('    Slutdatum: Slutdatum får inte vara före startdatum.');
    expect(await activities()).toEqual(after);
  });

  it('imports 300 rows in at most 20 Graph round trips', async () => {
    const file = join(dir, 'trehundra.xlsx');
    await writeFile(
      file,
      await workbookOf(Array.from({ length: 300 }, (_, i) => row(`Aktivitet ${i + 1}`))),
    );
    await stores.emulator.resetStats();
    const imported = await run('--file', file, '--json');
    expect(JSON.parse(imported.out[0]!)).toMatchObject({ created: 300, refused: [] });
    expect((await stores.emulator.stats()).total).toBeLessThanOrEqual(20);
  }, 60_000);

  it('says in one Swedish line why a file cannot be read (exit 2), and refuses wrong flags', async () => {
    const missing = await run('--file', join(dir, 'finns-inte.xlsx'));
    expect(missing).toMatchObject({
      code: 2,
      err: [`${join(dir, 'finns-inte.xlsx')}: filen finns inte eller kan inte läsas.`],
    });
    const text = join(dir, 'text.xlsx');
    await writeFile(text, 'Plan;Aktivitet\n');
    const notWorkbook = await run('--file', text);
    expect(notWorkbook.code).toBe(2);
    expect(notWorkbook.err).toEqual([
      `${text}: Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok i Excel och försök igen.`,
    ]);
    const huge = join(dir, 'stor.xlsx');
    await writeFile(huge, '');
    await truncate(huge, 50 * 1024 * 1024);
    const tooLarge = await run('--file', huge, '--json');
    expect(tooLarge).toMatchObject({
      code: 2,
      out: [],
      err: [`${huge}: Filen är 50 MB; högst 10 MB kan importeras. Dela upp den i flera filer.`],
    });
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run('--file', text, '--template', text)).rejects.toThrow(UsageError);
  });

  it('writes the template of the plan --plan names (title or id); an unknown plan is exit 2', async () => {
    const parent = seedPlan.parentPlan!;
    const file = join(dir, 'handlingsplan.xlsx');
    const byTitle = await run('--template', file, '--plan', parent.title);
    expect(byTitle.code, byTitle.err.join('\n')).toBe(0);
    expect(byTitle.out).toEqual([`Mallen för ${parent.title} sparades i ${file} (0 aktiviteter).`]);
    const byId = await run('--template', file, '--plan', parent.id);
    expect(byId.out).toEqual(byTitle.out);
    const unknown = await run('--template', file, '--plan', 'Drogplan');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toMatch(/^--plan: planen "Drogplan" finns inte\. Planerna: /);
  });
});
