import ExcelJS from 'exceljs';
import { stockholmLocal } from '../../domain/calendar/stockholm-time.js';
import { addFundsSheet, addIndicatorSheet } from './excel-measures.js';
import { statusOrder, titleWithMarker, type ReportModel } from './report-model.js';

/**
 * The follow-up as an Excel workbook: one row per activity and its answer, a summary sheet, the
 * indicators and the development funds (excel-measures.ts).
 * Times are Stockholm wall-clock times (Excel has no time zones: a cell shows what it holds), the
 * share is a number formatted as a percentage, and a report made while the round is open says
 * it is preliminary on both sheets.
 */
export async function buildExcelReport(model: ReportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aktivitetsplan';
  workbook.created = new Date(model.createdAt);
  if (model.preliminary) workbook.subject = model.preliminary;
  addRows(workbook, model);
  addSummary(workbook, model);
  addIndicatorSheet(workbook, model);
  addFundsSheet(workbook, model);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/**
 * An instant as the Date ExcelJS writes for Stockholm's wall clock: ExcelJS stores a Date's UTC
 * fields as the cell's serial, so the Stockholm date and time go in as UTC fields.
 */
export function stockholmCellDate(instant: string): Date {
  const { date, time } = stockholmLocal(Date.parse(instant));
  return new Date(`${date}T${time}:00Z`);
}

function addRows(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(labels.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  if (model.preliminary) sheet.headerFooter.oddHeader = model.preliminary;
  sheet.columns = [
    { header: labels.area, key: 'area', width: 40 },
    { header: labels.activity, key: 'activity', width: 50 },
    { header: labels.responsible, key: 'responsible', width: 34 },
    { header: labels.coResponsible, key: 'coResponsible', width: 34 },
    { header: labels.activityPeriod, key: 'period', width: 24 },
    { header: labels.expectedOutcome, key: 'expectedOutcome', width: 50 },
    { header: labels.financing, key: 'financing', width: 30 },
    { header: labels.status, key: 'status', width: 20 },
    { header: labels.comment, key: 'comment', width: 60 },
    { header: labels.nextSteps, key: 'nextSteps', width: 40 },
    ...(model.includeNames ? [{ header: labels.answeredBy, key: 'answeredBy', width: 26 }] : []),
    { header: labels.answeredAt, key: 'answeredAt', width: 22 },
    { header: labels.source, key: 'source', width: 16 },
    { header: labels.board, key: 'board', width: 34 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const section of model.sections) {
    for (const row of section.rows) {
      sheet.addRow({
        area: section.areaTitle,
        activity: titleWithMarker(row, labels),
        responsible: row.responsible,
        coResponsible: row.coResponsible.join(', '),
        period: `${row.start} – ${row.end}`,
        expectedOutcome: row.expectedOutcome,
        financing: row.financing,
        status: row.statusLabel,
        comment: row.answer?.comment ?? '',
        nextSteps: row.answer?.nextSteps ?? '',
        ...(model.includeNames ? { answeredBy: row.answer?.answeredBy.name ?? '' } : {}),
        answeredAt: row.answer ? stockholmCellDate(row.answer.answeredAt) : null,
        source: row.answer ? labels.sources[row.answer.source] : '',
        board: row.board,
      });
    }
  }
  sheet.getColumn('answeredAt').numFmt = 'yyyy-mm-dd hh:mm';
  for (const key of ['comment', 'expectedOutcome'])
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  const columns = sheet.columns.length;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

function addSummary(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels, counts } = model;
  const sheet = workbook.addWorksheet(labels.summarySheetName);
  sheet.columns = [
    { key: 'status', width: 24 },
    { key: 'count', width: 10 },
    { key: 'share', width: 10 },
  ];
  if (model.preliminary) {
    sheet.addRow([model.preliminary]).font = { bold: true };
    sheet.addRow([]);
  }
  sheet.addRow([labels.status, labels.count, labels.share]).font = { bold: true };
  for (const s of statusOrder) {
    sheet.addRow({
      status: labels.statuses[s],
      count: counts[s],
      share: counts.total === 0 ? 0 : counts[s] / counts.total,
    });
  }
  sheet.getColumn('share').numFmt = '0%';
  sheet.addRow({ status: labels.total, count: counts.total }).font = { bold: true };
}
