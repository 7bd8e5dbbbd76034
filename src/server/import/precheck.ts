import { entryText, zipEntries } from './zip-entries.js';

/**
 * Checks an .xlsx before exceljs reads it, so no file can make the reader spend minutes or
 * gigabytes: it must be a zip archive whose contents unpack to at most `maxUnzippedBytes`, no
 * merged range may cover more than `maxMergedCells` cells (exceljs creates every cell of a merged
 * range; merging whole columns would create millions), and the activities' sheet may have at most
 * `maxRows` rows with values under its header (counted in its XML, seconds before exceljs would
 * have read them all). Returns the Swedish refusal, if any.
 */

const maxMergedCells = 100_000;

export const notWorkbookMessage =
  'Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok i Excel och försök igen.';

type Limits = { readonly maxUnzippedBytes: number; readonly maxRows: number };

const numberSv = new Intl.NumberFormat('sv-SE');

export function tooManyRowsMessage(rows: number, max: number): string {
  return `Filen har ${numberSv.format(rows)} rader med aktiviteter; högst ${numberSv.format(max)} kan importeras åt gången. Dela upp den i flera filer.`;
}

export function precheck(bytes: Uint8Array, limits: Limits): string | undefined {
  const { maxUnzippedBytes, maxRows } = limits;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const entries = zip ? zipEntries(bytes) : undefined;
  if (!entries) return notWorkbookMessage;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > maxUnzippedBytes) {
    const mb = Math.round(maxUnzippedBytes / 1024 / 1024);
    return `Arbetsboken blir för stor uppackad (över ${mb} MB). Dela upp den i flera filer.`;
  }
  const activities = activitiesSheetPath(bytes, entries);
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    const text = entryText(bytes, entry);
    if (text === undefined) return notWorkbookMessage;
    const rows = entry.name === activities ? valueRows(text) - 1 : 0;
    if (rows > maxRows) return tooManyRowsMessage(rows, maxRows);
    for (const match of text.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
      const [, fromCol = 'A', fromRow = '1', toCol = 'A', toRow = '1'] = match;
      const cells =
        (Math.abs(columnNumber(toCol) - columnNumber(fromCol)) + 1) *
        (Math.abs(Number(toRow) - Number(fromRow)) + 1);
      if (cells > maxMergedCells)
        return `Arbetsboken har sammanfogade celler över ett mycket stort område (${match[1]}${match[2]}:${match[3]}${match[4]}). Dela upp dem (Koppla isär celler) och försök igen.`;
    }
  }
  return undefined;
}

type Entries = NonNullable<ReturnType<typeof zipEntries>>;

/** The zip path of the sheet the reader takes: "Aktiviteter", else the first but "Värden". */
function activitiesSheetPath(bytes: Uint8Array, entries: Entries): string | undefined {
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? (entryText(bytes, entry) ?? '') : '';
  };
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const sheets = [...text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: attribute(m[0], 'name'),
    id: attribute(m[0], 'r:id'),
  }));
  const sheet =
    sheets.find((s) => s.name === 'Aktiviteter') ?? sheets.find((s) => s.name !== 'Värden');
  const relation = [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, 'Id') === sheet?.id);
  const target = relation ? attribute(relation, 'Target') : undefined;
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Rows of a sheet's XML with at least one value (`<v>` or inline text). */
function valueRows(xml: string): number {
  let count = 0;
  for (const m of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    if (/<v[\s>]|<is[\s>]/.test(m[1] ?? '')) count += 1;
  }
  return count;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}
