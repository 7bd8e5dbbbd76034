import type ExcelJS from 'exceljs';
import type { ReportModel } from './report-model.js';

/**
 * The workbook's measured sheets: `Indikatorer` (one row per activity, indicator and round, the
 * value as a number; ja/nej as 1/0 with "Ja"/"Nej" beside it) and `Utvecklingsmedel` (one row
 * per activity with development funds, its allocation and the amount used per round). Numbers
 * stay numbers, so the board's secretary can sum and chart them.
 */
export function addIndicatorSheet(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels } = model;
  const sheet = workbook.addWorksheet(labels.indicatorSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: labels.activity, key: 'activity', width: 50 },
    { header: labels.board, key: 'board', width: 34 },
    { header: labels.indicator, key: 'indicator', width: 40 },
    { header: labels.unit, key: 'unit', width: 12 },
    { header: labels.baseline, key: 'baseline', width: 14 },
    { header: labels.target, key: 'target', width: 14 },
    { header: labels.round, key: 'round', width: 28 },
    { header: labels.value, key: 'value', width: 12 },
    { header: labels.status, key: 'status', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of model.indicators) {
    const { indicator } = row;
    for (const { round, value } of row.values) {
      const reached =
        indicator.target === undefined || value === undefined
          ? ''
          : (indicator.better === 'higher' ? value >= indicator.target : value <= indicator.target)
            ? labels.reached
            : labels.notReached;
      sheet.addRow({
        activity: row.activityTitle,
        board: row.board,
        indicator: indicator.name,
        unit: labels.units[indicator.unit],
        baseline: indicator.baseline ?? null,
        target: indicator.target ?? null,
        round: round.title,
        value: value ?? null,
        status: value === undefined ? labels.noValue : reached,
      });
    }
  }
}

export function addFundsSheet(workbook: ExcelJS.Workbook, model: ReportModel): void {
  const { labels, funds } = model;
  const sheet = workbook.addWorksheet(labels.fundsSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const rounds = funds.activities[0]?.perRound.map((p) => p.round) ?? [];
  sheet.columns = [
    { header: labels.activity, key: 'activity', width: 50 },
    { header: labels.board, key: 'board', width: 34 },
    { header: labels.allocated, key: 'allocated', width: 16 },
    ...rounds.map((r) => ({ header: `${r.title} (tkr)`, key: `round:${r.id}`, width: 22 })),
    { header: labels.usedToDate, key: 'usedToDate', width: 18 },
    { header: labels.remaining, key: 'remaining', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const a of funds.activities) {
    sheet.addRow({
      activity: a.name,
      board: a.board,
      allocated: a.allocated,
      ...Object.fromEntries(a.perRound.map((p) => [`round:${p.round.id}`, p.used ?? null])),
      usedToDate: a.usedToDate,
      remaining: a.remaining,
    });
  }
  if (funds.activities.length > 0) {
    sheet.addRow({
      activity: labels.total,
      allocated: funds.plan.allocated,
      usedToDate: funds.plan.usedToDate,
      remaining: funds.plan.remaining,
    }).font = { bold: true };
  }
}
