import { entryText, zipEntries } from './zip-entries.js';

/**
 * Checks an .xlsx before exceljs reads it, so no file can make the reader spend minutes or
 * gigabytes: it must be a zip archive whose contents unpack to at most `maxUnzippedBytes`, and no
 * merged range may cover more than `maxMergedCells` cells (exceljs creates every cell of a merged
 * range; merging whole columns would create millions). Returns the Swedish refusal, if any.
 */

const maxMergedCells = 100_000;

export const notWorkbookMessage =
  'Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok i Excel och försök igen.';

export function precheck(bytes: Uint8Array, maxUnzippedBytes: number): string | undefined {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const entries = zip ? zipEntries(bytes) : undefined;
  if (!entries) return notWorkbookMessage;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > maxUnzippedBytes) {
    const mb = Math.round(maxUnzippedBytes / 1024 / 1024);
    return `Arbetsboken blir för stor uppackad (över ${mb} MB). Dela upp den i flera filer.`;
  }
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    const text = entryText(bytes, entry);
    if (text === undefined) return notWorkbookMessage;
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

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}
