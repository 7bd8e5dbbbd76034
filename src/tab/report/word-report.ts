import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate, formatDateTime, formatPercent } from '../i18n/format.js';
import { statusOrder, titleWithMarker, type ReportModel, type ReportRow } from './report-model.js';

/**
 * The follow-up as a Word document laid out for a board's annual report: title, period, a
 * summary table, then per development area each activity with its period, expected result,
 * status, comment and next steps. Headings go in order (title, level 1, level 2); a report made
 * while the round is open says it is preliminary under the title.
 */
export async function buildWordReport(model: ReportModel): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Aktivitetsplan',
    title: `${model.round.title} – ${model.planTitle}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        children: [
          ...header(model),
          ...summary(model),
          ...model.sections.flatMap((s) => area(model, s.areaTitle, s.rows)),
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

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function summary(model: ReportModel): (Paragraph | Table)[] {
  const { labels, counts, language } = model;
  const rows = statusOrder.map(
    (s) =>
      new TableRow({
        children: [
          cell(labels.statuses[s]),
          cell(String(counts[s])),
          cell(formatPercent(counts[s], counts.total, language)),
        ],
      }),
  );
  return [
    new Paragraph({ text: labels.summary, heading: HeadingLevel.HEADING_1 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell(labels.status, true), cell(labels.count, true), cell(labels.share, true)],
        }),
        ...rows,
        new TableRow({
          children: [cell(labels.total, true), cell(String(counts.total), true), cell('')],
        }),
      ],
    }),
  ];
}

function area(model: ReportModel, title: string, rows: readonly ReportRow[]): Paragraph[] {
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...rows.flatMap((r) => activity(model, r)),
  ];
}

function activity(model: ReportModel, row: ReportRow): Paragraph[] {
  const { labels, language } = model;
  const paragraphs = [
    new Paragraph({ text: titleWithMarker(row, labels), heading: HeadingLevel.HEADING_2 }),
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
