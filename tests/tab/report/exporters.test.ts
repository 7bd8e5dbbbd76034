import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExcelReport } from '../../../src/tab/report/excel-report.js';
import { buildReportModel, reportFileName } from '../../../src/tab/report/report-model.js';
import { buildWordReport } from '../../../src/tab/report/word-report.js';
import { annualRound, snapshot } from '../support/fixture.js';

const at = new Date('2024-02-01T10:00:00Z');

function documentText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}

describe('buildReportModel', () => {
  it('groups the round’s activities per area with their answers and counts', () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const rows = model.sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.activityId === 'A1.1')?.statusLabel).toBe('Pågår enligt plan');
    expect(rows.find((r) => r.activityId === 'A2.1')?.statusLabel).toBe('Försenad');
    expect(model.counts.onTrack + model.counts.delayed).toBe(2);
    expect(model.counts.total).toBe(rows.length);
    expect(reportFileName(model, 'docx')).toBe('Rapport Årsuppföljning 2023.docx');
  });
});

describe('buildWordReport', () => {
  it('writes a document with the title, the summary table, areas, statuses and comments', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const text = documentText(await buildWordReport(model));
    expect(text).toContain('Årsuppföljning 2023');
    expect(text).toContain('Sammanfattning');
    expect(text).toContain('Pågår enligt plan');
    expect(text).toContain('Materialet används i alla skolor.');
    expect(text).toContain('Försenat av tjänstledighet.');
    expect(text).toContain(model.sections[0]!.areaTitle);
    expect(text).toContain('(exempel)');
  });

  it('writes English headings when asked', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'en', at);
    const text = documentText(await buildWordReport(model));
    expect(text).toContain('Summary');
    expect(text).toContain('On track');
  });
});

describe('buildExcelReport', () => {
  it('writes one row per activity with its answer, and a summary sheet', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildExcelReport(model)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Uppföljning')!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain('Kommentar');
    const rows = model.sections.flatMap((s) => s.rows);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const values = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).join('|'));
    expect(
      values.some((v) => v.includes('Försenad') && v.includes('Försenat av tjänstledighet.')),
    ).toBe(true);
    const summary = workbook.getWorksheet('Sammanfattning')!;
    expect(summary.getRow(summary.rowCount).getCell(2).value).toBe(rows.length);
  });
});
