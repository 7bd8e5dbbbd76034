import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartImage } from './chart-image.js';

/** The building blocks of the Word report: labelled lines, tables, headings and chart images. */

export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

/** A full-width table: the header row repeats on each page, a bold last row when `total`. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  total?: readonly string[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ...(total ? [new TableRow({ children: total.map((c) => cell(c, true)) })] : []),
    ],
  });
}

const levels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ text, heading: levels[level] });
}

/**
 * A chart as an image: the SVG, with the PNG for programs that cannot show SVG, at most 16 cm
 * wide, its description as alt text (and the figures follow in a table for those who read it).
 */
export function chartParagraph(image: ChartImage, title: string, name: string): Paragraph {
  const width = Math.min(image.width, 605);
  const height = Math.round((image.height * width) / image.width);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'svg',
        data: image.svg,
        fallback: { type: 'png', data: image.png },
        transformation: { width, height },
        altText: { name, title, description: image.description },
      }),
    ],
  });
}
