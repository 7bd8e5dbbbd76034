import { Paragraph, type Table } from 'docx';
import { formatTkr, formatValue } from './report-labels.js';
import type { ReportModel } from './report-model.js';
import type { FundsRow } from './report-measures.js';
import { heading, table } from './word-parts.js';

/** The Word report's indicators (each against its target) and development funds. */

export function indicatorBlocks(model: ReportModel): (Paragraph | Table)[] {
  const { labels, indicators } = model;
  if (indicators.length === 0)
    return [heading(labels.indicators, 1), new Paragraph(labels.noIndicators)];
  const withYear = (value: string, year: number | undefined) =>
    value && year !== undefined ? `${value} (${year})` : value;
  return [
    heading(labels.indicators, 1),
    table(
      [
        labels.activity,
        labels.indicator,
        labels.baseline,
        labels.target,
        ...(model.comparison ? [model.comparison.round.title] : []),
        model.round.title,
        labels.status,
      ],
      indicators.map((row) => {
        const { indicator: i } = row;
        const previous = row.values.find((v) => v.round.id === model.comparison?.round.id);
        return [
          row.activityTitle,
          `${i.name} (${labels.units[i.unit]}; ${labels.better[i.better].toLocaleLowerCase(labels.locale)})`,
          withYear(formatValue(i.baseline, i.unit, labels), i.baselineYear),
          withYear(formatValue(i.target, i.unit, labels), i.targetYear),
          ...(model.comparison ? [formatValue(previous?.value, i.unit, labels)] : []),
          formatValue(row.current, i.unit, labels) || labels.noValue,
          row.reached === undefined
            ? i.target === undefined
              ? labels.noTarget
              : labels.noValue
            : row.reached
              ? labels.reached
              : labels.notReached,
        ];
      }),
    ),
  ];
}

export function fundsBlocks(model: ReportModel): (Paragraph | Table)[] {
  const { labels, funds } = model;
  if (funds.activities.length === 0 && funds.planFunds === undefined)
    return [heading(labels.funds, 1), new Paragraph(labels.noFunds)];
  const header = ['', labels.allocated, labels.usedInRound, labels.usedToDate, labels.remaining];
  const line = (r: FundsRow) => [
    r.name,
    formatTkr(r.allocated, labels),
    formatTkr(r.usedInRound, labels),
    formatTkr(r.usedToDate, labels),
    formatTkr(r.remaining, labels),
  ];
  return [
    heading(labels.funds, 1),
    ...(funds.planFunds === undefined
      ? []
      : [
          table(
            [labels.planFunds, labels.allocated, labels.unallocated],
            [
              [
                formatTkr(funds.planFunds, labels),
                formatTkr(funds.plan.allocated, labels),
                formatTkr(funds.planFunds - funds.plan.allocated, labels),
              ],
            ],
          ),
        ]),
    ...(funds.activities.length === 0
      ? [new Paragraph(labels.noFunds)]
      : [
          heading(labels.departments, 2),
          table(header, funds.departments.map(line), line({ ...funds.plan, name: labels.total })),
          heading(labels.activity, 2),
          table(header, funds.activities.map(line)),
        ]),
  ];
}
