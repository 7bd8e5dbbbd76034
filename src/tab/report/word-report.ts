import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Table } from 'docx';
import { formatDate, formatDateTime, formatPercent } from '../i18n/format.js';
import { chartImage, type ChartImage, type PngDrawer } from './chart-image.js';
import {
  statusOrder,
  titleWithMarker,
  type BoardSection,
  type ReportModel,
  type ReportRow,
} from './report-model.js';
import { fundsBlocks, indicatorBlocks } from './word-measures.js';
import { chartParagraph, heading, labelled, table } from './word-parts.js';

type Block = Paragraph | Table | TableOfContents;

/**
 * The follow-up as a Word document laid out for the boards' annual reports: title, period, a
 * table of contents, the summary with the charts as images (status per area and per
 * department), the change since the previous round of the same kind, the indicators against
 * their targets, the development funds, then a section per board
 * with its departments' activities per area. Headings go in order (title, 1, 2, 3); a report
 * made while the round is open says it is preliminary under the title.
 */
export async function buildWordReport(model: ReportModel, draw?: PngDrawer): Promise<Uint8Array> {
  const images = await Promise.all(model.charts.map((c) => chartImage(c, model.labels, draw)));
  const doc = new Document({
    creator: 'Aktivitetsplan',
    title: `${model.round.title} – ${model.planTitle}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        children: [
          ...header(model),
          new TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
          ...summary(model, images),
          ...comparison(model),
          ...indicatorBlocks(model),
          ...fundsBlocks(model),
          ...model.boards.flatMap((b) => board(model, b)),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

function header(model: ReportModel): Paragraph[] {
  const { labels, round, language } = model;
  return [
    new Paragraph({ text: round.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: model.planTitle, size: 28 })] }),
    ...(model.preliminary
      ? [new Paragraph({ children: [new TextRun({ text: model.preliminary, bold: true })] })]
      : []),
    labelled(
      labels.period,
      `${formatDate(round.periodStart, language)} – ${formatDate(round.periodEnd, language)}`,
    ),
    labelled(labels.dueOn, formatDate(round.dueOn, language)),
    labelled(labels.created, formatDateTime(model.createdAt, language)),
  ];
}

function summary(model: ReportModel, images: readonly ChartImage[]): Block[] {
  const { labels, counts, language } = model;
  return [
    heading(labels.summary, 1),
    table(
      [labels.status, labels.count, labels.share],
      statusOrder.map((s) => [
        labels.statuses[s],
        String(counts[s]),
        formatPercent(counts[s], counts.total, language),
      ]),
      [labels.total, String(counts.total), ''],
    ),
    ...model.charts.flatMap((chart, i) => [
      heading(chart.title, 2),
      chartParagraph(images[i]!, chart.title, `${chart.id}.svg`),
      table(
        [labels.group, ...statusOrder.map((s) => labels.statuses[s]), labels.total],
        chart.bars.map((b) => [
          b.label,
          ...statusOrder.map((s) => String(b.counts[s])),
          String(b.counts.total),
        ]),
      ),
    ]),
  ];
}

function comparison(model: ReportModel): Block[] {
  const { labels, comparison: previous, counts } = model;
  if (!previous) return [heading(labels.change('…'), 1), new Paragraph(labels.noComparison)];
  const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return [
    heading(labels.change(previous.round.title), 1),
    table(
      [labels.status, previous.round.title, model.round.title, labels.difference],
      statusOrder.map((s) => [
        labels.statuses[s],
        String(previous.counts[s]),
        String(counts[s]),
        signed(counts[s] - previous.counts[s]),
      ]),
      [
        labels.total,
        String(previous.counts.total),
        String(counts.total),
        signed(counts.total - previous.counts.total),
      ],
    ),
  ];
}

function board(model: ReportModel, section: BoardSection): Block[] {
  const { labels } = model;
  return [
    heading(section.board, 1),
    labelled(labels.departments, section.departments.join(', ')),
    labelled(
      labels.summary,
      statusOrder
        .filter((s) => section.counts[s] > 0)
        .map((s) => `${labels.statuses[s]} ${section.counts[s]}`)
        .join(', '),
    ),
    ...section.sections.flatMap((area) => [
      heading(area.areaTitle, 2),
      ...area.rows.flatMap((r) => activity(model, r)),
    ]),
  ];
}

function activity(model: ReportModel, row: ReportRow): Paragraph[] {
  const { labels, language } = model;
  const paragraphs = [
    heading(titleWithMarker(row, labels), 3),
    labelled(labels.responsible, row.responsible),
  ];
  if (row.coResponsible.length > 0)
    paragraphs.push(labelled(labels.coResponsible, row.coResponsible.join(', ')));
  paragraphs.push(
    labelled(
      labels.activityPeriod,
      `${formatDate(row.start, language)} – ${formatDate(row.end, language)}`,
    ),
  );
  if (row.expectedOutcome) paragraphs.push(labelled(labels.expectedOutcome, row.expectedOutcome));
  paragraphs.push(labelled(labels.status, row.statusLabel));
  if (row.previousStatusLabel)
    paragraphs.push(labelled(labels.previousStatus, row.previousStatusLabel));
  if (row.answer) {
    if (row.answer.comment) paragraphs.push(labelled(labels.comment, row.answer.comment));
    if (row.answer.nextSteps) paragraphs.push(labelled(labels.nextSteps, row.answer.nextSteps));
    const when = formatDateTime(row.answer.answeredAt, language);
    paragraphs.push(
      model.includeNames
        ? labelled(labels.answeredBy, `${row.answer.answeredBy.name}, ${when}`)
        : labelled(labels.answeredAt, when),
    );
  }
  return paragraphs;
}
