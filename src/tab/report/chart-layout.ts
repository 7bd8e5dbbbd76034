import type { FollowUpStatus } from '../../domain/model.js';
import type { ReportLabels } from './report-labels.js';
import { statusOrder } from './report-model.js';
import type { ChartBar, ReportChart } from './report-structure.js';

type Status = FollowUpStatus | 'unanswered';

/**
 * Where everything of a stacked bar chart goes, in pixels of a 640 wide drawing: the legend on
 * top, then per group its name on one line and its bar below, scaled so that bars of different
 * totals compare (the longest bar is the largest group). The screen (SVG with Fluent tokens),
 * the Word image (SVG with fixed colours) and its PNG all draw from this one layout.
 */
export type ChartLayout = {
  readonly width: number;
  readonly height: number;
  readonly legend: readonly {
    readonly status: Status;
    readonly label: string;
    readonly x: number;
    readonly y: number;
  }[];
  readonly bars: readonly {
    readonly id: string;
    readonly label: string;
    readonly labelY: number;
    readonly barY: number;
    readonly total: number;
    /** The bar's count, drawn after its end. */
    readonly totalX: number;
    readonly segments: readonly {
      readonly status: Status;
      readonly count: number;
      readonly x: number;
      readonly width: number;
    }[];
  }[];
};

const chartGeometry = {
  width: 640,
  swatch: 12,
  legendItem: 150,
  legendRow: 22,
  labelLine: 18,
  barHeight: 18,
  gap: 14,
  /** Room after the longest bar for its count. */
  countRoom: 44,
} as const;

/** The statuses that occur in a chart, in the report's order. */
function present(chart: ReportChart): Status[] {
  return statusOrder.filter((s) => chart.bars.some((b) => b.counts[s] > 0));
}

/** `width`: 640 for the Word image; the screen draws narrower, so its text stays readable. */
export function layoutChart(
  chart: ReportChart,
  labels: ReportLabels,
  width: number = chartGeometry.width,
): ChartLayout {
  const g = chartGeometry;
  const statuses = present(chart);
  const perRow = Math.floor(width / g.legendItem);
  const legend = statuses.map((status, i) => ({
    status,
    label: labels.statuses[status],
    x: (i % perRow) * g.legendItem,
    y: Math.floor(i / perRow) * g.legendRow,
  }));
  const legendHeight = Math.ceil(statuses.length / perRow) * g.legendRow + g.gap / 2;
  const largest = Math.max(1, ...chart.bars.map((b) => b.counts.total));
  const scale = (width - g.countRoom) / largest;
  const step = g.labelLine + g.barHeight + g.gap;
  const bars = chart.bars.map((bar, i) => {
    const top = legendHeight + i * step;
    let x = 0;
    const segments = statuses
      .filter((s) => bar.counts[s] > 0)
      .map((status) => {
        const width = bar.counts[status] * scale;
        const segment = { status, count: bar.counts[status], x, width };
        x += width;
        return segment;
      });
    return {
      id: bar.id,
      label: bar.label,
      labelY: top + g.labelLine - 5,
      barY: top + g.labelLine,
      total: bar.counts.total,
      totalX: x + 6,
      segments,
    };
  });
  return { width, height: legendHeight + chart.bars.length * step, legend, bars };
}

/** A bar in words: "Utbildningsförvaltningen: 4 aktiviteter, 2 genomförda, 2 inget svar". */
function barSummary(bar: ChartBar, labels: ReportLabels): string {
  const parts = statusOrder
    .filter((s) => bar.counts[s] > 0)
    .map((s) => `${bar.counts[s]} ${labels.statuses[s].toLocaleLowerCase(labels.locale)}`);
  return `${bar.label}: ${labels.activities(bar.counts.total)}${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

/** The whole chart in words, for screen readers and the Word image's description. */
export function chartSummary(chart: ReportChart, labels: ReportLabels): string {
  return `${chart.title}. ${chart.bars.map((b) => barSummary(b, labels)).join('. ')}.`;
}

/** Print colours of the exported images (the screen uses Fluent's tokens instead). */
export const printColours: Readonly<Record<Status, string>> = {
  done: '#107c10',
  onTrack: '#0f6cbd',
  delayed: '#eaa300',
  notStarted: '#616161',
  dropped: '#c50f1f',
  unanswered: '#bdbdbd',
};
