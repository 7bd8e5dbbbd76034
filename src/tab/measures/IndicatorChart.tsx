import { makeStyles, tokens } from '@fluentui/react-components';
import type { Indicator } from '../../domain/model.js';
import type { SeriesPoint } from './indicator-series.js';

/**
 * A small line chart of an indicator across rounds, drawn as SVG (no chart library): the values
 * as a line with points, the target as a dashed line. It is an image with a description that
 * says every value; the table beside it (IndicatorTrend) holds the same values. Colours are
 * theme tokens, so light, dark and high contrast all draw it.
 */

const useStyles = makeStyles({
  chart: { display: 'block', maxWidth: '100%', height: 'auto', overflow: 'visible' },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: '2', fill: 'none' },
  point: { fill: tokens.colorBrandForeground1 },
  target: { stroke: tokens.colorNeutralForeground2, strokeWidth: '1', strokeDasharray: '4 3' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1' },
});

export type IndicatorChartProps = {
  readonly indicator: Indicator;
  readonly points: readonly SeriesPoint[];
  /** What a screen reader hears: every value, and the target. */
  readonly description: string;
};

const [width, height, pad] = [240, 64, 6];

export function IndicatorChart({ indicator, points, description }: IndicatorChartProps) {
  const styles = useStyles();
  const values = [
    ...points.map((p) => p.value),
    ...(indicator.target === undefined ? [] : [indicator.target]),
  ];
  const ceiling = indicator.unit === 'percent' ? 100 : Math.max(...values, 1);
  const floor = Math.min(0, ...values);
  const y = (v: number) =>
    height - pad - ((v - floor) / (ceiling - floor || 1)) * (height - 2 * pad);
  const x = (i: number) =>
    points.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={description}
    >
      <line className={styles.axis} x1={0} x2={width} y1={height - pad} y2={height - pad} />
      {indicator.target === undefined ? null : (
        <line
          className={styles.target}
          x1={0}
          x2={width}
          y1={y(indicator.target)}
          y2={y(indicator.target)}
        />
      )}
      {points.length > 1 ? <path className={styles.line} d={path} /> : null}
      {points.map((p, i) => (
        <circle key={p.roundId} className={styles.point} cx={x(i)} cy={y(p.value)} r={3} />
      ))}
    </svg>
  );
}
