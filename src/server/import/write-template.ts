import ExcelJS from 'exceljs';
import { importColumns, type ImportColumn } from '../../app/import/columns.js';
import { dateCellOf } from '../../app/import/dates.js';
import type { ImportBasis } from '../../app/import/row-fields.js';
import { financingLabelsSv } from '../../domain/model.js';
import { activitiesSheetName, valuesSheetName } from './read-workbook.js';

/**
 * The import template: the sheet "Aktiviteter" with the import's columns, filled with the plan's
 * activities as they are stored (so importing it unchanged changes nothing), and the sheet
 * "Värden" with the allowed plans, areas, departments, financing and goals, which feed the
 * columns' drop-down lists (Excel's list validation). Columns taking several values (co-responsible
 * departments, goals) offer the list but let other text in (names separated by `;`).
 */

const widths: Readonly<Record<ImportColumn, number>> = {
  plan: 34,
  area: 34,
  title: 50,
  description: 50,
  responsible: 34,
  coResponsible: 40,
  start: 13,
  end: 13,
  expectedOutcome: 40,
  financing: 40,
  goals: 40,
};

/** Rows with drop-downs beyond the activities written, for new ones. */
const spareRows = 500;

export async function writeTemplate(data: ImportBasis): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aktivitetsplan';
  const sheet = workbook.addWorksheet(activitiesSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = importColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: widths[c.key],
  }));
  sheet.getRow(1).font = { bold: true };
  for (const key of ['start', 'end'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  for (const row of activityRows(data)) sheet.addRow(row);
  const lists = valueLists(data);
  const values = workbook.addWorksheet(valuesSheetName);
  values.columns = lists.map((l) => ({ header: l.header, width: 45 }));
  values.getRow(1).font = { bold: true };
  lists.forEach((list, i) => {
    list.values.forEach((value, j) => {
      values.getCell(j + 2, i + 1).value = value;
    });
  });
  const lastRow = Math.max(sheet.rowCount, 1) + spareRows;
  lists.forEach((list, i) => {
    if (list.values.length === 0) return;
    const letter = String.fromCharCode(65 + i);
    const range = `'${valuesSheetName}'!$${letter}$2:$${letter}$${list.values.length + 1}`;
    for (const column of list.columns) {
      const sheetLetter = sheet.getColumn(column).letter;
      validations(sheet).add(`${sheetLetter}2:${sheetLetter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: !list.several,
        errorStyle: 'stop',
        errorTitle: 'Okänt värde',
        error: `Välj ett värde ur listan (bladet ${valuesSheetName}).`,
      });
    }
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

/** exceljs has range-wide validations (one `sqref`) but its types do not show them. */
function validations(sheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof validations> }).dataValidations;
}

type ValueList = {
  readonly header: string;
  readonly values: readonly string[];
  readonly columns: readonly ImportColumn[];
  /** The cells may name several values (`;`-separated): the list helps but does not refuse. */
  readonly several?: boolean;
};

function valueLists(data: ImportBasis): ValueList[] {
  const sorted = (names: string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b, 'sv'));
  const current = <T extends { endedOn?: string }>(items: readonly T[]) =>
    items.filter((item) => !item.endedOn);
  const areas = current(data.areas)
    .sort((a, b) => a.order - b.order)
    .map((a) => a.title);
  const departments = sorted(current(data.departments).map((d) => d.name));
  return [
    { header: 'Planer', values: data.plans.map((p) => p.title), columns: ['plan'] },
    { header: 'Utvecklingsområden', values: [...new Set(areas)], columns: ['area'] },
    {
      header: 'Förvaltningar',
      values: departments,
      columns: ['responsible'],
    },
    {
      header: 'Förvaltningar (medansvariga)',
      values: departments,
      columns: ['coResponsible'],
      several: true,
    },
    { header: 'Finansiering', values: Object.values(financingLabelsSv), columns: ['financing'] },
    { header: 'Mål', values: data.goals.map((g) => g.title), columns: ['goals'], several: true },
  ];
}

function activityRows(data: ImportBasis): Record<ImportColumn, string | Date>[] {
  const plans = new Map(data.plans.map((p) => [p.id, p]));
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const departments = new Map(data.departments.map((d) => [d.id, d.name]));
  const goals = new Map(data.goals.map((g) => [g.id, g.title]));
  const names = (ids: readonly string[], map: Map<string, string>) =>
    ids.map((id) => map.get(id) ?? id).join('; ');
  return data.activities
    .filter((a) => plans.has(a.planId) && areas.has(a.areaId) && !a.ended)
    .sort(
      (a, b) =>
        areas.get(a.areaId)!.order - areas.get(b.areaId)!.order ||
        a.id.localeCompare(b.id, 'sv', { numeric: true }),
    )
    .map((a) => ({
      plan: plans.get(a.planId)!.title,
      area: areas.get(a.areaId)!.title,
      title: a.title,
      description: a.description ?? '',
      responsible: departments.get(a.responsibleDepartmentId) ?? a.responsibleDepartmentId,
      coResponsible: names(a.coResponsibleDepartmentIds, departments),
      start: dateCellOf(a.start),
      end: dateCellOf(a.end),
      expectedOutcome: a.expectedOutcome ?? '',
      financing: financingLabelsSv[a.financing],
      goals: names(a.goalIds ?? [], goals),
    }));
}
