import { useId } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { rowStatuses } from '../../model/activity-status.js';
import type { Group } from '../../model/overview-model.js';
import type { ProgressChartProps, ProgressChartState } from './ProgressChart.types.js';

export function useProgressChart(props: ProgressChartProps): ProgressChartState {
  const { t } = useTranslation();
  const idBase = useId();
  const present = rowStatuses.filter((s) =>
    props.charts.some((c) => c.groups.some((g) => g.counts[s] > 0)),
  );
  const bar = (g: Group) => {
    const segments = present
      .map((status) => ({
        status,
        count: g.counts[status],
        percent: g.counts.total === 0 ? 0 : (100 * g.counts[status]) / g.counts.total,
      }))
      .filter((s) => s.count > 0);
    const parts = segments
      .map((s) => `${s.count} ${t(`status.${s.status}`).toLocaleLowerCase()}`)
      .join(', ');
    return {
      id: g.id,
      name: g.name,
      total: g.counts.total,
      segments,
      summary: `${t('overview.chartTotal', { total: g.counts.total, count: g.counts.total })}${parts ? `: ${parts}` : ''}`,
    };
  };
  return {
    total: props.total,
    legend: present.map((status) => ({ status, label: t(`status.${status}`) })),
    charts: props.charts.map((c, i) => ({
      heading: c.heading,
      headingId: `${idBase}-${i}`,
      bars: c.groups.map(bar),
    })),
  };
}
