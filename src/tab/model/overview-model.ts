import type { PlanSnapshot, Versioned } from '../../app/ports.js';
import type { Activity, DevelopmentArea } from '../../domain/model.js';
import { activitiesInRound } from '../../domain/status.js';
import { activityStatuses, countRows, type RowCounts, type RowStatus } from './activity-status.js';

/**
 * The overview's answer to "which activities are where": one set of filters narrows one list of
 * rows, and the charts count exactly those rows, so charts and list always agree.
 */

export type OverviewFilters = {
  readonly search: string;
  readonly departmentId: string;
  readonly areaId: string;
  readonly status: RowStatus | '';
  readonly roundId: string;
  /** Activities serving this goal (Activity.goalIds). */
  readonly goalId: string;
};

export const noFilters: OverviewFilters = {
  search: '',
  departmentId: '',
  areaId: '',
  status: '',
  roundId: '',
  goalId: '',
};

type OverviewRow = {
  readonly activity: Versioned<Activity>;
  readonly area: DevelopmentArea;
  readonly status: RowStatus;
  readonly responsibleName: string;
};

export type Group = { readonly id: string; readonly name: string; readonly counts: RowCounts };

export type OverviewModel = {
  /** The matching rows in the plan's order (areas by order, activities as stored). */
  readonly rows: readonly OverviewRow[];
  readonly byArea: readonly Group[];
  readonly byDepartment: readonly Group[];
  readonly totals: RowCounts;
};

function normalize(text: string): string {
  return text.toLocaleLowerCase('sv-SE').normalize('NFC');
}

/** Whether the activity is the department's: responsible or co-responsible. */
function involves(activity: Activity, departmentId: string): boolean {
  return (
    activity.responsibleDepartmentId === departmentId ||
    activity.coResponsibleDepartmentIds.includes(departmentId)
  );
}

function groups(
  rows: readonly OverviewRow[],
  keyOf: (row: OverviewRow) => string,
  order: readonly { readonly id: string; readonly name: string }[],
): Group[] {
  return order.flatMap((o) => {
    const mine = rows.filter((r) => keyOf(r) === o.id);
    return mine.length === 0
      ? []
      : [{ id: o.id, name: o.name, counts: countRows(mine.map((r) => r.status)) }];
  });
}

export function overviewModel(snapshot: PlanSnapshot, filters: OverviewFilters): OverviewModel {
  const round = filters.roundId ? snapshot.rounds.find((r) => r.id === filters.roundId) : undefined;
  const statuses = activityStatuses(snapshot, round);
  const inRound = round ? new Set(activitiesInRound(snapshot, round).map((a) => a.id)) : undefined;
  const names = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  // The plan's own areas: a snapshot also carries those of a plan its rounds cover (the parent).
  const areas = snapshot.areas
    .filter((a) => a.planId === snapshot.plan.id)
    .sort((a, b) => a.order - b.order);
  const needle = normalize(filters.search.trim());
  const rows = areas
    .filter((area) => !filters.areaId || area.id === filters.areaId)
    .flatMap((area) =>
      snapshot.activities
        .filter((a) => a.areaId === area.id)
        .filter((a) => !inRound || inRound.has(a.id))
        .filter((a) => !filters.departmentId || involves(a, filters.departmentId))
        .filter((a) => !filters.goalId || !!a.goalIds?.includes(filters.goalId))
        .map((a): OverviewRow => ({
          activity: a,
          area,
          status: statuses.get(a.id) ?? 'unanswered',
          responsibleName: names.get(a.responsibleDepartmentId) ?? a.responsibleDepartmentId,
        })),
    )
    .filter((r) => !filters.status || r.status === filters.status)
    .filter((r) => !needle || searchText(r, names).includes(needle));
  const departments = snapshot.departments.map((d) => ({ id: d.id, name: d.name }));
  return {
    rows,
    byArea: groups(
      rows,
      (r) => r.area.id,
      areas.map((a) => ({ id: a.id, name: a.title })),
    ),
    // With a department chosen its bar counts every row (co-responsible too), as the list does.
    byDepartment: groups(
      rows,
      (r) => filters.departmentId || r.activity.responsibleDepartmentId,
      departments,
    ),
    totals: countRows(rows.map((r) => r.status)),
  };
}

function searchText(row: OverviewRow, names: ReadonlyMap<string, string>): string {
  const a = row.activity;
  const co = a.coResponsibleDepartmentIds.map((id) => names.get(id) ?? id).join(' ');
  return normalize(
    `${a.title} ${a.description ?? ''} ${a.expectedOutcome ?? ''} ${row.area.title} ${row.responsibleName} ${co}`,
  );
}
