import ExcelJS from 'exceljs';
import { importColumns } from '../../../src/app/import/columns.js';

/** Real .xlsx files for the import tests, written with exceljs as Excel would save them. */

export const headers: readonly string[] = importColumns.map((c) => c.header);

/** A workbook with the sheet Aktiviteter: the headers and these rows (cells as exceljs takes them). */
export async function workbookOf(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  header: readonly string[] = headers,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Aktiviteter');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  edit?.(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The rows of an .xlsx as values (to look into a template). */
export async function sheetValues(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.getWorksheet(name);
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
