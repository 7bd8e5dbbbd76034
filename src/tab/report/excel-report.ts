import ExcelJS from 'exceljs';
import { formatPercent } from '../i18n/format.js';
import { statusOrder, titleWithMarker, type ReportModel } from './report-model.js';

/** The follow-up as an Excel workbook: one row per activity and its answer, and a summary sheet. */
export async function buildExcelReport(model: ReportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aktivitetsplan';
  workbook.created = new Date(model.createdAt);
  addRows(workbook, model);
  addSummary(workbook, model);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function addRows(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(labels.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: labels.area, key: 'area', width: 40 },
    { header: labels.activity, key: 'activity', width: 50 },
    { header: labels.responsible, key: 'responsible', width: 34 },
    { header: labels.coResponsible, key: 'coResponsible', width: 34 },
    { header: labels.activityPeriod, key: 'period', width: 24 },
    { header: labels.financing, key: 'financing', width: 30 },
    { header: labels.status, key: 'status', width: 20 },
    { header: labels.comment, key: 'comment', width: 60 },
    { header: labels.nextSteps, key: 'nextSteps', width: 40 },
    { header: labels.answeredBy, key: 'answeredBy', width: 26 },
    { header: labels.answeredAt, key: 'answeredAt', width: 22 },
    { header: labels.source, key: 'source', width: 16 },
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
        financing: row.financing,
        status: row.statusLabel,
        comment: row.answer?.comment ?? '',
        nextSteps: row.answer?.nextSteps ?? '',
        answeredBy: row.answer?.answeredBy.name ?? '',
        answeredAt: row.answer ? new Date(row.answer.answeredAt) : null,
        source: row.answer ? labels.sources[row.answer.source] : '',
      });
    }
  }
  sheet.getColumn('answeredAt').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn('comment').alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 12 } };
}

function addSummary(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels, counts, language } = model;
  const sheet = workbook.addWorksheet(labels.summarySheetName);
  sheet.columns = [
    { header: labels.status, key: 'status', width: 24 },
    { header: labels.count, key: 'count', width: 10 },
    { header: labels.share, key: 'share', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const s of statusOrder) {
    sheet.addRow({
      status: labels.statuses[s],
      count: counts[s],
      share: formatPercent(counts[s], counts.total, language),
    });
  }
  sheet.addRow({ status: labels.total, count: counts.total }).font = { bold: true };
}
