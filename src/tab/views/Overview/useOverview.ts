import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { statusFilterValues } from '../../model/plan-view.js';
import { noFilters, overviewModel, type OverviewFilters } from '../../model/overview-model.js';
import { hrefOf, type OverviewQuery } from '../../routing/routes.js';
import { useRoute } from '../../routing/useRoute.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import type { AreaView, OverviewReady, OverviewState } from './Overview.types.js';
import { summaryView } from './summary-view.js';

function filtersOf(query: OverviewQuery | undefined): OverviewFilters {
  const status = statusFilterValues.find((s) => s === query?.status) ?? '';
  return { ...noFilters, ...query, status };
}

/** The filters live in the address (replaced, not pushed: a filter is no step back). */
function useAddressFilters() {
  const route = useRoute();
  const [filters, setFilters] = useState<OverviewFilters>(() =>
    filtersOf(route.name === 'overview' ? route.filters : undefined),
  );
  useEffect(() => {
    const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
    const href = hrefOf({ name: 'overview', filters: query });
    if (window.location.hash !== href) window.history.replaceState(null, '', href);
  }, [filters]);
  return [filters, setFilters] as const;
}

export function useOverview(): OverviewState {
  const data = usePlanData();
  const { clock } = useTabServices();
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useAddressFilters();
  const snapshot = data.state === 'ready' ? data.snapshot : undefined;
  const model = useMemo(
    () => (snapshot ? overviewModel(snapshot, filters) : undefined),
    [snapshot, filters],
  );
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const s = data.snapshot;
  const rows = model?.rows ?? [];
  const areas: AreaView[] = [...s.areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({
      id: area.id,
      title: area.title,
      rows: rows
        .filter((r) => r.area.id === area.id)
        .map((r) => ({
          id: r.activity.id,
          title: r.activity.example ? `${r.activity.title} ${t('example')}` : r.activity.title,
          href: hrefOf({ name: 'activity', id: r.activity.id }),
          responsible: r.responsibleName,
          status: r.status,
        })),
    }));
  const ready: OverviewReady = {
    kind: 'ready',
    planTitle: s.plan.title,
    planDescription: s.plan.description,
    parentPlanTitle: s.parentPlan?.title,
    goals: s.goals.filter((g) => s.plan.goalIds.includes(g.id)),
    summary: summaryView(s, data.me, clock.now(), t, languageOf(i18n.language)),
    filters,
    setFilter: (key, value) => setFilters((f) => ({ ...f, [key]: value })),
    clearFilters: () => setFilters(noFilters),
    filtered: JSON.stringify(filters) !== JSON.stringify(noFilters),
    options: {
      departments: s.departments.map((d) => ({ value: d.id, label: d.name })),
      areas: [...s.areas]
        .sort((a, b) => a.order - b.order)
        .map((a) => ({ value: a.id, label: a.title })),
      statuses: statusFilterValues.map((v) => ({ value: v, label: t(`status.${v}`) })),
      rounds: s.rounds.map((r) => ({ value: r.id, label: r.title })),
      goals: s.goals.map((g) => ({ value: g.id, label: g.title })),
    },
    areas,
    matchCount: rows.length,
    totalCount: s.activities.length,
    progress: {
      areas: model?.byArea ?? [],
      departments: model?.byDepartment ?? [],
      totalText: t('overview.chartTotal', { total: rows.length, count: rows.length }),
    },
  };
  return ready;
}
