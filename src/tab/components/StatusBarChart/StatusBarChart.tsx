import { useId } from 'react';
import { chartSummary, layoutChart } from '../../report/chart-layout.js';
import type { ReportLabels } from '../../report/report-labels.js';
import { statusOrder } from '../../report/report-model.js';
import type { ReportChart } from '../../report/report-structure.js';
import { useStatusBarChartStyles } from './useStatusBarChartStyles.styles.js';

export type StatusBarChartProps = {
  readonly chart: ReportChart;
  readonly labels: ReportLabels;
  /** The id of the heading that names the chart. */
  readonly labelledBy: string;
};

/**
 * Activities per status as stacked horizontal bars, one per group (area, department), drawn as
 * SVG from the same layout as the Word report's image. Screen readers get the whole chart in
 * words (the image's description), everyone the figures as a table under "Visa siffrorna som
 * tabell". Lazily loaded with the report.
 */
export function StatusBarChart({ chart, labels, labelledBy }: StatusBarChartProps) {
  const styles = useStatusBarChartStyles();
  const id = useId();
  const layout = layoutChart(chart, labels, 460);
  const stripes = `${id}-stripes`;
  const fill = (status: (typeof statusOrder)[number]) =>
    status === 'unanswered' ? { fill: `url(#${stripes})` } : { className: styles[status] };
  return (
    <div className={styles.root}>
      <svg
        role="img"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-describedby={`${id}-description`}
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${Math.ceil(layout.height)}`}
      >
        <desc id={`${id}-description`}>{chartSummary(chart, labels)}</desc>
        <defs>
          <pattern
            id={stripes}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className={styles.stripeBack} />
            <rect width="2" height="6" className={styles.stripe} />
          </pattern>
        </defs>
        {layout.legend.map((l) => (
          <g key={l.status}>
            <rect x={l.x} y={l.y} width="12" height="12" {...fill(l.status)} />
            <rect
              x={l.x}
              y={l.y}
              width="12"
              height="12"
              fill="none"
              className={styles.swatchEdge}
            />
            <text x={l.x + 18} y={l.y + 11} className={styles.text}>
              {l.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.id}>
            <text x="0" y={bar.labelY} className={styles.text}>
              {bar.label}
            </text>
            {bar.segments.map((s) => (
              <g key={s.status}>
                <rect x={s.x} y={bar.barY} width={s.width} height="18" {...fill(s.status)} />
                <rect
                  x={s.x}
                  y={bar.barY}
                  width={s.width}
                  height="18"
                  fill="none"
                  className={styles.edge}
                />
              </g>
            ))}
            <text x={bar.totalX} y={bar.barY + 14} className={styles.text}>
              {bar.total}
            </text>
          </g>
        ))}
      </svg>
      <details>
        <summary className={styles.summary}>{labels.chartTable}</summary>
        <table className={styles.table} aria-labelledby={labelledBy}>
          <thead>
            <tr>
              <th scope="col">{labels.group}</th>
              {statusOrder.map((s) => (
                <th key={s} scope="col">
                  {labels.statuses[s]}
                </th>
              ))}
              <th scope="col">{labels.total}</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.label}</th>
                {statusOrder.map((s) => (
                  <td key={s}>{b.counts[s]}</td>
                ))}
                <td>{b.counts.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
