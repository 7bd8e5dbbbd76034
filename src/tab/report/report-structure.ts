import type { Department, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import { compareRounds, countStatuses, type StatusCounts } from '../../domain/status.js';
import type { ReportLabels } from './report-labels.js';

/** The part of a report row the grouping needs (report-model.ts has the whole row). */
type Grouped = {
  readonly areaId: string;
  readonly responsibleId: string;
  readonly status: FollowUpStatus | 'unanswered';
};

/** One bar of a stacked bar chart: a group (area, department) and its activities per status. */
export type ChartBar = {
  readonly id: string;
  readonly label: string;
  readonly counts: StatusCounts;
};

export type ReportChart = {
  readonly id: 'areas' | 'departments';
  readonly title: string;
  readonly bars: readonly ChartBar[];
};

/**
 * The round a report compares with: the latest earlier round of the same kind that has opened
 * (the term round with the previous term round, an annual round with the previous annual one).
 */
export function comparisonRound<R extends FollowUpRound>(
  rounds: readonly R[],
  round: FollowUpRound,
): R | undefined {
  return rounds
    .filter(
      (r) =>
        r.id !== round.id &&
        r.kind === round.kind &&
        r.state !== 'planned' &&
        compareRounds(r, round) < 0,
    )
    .sort(compareRounds)
    .at(-1);
}

/** The board a department answers to, or the label saying none is given. */
export function boardOf(department: Department | undefined, labels: ReportLabels): string {
  return department?.board ?? labels.boardNotGiven;
}

/**
 * The boards in the order a report lists them: by name (Swedish collation), the departments
 * without a board last.
 */
export function orderBoards(boards: Iterable<string>, labels: ReportLabels): string[] {
  const collator = new Intl.Collator('sv');
  return [...new Set(boards)].sort((a, b) =>
    a === labels.boardNotGiven ? 1 : b === labels.boardNotGiven ? -1 : collator.compare(a, b),
  );
}

/** Status per development area and per responsible department, for the round's charts. */
export function statusCharts(
  rows: readonly Grouped[],
  areas: readonly { readonly id: string; readonly title: string }[],
  departments: readonly Department[],
  labels: ReportLabels,
): ReportChart[] {
  const bars = (
    groups: readonly { id: string; label: string }[],
    key: (r: Grouped) => string,
  ): ChartBar[] =>
    groups
      .map((g) => ({
        id: g.id,
        label: g.label,
        counts: countStatuses(
          rows
            .filter((r) => key(r) === g.id)
            .map((r) => (r.status === 'unanswered' ? undefined : r.status)),
        ),
      }))
      .filter((b) => b.counts.total > 0);
  return [
    {
      id: 'areas',
      title: labels.byArea,
      bars: bars(
        areas.map((a) => ({ id: a.id, label: a.title })),
        (r) => r.areaId,
      ),
    },
    {
      id: 'departments',
      title: labels.byDepartment,
      bars: bars(
        departments.map((d) => ({ id: d.id, label: d.name })),
        (r) => r.responsibleId,
      ),
    },
  ];
}
