import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExcelReport } from '../../../src/tab/report/excel-report.js';
import { buildReportModel, reportFileName } from '../../../src/tab/report/report-model.js';
import { buildWordReport } from '../../../src/tab/report/word-report.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';

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

  it('groups a round covering the parent plan by plan, the round’s own plan first', () => {
    const base = snapshot();
    const parent = base.parentPlan!;
    const area = { id: 'H1', planId: parent.id, order: 0, title: 'Handlingsplanens område' };
    const activity = { ...base.activities[0]!, id: 'H1.1', planId: parent.id, areaId: 'H1' };
    const round = { ...annualRound, alsoPlanIds: [parent.id] };
    const model = buildReportModel(
      snapshot({ areas: [area, ...base.areas], activities: [activity, ...base.activities] }),
      round,
      'sv',
      at,
    );
    const titles = model.sections.map((s) => s.areaTitle);
    expect(titles[0]).toBe(`${base.plan.title} – ${base.areas[0]!.title}`);
    expect(titles.at(-1)).toBe(`${parent.title} – Handlingsplanens område`);
    const plain = buildReportModel(
      snapshot({ areas: [area, ...base.areas] }),
      annualRound,
      'sv',
      at,
    );
    expect(plain.sections.map((s) => s.areaTitle)).not.toContain('Handlingsplanens område');
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

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** A row of the answers sheet as header → cell text. */
function rowByHeader(sheet: ExcelJS.Worksheet, activityTitle: RegExp): Record<string, string> {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const found: Record<string, string> = {};
  sheet.eachRow((row, n) => {
    if (n === 1 || !activityTitle.test(row.getCell(2).text)) return;
    row.eachCell((cell, column) => (found[headers[column]!] = cell.text));
  });
  return found;
}

describe('the exports as a board secretary needs them', () => {
  /** Winter (UTC+1) and summer (UTC+2) answers: Stockholm shows 06:46 and 14:05. */
  const answers = [
    followUp('A1.1', { answeredAt: '2024-01-20T05:46:00Z' }),
    followUp('A2.1', { answeredAt: '2024-06-03T12:05:00Z', status: 'delayed' }),
  ];

  it('writes Stockholm times in Excel, in winter and in summer', async () => {
    const model = buildReportModel(snapshot({ followUps: answers }), annualRound, 'sv', at);
    const sheet = (await readWorkbook(await buildExcelReport(model))).getWorksheet('Uppföljning')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Besvarad');
    const times = answers.map((a) => {
      const title = model.sections
        .flatMap((s) => s.rows)
        .find((r) => r.activityId === a.activityId)!.title;
      let value: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(2).text.startsWith(title)) value = row.getCell(column).value;
      });
      return (value as Date).toISOString().slice(0, 16);
    });
    expect(times).toEqual(['2024-01-20T06:46', '2024-06-03T14:05']);
    expect(sheet.getColumn(column).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('writes the same Stockholm time in Word', async () => {
    const model = buildReportModel(snapshot({ followUps: answers }), annualRound, 'sv', at);
    const text = documentText(await buildWordReport(model));
    expect(text).toContain('20 januari 2024 kl. 06.46');
    expect(text).toContain('3 juni 2024 kl. 14.05');
  });

  it('shows each activity’s period and expected result, in Word and Excel', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const row = model.sections.flatMap((s) => s.rows).find((r) => r.expectedOutcome !== '')!;
    const text = documentText(await buildWordReport(model));
    expect(text).toContain('Förväntat resultat: ');
    expect(text).toContain(row.expectedOutcome);
    expect(text).toContain('Aktivitetens period: ');
    const sheet = (await readWorkbook(await buildExcelReport(model))).getWorksheet('Uppföljning')!;
    const cells = rowByHeader(sheet, new RegExp(row.title.slice(0, 20).replace(/[()]/g, '.')));
    expect(cells['Förväntat resultat']).toBe(row.expectedOutcome);
    expect(cells['Aktivitetens period']).toBe(`${row.start} – ${row.end}`);
  });

  it('leaves the answerers’ names out when asked, and keeps them by default', async () => {
    const data = snapshot();
    const withNames = buildReportModel(data, annualRound, 'sv', at);
    const without = buildReportModel(data, annualRound, 'sv', at, { includeNames: false });
    expect(documentText(await buildWordReport(withNames))).toContain('Anna Andersson');
    const word = documentText(await buildWordReport(without));
    expect(word).not.toContain('Anna Andersson');
    expect(word).toContain('Besvarad: ');
    const excel = await readWorkbook(await buildExcelReport(without));
    const sheet = excel.getWorksheet('Uppföljning')!;
    expect(sheet.getRow(1).values).not.toContain('Besvarad av');
    const all: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => all.push(cell.text)));
    expect(all.join('|')).not.toContain('Anna Andersson');
    const named = (await readWorkbook(await buildExcelReport(withNames))).getWorksheet(
      'Uppföljning',
    )!;
    expect(named.getRow(1).values).toContain('Besvarad av');
  });

  it('marks a report made mid-round as preliminary with the number missing, and not a closed round’s', async () => {
    const open = buildReportModel(snapshot(), annualRound, 'sv', at);
    const missing = open.counts.unanswered;
    const marker = `Preliminär — omgången pågår, ${missing} saknar svar`;
    expect(documentText(await buildWordReport(open))).toContain(marker);
    const summary = (await readWorkbook(await buildExcelReport(open))).getWorksheet(
      'Sammanfattning',
    )!;
    expect(summary.getRow(1).getCell(1).text).toBe(marker);
    const closedRound = { ...annualRound, state: 'closed' as const };
    const closed = buildReportModel(snapshot({ rounds: [closedRound] }), closedRound, 'sv', at);
    expect(documentText(await buildWordReport(closed))).not.toContain('Preliminär');
    const closedSummary = (await readWorkbook(await buildExcelReport(closed))).getWorksheet(
      'Sammanfattning',
    )!;
    expect(closedSummary.getRow(1).getCell(1).text).toBe('Status');
  });

  it('writes "Andel" as a number formatted as a percentage', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const summary = (await readWorkbook(await buildExcelReport(model))).getWorksheet(
      'Sammanfattning',
    )!;
    let share: unknown;
    let format: string | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).text === 'Försenad') {
        share = row.getCell(3).value;
        format = row.getCell(3).numFmt;
      }
    });
    expect(share).toBeCloseTo(model.counts.delayed / model.counts.total);
    expect(format).toBe('0%');
  });

  it('puts the headings in order: the title, then level 1, then level 2', async () => {
    const model = buildReportModel(snapshot(), annualRound, 'sv', at);
    const xml = strFromU8(unzipSync(await buildWordReport(model))['word/document.xml']!);
    const levels = [...xml.matchAll(/<w:pStyle w:val="(Title|Heading(\d))"\/>/g)].map((m) =>
      m[1] === 'Title' ? 0 : Number(m[2]),
    );
    expect(levels[0]).toBe(0);
    for (let i = 1; i < levels.length; i += 1)
      expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  });
});
