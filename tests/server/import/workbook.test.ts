import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { basisOf, runImport } from '../../../src/app/import/run-import.js';
import { InMemoryPlanStore } from '../../../src/app/in-memory/plan-store.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { readWorkbook, type WorkbookRead } from '../../../src/server/import/read-workbook.js';
import { writeTemplate } from '../../../src/server/import/write-template.js';
import { headers, sheetValues, workbookOf } from './workbooks.js';

const plan = seedPlan.plan.title;
const area = seedPlan.areas[0]!.title;

function row(title: string, start: ExcelJS.CellValue, end: ExcelJS.CellValue): ExcelJS.CellValue[] {
  return [
    plan,
    area,
    title,
    'Beskrivning.',
    'Utbildningsförvaltningen',
    '',
    start,
    end,
    '',
    'Utvecklingsmedel',
    '',
  ];
}

function rowsOf(read: WorkbookRead) {
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

function refusal(read: WorkbookRead): string {
  if (read.ok) throw new Error('the workbook was read');
  return read.message;
}

describe('the import workbook', () => {
  let store: InMemoryPlanStore;
  beforeEach(() => {
    store = new InMemoryPlanStore(seedPlan);
  });

  it('writes a template of the plan that imports back unchanged, with the values sheet and drop-downs', async () => {
    const snapshot = await store.loadPlan();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const template = new Uint8Array(await writeTemplate(basisOf(snapshot.value)));
    const activities = await sheetValues(template, 'Aktiviteter');
    expect(activities[0]).toEqual(headers);
    expect(activities).toHaveLength(1 + seedPlan.activities.length);
    const values = await sheetValues(template, 'Värden');
    expect(values[0]).toEqual([
      'Planer',
      'Utvecklingsområden',
      'Förvaltningar',
      'Förvaltningar (medansvariga)',
      'Finansiering',
      'Mål',
    ]);
    expect(values.map((v) => v[2]).filter(Boolean)).toHaveLength(1 + seedPlan.departments.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template) as never);
    const validations = (
      workbook.getWorksheet('Aktiviteter') as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      }
    ).dataValidations.model;
    expect(validations.E2).toMatchObject({
      type: 'list',
      formulae: ["'Värden'!$C$2:$C$9"],
      showErrorMessage: true,
    });
    expect(validations.F2).toMatchObject({ type: 'list', formulae: ["'Värden'!$D$2:$D$9"] });
    expect(validations.F2?.showErrorMessage).toBeUndefined();
    const outcome = await runImport(store, rowsOf(await readWorkbook(template)));
    expect(outcome).toMatchObject({
      ok: true,
      value: { created: 0, updated: 0, unchanged: 14, refused: [] },
    });
  });

  it('imports dates as date cells, ISO text and d/m/yyyy, and a second import changes nothing', async () => {
    const file = await workbookOf([
      row('Ett', new Date('2027-03-01T00:00:00Z'), new Date('2027-12-31T00:00:00Z')),
      row('Två', '2027-03-01', '2027-12-31'),
      row('Tre', '1/3/2027', '31/12/2027'),
    ]);
    const first = await runImport(store, rowsOf(await readWorkbook(file)));
    expect(first).toMatchObject({
      ok: true,
      value: { created: 3, updated: 0, unchanged: 0, refused: [] },
    });
    const loaded = await store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const imported = loaded.value.activities.filter((a) => ['Ett', 'Två', 'Tre'].includes(a.title));
    expect(imported.map((a) => [a.id, a.start, a.end])).toEqual([
      ['area-1-ett', '2027-03-01', '2027-12-31'],
      ['area-1-tva', '2027-03-01', '2027-12-31'],
      ['area-1-tre', '2027-03-01', '2027-12-31'],
    ]);
    const again = await runImport(store, rowsOf(await readWorkbook(file)));
    expect(again).toMatchObject({
      ok: true,
      value: { created: 0, updated: 0, unchanged: 3, refused: [] },
    });
    const reloaded = await store.loadPlan();
    if (!reloaded.ok) throw new Error(reloaded.error.message);
    expect(reloaded.value.activities.map((a) => a.version)).toEqual(
      loaded.value.activities.map((a) => a.version),
    );
  });

  it('takes a formula’s stored result, and refuses a formula without one and an error value', async () => {
    const file = await workbookOf([
      row('Formel', '2027-01-01', {
        formula: 'DATE(2027,12,31)',
        result: new Date('2027-12-31T00:00:00Z'),
      }),
      row('Utan värde', '2027-01-01', { formula: 'DATE(2027,12,31)' }),
      row('Fel', '2027-01-01', { error: '#N/A' }),
    ]);
    const read = rowsOf(await readWorkbook(file));
    expect(read.rows[0]!.cells.end).toEqual(new Date('2027-12-31T00:00:00Z'));
    expect(read.problems).toEqual([
      {
        row: 3,
        column: 'Slutdatum',
        message: 'Cellen har en formel utan sparat värde. Klistra in värdet i stället för formeln.',
      },
      { row: 4, column: 'Slutdatum', message: 'Cellen har felvärdet #N/A.' },
    ]);
    const outcome = await runImport(store, read, { dryRun: true });
    expect(outcome).toMatchObject({
      ok: true,
      value: { created: 1, refused: [{ row: 3 }, { row: 4 }] },
    });
  });

  it('refuses rows with merged cells and reads the others', async () => {
    const file = await workbookOf(
      [row('Ett', '2027-01-01', '2027-12-31'), row('Två', '2027-01-01', '2027-12-31')],
      (sheet) => sheet.mergeCells('D3:E3'),
    );
    const read = rowsOf(await readWorkbook(file));
    expect(read.problems).toEqual([
      {
        row: 3,
        column: 'Beskrivning',
        message:
          'Raden har sammanfogade celler. Dela upp dem (Koppla isär celler) och försök igen.',
      },
    ]);
    const outcome = await runImport(store, read);
    expect(outcome).toMatchObject({ ok: true, value: { created: 1, refused: [{ row: 3 }] } });
  });

  it('refuses a merged range too large to read, before reading it', async () => {
    const small = await workbookOf([], (sheet) => sheet.mergeCells('A2:B3'));
    // As Excel saves a merge of whole columns: exceljs itself would take minutes to write one.
    const files = unzipSync(small);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!).replace(
      'ref="A2:B3"',
      'ref="A2:B1048576"',
    );
    const file = zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(sheetXml) });
    expect(refusal(await readWorkbook(file))).toBe(
      'Arbetsboken har sammanfogade celler över ett mycket stort område (A2:B1048576). Dela upp dem (Koppla isär celler) och försök igen.',
    );
  });

  it('reads a workbook whose drop-downs cover whole columns quickly (they are not read)', async () => {
    const file = await workbookOf([row('Ett', '2027-01-01', '2027-12-31')], (sheet) =>
      (
        sheet as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add('A2:K1048576', { type: 'list', formulae: ['"a,b"'] }),
    );
    expect(rowsOf(await readWorkbook(file)).rows).toHaveLength(1);
  });

  it('refuses 10,000 rows with the limit named', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row(`Aktivitet ${i}`, '2027-01-01', '2027-12-31'),
    );
    expect(refusal(await readWorkbook(await workbookOf(many)))).toMatch(
      /^Filen har 10\s000 rader med aktiviteter; högst 5\s000 kan importeras åt gången\. Dela upp den i flera filer\.$/u,
    );
  }, 60_000);

  it('refuses files that are not a workbook, empty, too large, or without the columns or rows', async () => {
    const notWorkbook =
      'Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok i Excel och försök igen.';
    expect(refusal(await readWorkbook(new TextEncoder().encode('Plan;Aktivitet\nA;B\n')))).toBe(
      notWorkbook,
    );
    expect(refusal(await readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe(
      notWorkbook,
    );
    expect(refusal(await readWorkbook(new Uint8Array()))).toBe('Filen är tom.');
    expect(refusal(await readWorkbook(new Uint8Array(11 * 1024 * 1024)))).toBe(
      'Filen är 11 MB; högst 10 MB kan importeras. Dela upp den i flera filer.',
    );
    const oneMissing = await workbookOf(
      [],
      undefined,
      headers.filter((h) => h !== 'Slutdatum'),
    );
    expect(refusal(await readWorkbook(oneMissing))).toBe(
      'Kolumnen "Slutdatum" saknas på rad 1 i bladet "Aktiviteter". Utgå från mallen.',
    );
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Aktiviteter');
    const emptyFile = new Uint8Array(await empty.xlsx.writeBuffer());
    expect(refusal(await readWorkbook(emptyFile))).toBe(
      'Bladet "Aktiviteter" är tomt. Fyll i mallen och försök igen.',
    );
    expect(refusal(await readWorkbook(await workbookOf([[], []])))).toBe(
      'Bladet "Aktiviteter" har inga aktiviteter under rubrikraden.',
    );
  });
});
