import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/tab/report/chart-layout.js';
import { chartSvg } from '../../../src/tab/report/chart-svg.js';
import { buildExcelReport } from '../../../src/tab/report/excel-report.js';
import { buildReportModel, type ReportModel } from '../../../src/tab/report/report-model.js';
import { buildWordReport } from '../../../src/tab/report/word-report.js';
import { annualRound } from '../support/fixture.js';
import { measuredSnapshot } from './measured-fixture.js';

/**
 * The exported files as the boards get them, opened with their own libraries: the Word file's
 * table of contents, a section per board and the charts as images; the Excel file's sheets
 * Indikatorer and Utvecklingsmedel.
 */

const at = new Date('2024-02-01T10:00:00Z');
let model: ReportModel;
let word: Record<string, Uint8Array>;
let xml: string;

beforeAll(async () => {
  model = buildReportModel(measuredSnapshot(), annualRound, 'sv', at);
  word = unzipSync(await buildWordReport(model));
  xml = strFromU8(word['word/document.xml']!);
});

/** The texts of the paragraphs with the given style, in order. */
function styled(style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('the Word report', () => {
  it('has a section per board, the departments without a board last', () => {
    const headings = styled('Heading1');
    const boards = model.boards.map((b) => b.board);
    expect(boards).toContain('Social- och omsorgsnämnden');
    expect(headings.slice(-boards.length)).toEqual(boards);
    expect(headings.at(-1)).toBe('Nämnd ej angiven');
    expect(headings).toEqual(
      expect.arrayContaining([
        'Sammanfattning',
        'Förändring sedan Årsuppföljning 2022',
        'Indikatorer',
        'Utvecklingsmedel',
      ]),
    );
  });

  it('has a table of contents field over the headings, updated when Word opens the file', () => {
    expect(xml).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(xml).toContain('Innehåll');
    expect(strFromU8(word['word/settings.xml']!)).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('has the charts as images: SVG with a PNG fallback, and their data in words', () => {
    const media = Object.keys(word).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(2);
    const pngs = media.filter((n) => n.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    const png = PNG.sync.read(Buffer.from(word[pngs[0]!]!));
    expect(png.width).toBe(640);
    expect(png.height).toBeGreaterThan(50);
    const svgs = media.filter((n) => n.endsWith('.svg')).map((n) => strFromU8(word[n]!));
    expect(svgs.join('')).toContain('Social- och omsorgsförvaltningen');
    expect(svgs.join('')).toContain('Hälsofrämjande och förebyggande arbete');
    expect(xml).toMatch(/descr="Status per (utvecklingsområde|förvaltning)\. [^"]*aktivitet/);
  });

  it('shows the indicators against their targets and the funds, in Swedish number format', () => {
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('Andel skolor som använder materialet');
    expect(text).toContain('62,5 %');
    expect(text).toContain('Målet ej nått');
    expect(text).toContain('Ja');
    expect(text).toContain('100,5');
    expect(text).toContain('Status förra omgången: ');
  });
});

async function workbook(): Promise<ExcelJS.Workbook> {
  const bytes = await buildExcelReport(model);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

function rows(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, unknown> = {};
    row.eachCell((cell, column) => (record[headers[column]!] = cell.value));
    out.push(record);
  });
  return out;
}

describe('the Excel report', () => {
  it('has the sheet Indikatorer: one row per activity, indicator and round, values as numbers', async () => {
    const sheet = (await workbook()).getWorksheet('Indikatorer')!;
    const found = rows(sheet);
    expect(found).toHaveLength(4);
    const share = found.filter((r) => r['Indikator'] === 'Andel skolor som använder materialet');
    expect(share.map((r) => [r['Omgång'], r['Värde']])).toEqual([
      ['Årsuppföljning 2022', 40],
      ['Årsuppföljning 2023', 62.5],
    ]);
    expect(share[1]).toMatchObject({ Målvärde: 75, Utgångsvärde: 30, Enhet: 'procent' });
    const trained = found.filter((r) => r['Indikator'] === 'Personalen är utbildad');
    expect(trained.map((r) => r['Status'])).toEqual(['Inget värde', 'Målet nått']);
  });

  it('has the sheet Utvecklingsmedel: allocated and used tkr per round per activity, and the total', async () => {
    const sheet = (await workbook()).getWorksheet('Utvecklingsmedel')!;
    const found = rows(sheet);
    const a12 = found.find((r) => r['Tilldelat (tkr)'] === 150)!;
    expect(a12).toMatchObject({
      'Tilldelat (tkr)': 150,
      'Årsuppföljning 2022 (tkr)': 40,
      'Årsuppföljning 2023 (tkr)': 60.5,
      'Använt hittills (tkr)': 100.5,
      'Kvar (tkr)': 49.5,
    });
    expect(found).toHaveLength(4);
    expect(found.at(-1)).toMatchObject({ Aktivitet: 'Totalt', 'Tilldelat (tkr)': 300 });
  });

  it('keeps the answers sheet with the board of each row', async () => {
    const sheet = (await workbook()).getWorksheet('Uppföljning')!;
    const boards = new Set(rows(sheet).map((r) => r['Nämnd']));
    expect(boards).toContain('Nämnd ej angiven');
    expect(boards).toContain('Social- och omsorgsnämnden');
  });
});

describe('the chart image', () => {
  it('escapes names that XML would misread, so Word opens the file', () => {
    const counts = { ...model.counts, total: 2, done: 1, unanswered: 1 };
    const chart = {
      id: 'areas' as const,
      title: 'Status & "läge"',
      bars: [{ id: 'x', label: 'Kultur & fritid <KoF>', counts }],
    };
    const svg = chartSvg(layoutChart(chart, model.labels), chart.title);
    expect(svg).toContain('Kultur &amp; fritid &lt;KoF&gt;');
    expect(svg).toContain('<title>Status &amp; &quot;läge&quot;</title>');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
