/**
 * The columns of the import workbook (issue 13), in the template's order, and the shapes the
 * workbook reader hands the import: one row of cell values per line of the sheet.
 */

export const importColumns = [
  { key: 'plan', header: 'Plan' },
  { key: 'area', header: 'Utvecklingsområde' },
  { key: 'title', header: 'Aktivitet' },
  { key: 'description', header: 'Beskrivning' },
  { key: 'responsible', header: 'Ansvarig förvaltning' },
  { key: 'coResponsible', header: 'Medansvariga förvaltningar' },
  { key: 'start', header: 'Startdatum' },
  { key: 'end', header: 'Slutdatum' },
  { key: 'expectedOutcome', header: 'Förväntat resultat' },
  { key: 'financing', header: 'Finansiering' },
  { key: 'goals', header: 'Mål' },
] as const;

export type ImportColumn = (typeof importColumns)[number]['key'];

/** The header of a column, as the template writes it and messages name it. */
export function headerOf(column: ImportColumn): string {
  return importColumns.find((c) => c.key === column)!.header;
}

/** A cell as the reader gives it: text, a number, a date cell (UTC midnight) or nothing. */
export type CellValue = string | number | boolean | Date | undefined;

export type ImportRow = {
  /** The row's number in the sheet (the header is row 1). */
  readonly row: number;
  readonly cells: Readonly<Partial<Record<ImportColumn, CellValue>>>;
};

/** A refusal of one row, or of the whole file (row 0), in Swedish; `column` is a header. */
export type ImportProblem = {
  readonly row: number;
  readonly column: string;
  readonly message: string;
};

/** What a workbook gave: its rows, and what the reader already refused (a formula, a merge). */
export type WorkbookRows = {
  readonly rows: readonly ImportRow[];
  readonly problems: readonly ImportProblem[];
};
