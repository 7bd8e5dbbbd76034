import type { DownloadFile } from '../services/tab-services.js';
import { reportFileName, type ReportModel } from './report-model.js';

export type ReportFormat = 'docx' | 'xlsx';

const mimeTypes: Readonly<Record<ReportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Loads the exporter for the format on demand (docx and exceljs are separate chunks). */
export async function exportReport(
  model: ReportModel,
  format: ReportFormat,
): Promise<DownloadFile> {
  const bytes =
    format === 'docx'
      ? await (await import('./word-report.js')).buildWordReport(model)
      : await (await import('./excel-report.js')).buildExcelReport(model);
  return { name: reportFileName(model, format), bytes, mimeType: mimeTypes[format] };
}
