import type { ProgressChartProps } from './ProgressChart.types.js';
import { renderProgressChart } from './renderProgressChart.js';
import { useProgressChart } from './useProgressChart.js';
import { useProgressChartStyles } from './useProgressChartStyles.styles.js';

/**
 * Progress per group (areas, departments) as counts per status and a stacked bar, under one
 * legend and the total. Lazily loaded.
 */
export function ProgressChart(props: ProgressChartProps) {
  return renderProgressChart(useProgressChart(props), useProgressChartStyles());
}
