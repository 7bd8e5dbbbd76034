import ExcelJS from 'exceljs';
import {
  headerOf,
  importColumns,
  type CellValue,
  type ImportColumn,
  type ImportProblem,
  type ImportRow,
  type WorkbookRows,
} from '../../app/import/columns.js';
import { normalizedName } from '../../app/import/closest.js';
import { notWorkbookMessage, precheck, tooManyRowsMessage } from './precheck.js';

/**
 * Reads the rows of an import workbook (.xlsx) with exceljs. Never throws for a bad file: what
 * cannot be read at all comes back as one Swedish message (not a workbook, too large, no sheet,
 * no rows, too many rows, a missing column); what is wrong with single cells (a formula without
 * a stored value, an error value, merged cells) is a problem of that row, so the other rows can
 * still be imported.
 */

export const importLimits = {
  /** Largest file accepted; a larger one is refused before it is read. */
  maxBytes: 10 * 1024 * 1024,
  /** What the file may unpack to (the workbook is held in memory while read). */
  maxUnzippedBytes: 100 * 1024 * 1024,
  /** Activity rows in one import. */
  maxRows: 5000,
} as const;

export const activitiesSheetName = 'Aktiviteter';
export const valuesSheetName = 'Värden';

export type WorkbookRead =
  | { readonly ok: true; readonly value: WorkbookRows }
  | { readonly ok: false; readonly message: string };

const numberSv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => numberSv.format(n / 1024 / 1024);
  return `Filen är ${mb(bytes)} MB; högst ${mb(importLimits.maxBytes)} MB kan importeras. Dela upp den i flera filer.`;
}

/**
 * What the import never needs from a sheet. Besides speed, a validation or format over whole
 * columns (`B2:B1048576`, as Excel writes one for a selected column) is expanded by exceljs cell
 * by cell: minutes of work and gigabytes for a small file.
 */
const ignoreNodes = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'autoFilter',
  'rowBreaks',
  'drawing',
  'picture',
  'tableParts',
  'pageSetup',
  'headerFooter',
];

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  if (bytes.byteLength === 0) return refuse('Filen är tom.');
  if (bytes.byteLength > importLimits.maxBytes) return refuse(tooLargeMessage(bytes.byteLength));
  const refusal = precheck(bytes, importLimits);
  if (refusal) return refuse(refusal);
  const workbook = new ExcelJS.Workbook();
  try {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(data as never, { ignoreNodes });
  } catch {
    return refuse(notWorkbookMessage);
  }
  const sheet =
    workbook.getWorksheet(activitiesSheetName) ??
    workbook.worksheets.find((s) => s.name !== valuesSheetName);
  if (!sheet) return refuse('Arbetsboken har inget blad med aktiviteter.');
  try {
    return rowsOf(sheet);
  } catch {
    return refuse(notWorkbookMessage);
  }
}

function refuse(message: string): WorkbookRead {
  return { ok: false, message };
}

function rowsOf(sheet: ExcelJS.Worksheet): WorkbookRead {
  if (sheet.actualRowCount === 0)
    return refuse(`Bladet "${sheet.name}" är tomt. Fyll i mallen och försök igen.`);
  const positions = headerPositions(sheet.getRow(1));
  const missing = importColumns
    .filter((c) => positions[c.key] === undefined)
    .map((c) => `"${c.header}"`);
  if (missing.length === 1)
    return refuse(
      `Kolumnen ${missing[0]} saknas på rad 1 i bladet "${sheet.name}". Utgå från mallen.`,
    );
  if (missing.length > 1)
    return refuse(
      `Kolumnerna ${missing.join(', ')} saknas på rad 1 i bladet "${sheet.name}". Utgå från mallen.`,
    );
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const read = readRow(row, number, positions as Record<ImportColumn, number>);
    if (!read) return;
    rows.push(read.row);
    problems.push(...read.problems);
  });
  if (rows.length > importLimits.maxRows) {
    return refuse(tooManyRowsMessage(rows.length, importLimits.maxRows));
  }
  if (rows.length === 0)
    return refuse(`Bladet "${sheet.name}" har inga aktiviteter under rubrikraden.`);
  return { ok: true, value: { rows, problems } };
}

function headerPositions(row: ExcelJS.Row): Partial<Record<ImportColumn, number>> {
  const positions: Partial<Record<ImportColumn, number>> = {};
  row.eachCell((cell, col) => {
    const text = normalizedName(textOf(valueOf(cell.value).value));
    const column = importColumns.find((c) => normalizedName(c.header) === text);
    if (column && positions[column.key] === undefined) positions[column.key] = col;
  });
  return positions;
}

function readRow(
  row: ExcelJS.Row,
  number: number,
  positions: Record<ImportColumn, number>,
): { row: ImportRow; problems: ImportProblem[] } | undefined {
  const cells: Partial<Record<ImportColumn, CellValue>> = {};
  const problems: ImportProblem[] = [];
  let merged = false;
  for (const { key } of importColumns) {
    const cell = row.getCell(positions[key]);
    const read = valueOf(cell.value, key === 'start' || key === 'end');
    if (read.problem) problems.push({ row: number, column: headerOf(key), message: read.problem });
    if (cell.isMerged && !merged) {
      merged = true;
      problems.push({
        row: number,
        column: headerOf(key),
        message:
          'Raden har sammanfogade celler. Dela upp dem (Koppla isär celler) och försök igen.',
      });
    }
    if (read.value !== undefined && textOf(read.value) !== '') cells[key] = read.value;
  }
  if (Object.keys(cells).length === 0 && !merged) return undefined;
  return { row: { row: number, cells }, problems };
}

type Read = { readonly value: CellValue; readonly problem?: string };

/** A cell's value as the import sees it; formulas give their stored result. */
function valueOf(value: ExcelJS.CellValue, dateColumn = false): Read {
  if (value === null || value === undefined) return { value: undefined };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { value };
  if (value instanceof Date) return { value };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('error' in value)
    return { value: undefined, problem: `Cellen har felvärdet ${String(value.error)}.` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    const stored = resultOf(result, dateColumn);
    if (stored === undefined)
      return {
        value: undefined,
        problem: 'Cellen har en formel utan sparat värde. Klistra in värdet i stället för formeln.',
      };
    return { value: stored };
  }
  if ('hyperlink' in value) return { value: String(value.text) };
  return {
    value: undefined,
    problem: 'Cellens innehåll kan inte läsas. Skriv in värdet som text.',
  };
}

function resultOf(result: unknown, dateColumn: boolean): CellValue {
  if (result instanceof Date || typeof result === 'string' || typeof result === 'boolean')
    return result;
  if (typeof result === 'number') return dateColumn ? excelDate(result) : result;
  return undefined;
}

/** An Excel serial day number (1900 date system) as a date cell's value. */
function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function textOf(value: CellValue): string {
  return value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
}
