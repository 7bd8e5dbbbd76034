import { useId } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { statusFilterValues } from '../../model/plan-view.js';
import type { ProgressChartProps, ProgressChartState } from './ProgressChart.types.js';

export function useProgressChart(props: ProgressChartProps): ProgressChartState {
  const { t } = useTranslation();
  const headingId = useId();
  return {
    heading: props.heading,
    headingId,
    legend: statusFilterValues.map((status) => ({ status, label: t(`status.${status}`) })),
    bars: props.groups.map((g) => {
      const segments = statusFilterValues
        .map((status) => ({
          status,
          count: g.counts[status],
          percent: g.counts.total === 0 ? 0 : (100 * g.counts[status]) / g.counts.total,
          label: t(`status.${status}`),
        }))
        .filter((s) => s.count > 0);
      const parts = segments.map((s) => `${s.count} ${s.label.toLocaleLowerCase()}`).join(', ');
      return {
        id: g.id,
        name: g.name,
        total: g.counts.total,
        segments,
        summary: `${t('overview.chartTotal', { count: g.counts.total })}${parts ? `: ${parts}` : ''}`,
      };
    }),
  };
}
