import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { PlanSnapshot } from '../../../app/ports.js';
import {
  decidingFollowUps,
  progressGroups,
  roundById,
  statusFilterValues,
} from '../../model/plan-view.js';
import { hrefOf } from '../../routing/routes.js';
import { usePlanData } from '../../state/plan-data.js';
import type { AreaView, OverviewFilters, OverviewReady, OverviewState } from './Overview.types.js';

const noFilters: OverviewFilters = {
  search: '',
  departmentId: '',
  areaId: '',
  status: '',
  roundId: '',
};

function normalize(text: string): string {
  return text.toLocaleLowerCase('sv-SE').normalize('NFC');
}

function areaViews(
  snapshot: PlanSnapshot,
  filters: OverviewFilters,
  exampleMarker: string,
): AreaView[] {
  const round = roundById(snapshot, filters.roundId || undefined);
  const deciding = decidingFollowUps(snapshot, round);
  const departments = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  const needle = normalize(filters.search.trim());
  return [...snapshot.areas]
    .sort((a, b) => a.order - b.order)
    .filter((area) => !filters.areaId || area.id === filters.areaId)
    .map((area) => ({
      id: area.id,
      title: area.title,
      rows: snapshot.activities
        .filter((a) => a.areaId === area.id)
        .filter((a) => !filters.departmentId || a.responsibleDepartmentId === filters.departmentId)
        .map((a) => ({
          id: a.id,
          title: a.example ? `${a.title} ${exampleMarker}` : a.title,
          href: hrefOf({ name: 'activity', id: a.id }),
          responsible: departments.get(a.responsibleDepartmentId) ?? a.responsibleDepartmentId,
          status: deciding.get(a.id)?.status ?? ('unanswered' as const),
          text: normalize(
            `${a.title} ${a.description ?? ''} ${a.expectedOutcome ?? ''} ${area.title}`,
          ),
        }))
        .filter((r) => !filters.status || r.status === filters.status)
        .filter(
          (r) => !needle || r.text.includes(needle) || normalize(r.responsible).includes(needle),
        )
        .map(({ text: _text, ...row }) => row),
    }));
}

export function useOverview(): OverviewState {
  const data = usePlanData();
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OverviewFilters>(noFilters);
  const snapshot = data.state === 'ready' ? data.snapshot : undefined;
  const areas = useMemo(
    () => (snapshot ? areaViews(snapshot, filters, t('example')) : []),
    [snapshot, filters, t],
  );
  const progress = useMemo(
    () =>
      snapshot
        ? progressGroups(snapshot, roundById(snapshot, filters.roundId || undefined))
        : undefined,
    [snapshot, filters.roundId],
  );
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const s = data.snapshot;
  const ready: OverviewReady = {
    kind: 'ready',
    planTitle: s.plan.title,
    planDescription: s.plan.description,
    parentPlanTitle: s.parentPlan?.title,
    goals: s.goals.filter((g) => s.plan.goalIds.includes(g.id)),
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
    },
    areas,
    matchCount: areas.reduce((n, a) => n + a.rows.length, 0),
    totalCount: s.activities.length,
    progress: progress ?? { areas: [], departments: [] },
  };
  return ready;
}
