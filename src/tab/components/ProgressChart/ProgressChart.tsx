import type { ProgressChartProps } from './ProgressChart.types.js';
import { renderProgressChart } from './renderProgressChart.js';
import { useProgressChart } from './useProgressChart.js';
import { useProgressChartStyles } from './useProgressChartStyles.styles.js';

/** Progress per group (area or department) as counts per status and a stacked bar. Lazily loaded. */
export function ProgressChart(props: ProgressChartProps) {
  return renderProgressChart(useProgressChart(props), useProgressChartStyles());
}
