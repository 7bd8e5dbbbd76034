import type { PlanSnapshot } from '../../app/ports.js';
import type { Activity, FollowUp, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import { departmentNameOn } from '../../domain/plan-work.js';
import {
  activitiesInRound,
  countStatuses,
  planProgress,
  roundAnswers,
  type StatusCounts,
} from '../../domain/status.js';
import { roundPlanIds } from '../../domain/plans.js';
import type { Language } from '../i18n/i18n.js';
import { reportLabels, type ReportLabels } from './report-labels.js';
import {
  fundsSummary,
  indicatorRows,
  type FundsSummary,
  type IndicatorRow,
} from './report-measures.js';
import {
  boardOf,
  comparisonRound,
  orderBoards,
  statusCharts,
  type ReportChart,
} from './report-structure.js';

export type ReportRow = {
  readonly activityId: string;
  readonly areaId: string;
  readonly responsibleId: string;
  /** The responsible department's board (or "Nämnd ej angiven"). */
  readonly board: string;
  readonly title: string;
  readonly example: boolean;
  readonly responsible: string;
  readonly coResponsible: readonly string[];
  readonly start: string;
  readonly end: string;
  /** The activity's expected result, as the plan states it ('' when the plan has none). */
  readonly expectedOutcome: string;
  readonly financing: string;
  readonly status: FollowUpStatus | 'unanswered';
  readonly statusLabel: string;
  readonly answer?: FollowUp;
  /** The status in the comparison round, when there is one and the activity was in it. */
  readonly previousStatusLabel?: string;
};

type ReportSection = { readonly areaTitle: string; readonly rows: readonly ReportRow[] };

/** A board's part: its departments' activities per area, for its verksamhetsberättelse. */
export type BoardSection = {
  readonly board: string;
  /** The responsible departments whose activities are here. */
  readonly departments: readonly string[];
  readonly sections: readonly ReportSection[];
  readonly counts: StatusCounts;
};

/** The round compared with: the previous round of the same kind. */
type ReportComparison = {
  readonly round: FollowUpRound;
  readonly counts: StatusCounts;
};

/** Everything a report shows, in order; the exporters only lay it out. */
export type ReportModel = {
  readonly language: Language;
  readonly labels: ReportLabels;
  readonly planTitle: string;
  readonly round: FollowUpRound;
  /** ISO moment the report was made. */
  readonly createdAt: string;
  readonly sections: readonly ReportSection[];
  readonly counts: StatusCounts;
  /** Status per area and per department (stacked bars on screen, images in Word). */
  readonly charts: readonly ReportChart[];
  readonly boards: readonly BoardSection[];
  readonly comparison?: ReportComparison;
  /** Each indicator of the round's activities against its target, with its values per round. */
  readonly indicators: readonly IndicatorRow[];
  /** Development funds allocated, used and remaining per plan, department and activity. */
  readonly funds: FundsSummary;
  /** Whether the answerers' names are shown (the board may get the report without them). */
  readonly includeNames: boolean;
  /** Exported while the round is open: "Preliminär — omgången pågår, N saknar svar". */
  readonly preliminary?: string;
};

export type ReportOptions = {
  /** Answerers' names in the report; default true. */
  readonly includeNames?: boolean;
  /**
   * Sections per development area (default) or per goal: an activity serving several goals is
   * under each, one serving none under `noGoalTitle`.
   */
  readonly groupBy?: 'area' | 'goal';
  readonly noGoalTitle?: string;
  /** Only the activities serving this goal. */
  readonly goalId?: string;
};

export function buildReportModel(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  language: Language,
  now: Date,
  options: ReportOptions = {},
): ReportModel {
  const labels = reportLabels[language];
  const answers = roundAnswers(snapshot, round);
  // Departments by the name they had when the round closed (a later rename does not rewrite it).
  const departments = new Map(
    snapshot.departments.map((d) => [d.id, departmentNameOn(d, round.closesOn)]),
  );
  const boards = new Map(snapshot.departments.map((d) => [d.id, boardOf(d, labels)]));
  const activities = activitiesInRound(snapshot, round).filter(
    (a) => !options.goalId || !!a.goalIds?.includes(options.goalId),
  );
  const previous = comparisonRound(snapshot.rounds, round);
  const before = previous ? roundAnswers(snapshot, previous) : new Map<string, FollowUp>();
  const rowOf = (a: (typeof activities)[number]): ReportRow => {
    const answer = answers.get(a.id);
    const status = answer?.status ?? 'unanswered';
    const earlier = before.get(a.id);
    return {
      activityId: a.id,
      areaId: a.areaId,
      responsibleId: a.responsibleDepartmentId,
      board: boards.get(a.responsibleDepartmentId) ?? labels.boardNotGiven,
      title: a.title,
      example: a.example,
      // An answer stays with the department that gave it, even after a merge moved the activity.
      responsible:
        departments.get(answer?.departmentId ?? a.responsibleDepartmentId) ??
        a.responsibleDepartmentId,
      coResponsible: a.coResponsibleDepartmentIds.map((id) => departments.get(id) ?? id),
      start: a.start,
      end: a.end,
      expectedOutcome: a.expectedOutcome ?? '',
      financing: labels.financings[a.financing],
      status,
      statusLabel: labels.statuses[status],
      answer,
      ...(earlier ? { previousStatusLabel: labels.statuses[earlier.status] } : {}),
    };
  };
  // A round covering several plans: grouped by plan (the round's own first), each area named
  // with its plan.
  const plans = roundPlanIds(round);
  const planTitle = (id: string) => snapshot.plans.find((p) => p.id === id)?.title ?? id;
  const areas = [...snapshot.areas].sort(
    (a, b) => plans.indexOf(a.planId) - plans.indexOf(b.planId) || a.order - b.order,
  );
  const activityById = new Map<string, Activity>(activities.map((a) => [a.id, a]));
  const groups =
    options.groupBy === 'goal'
      ? [
          ...snapshot.goals.map((g) => ({
            title: g.title,
            has: (a: Activity) => !!a.goalIds?.includes(g.id),
          })),
          { title: options.noGoalTitle ?? '–', has: (a: Activity) => !a.goalIds?.length },
        ]
      : areas.map((area) => ({
          title: plans.length > 1 ? `${planTitle(area.planId)} – ${area.title}` : area.title,
          has: (a: Activity) => a.areaId === area.id,
        }));
  const rows = activities.map(rowOf);
  const perArea = (subset: readonly ReportRow[]) =>
    groups
      .map((group) => ({
        areaTitle: group.title,
        rows: subset.filter((r) => group.has(activityById.get(r.activityId)!)),
      }))
      .filter((s) => s.rows.length > 0);
  const sections = perArea(rows);
  const counts = planProgress(snapshot, round);
  const described = (a: { id: string; title: string; responsibleDepartmentId: string }) => ({
    id: a.id,
    title: a.title,
    board: boards.get(a.responsibleDepartmentId) ?? labels.boardNotGiven,
    departmentId: a.responsibleDepartmentId,
  });
  return {
    language,
    labels,
    planTitle: snapshot.plan.title,
    round,
    createdAt: now.toISOString(),
    sections,
    counts,
    charts: statusCharts(rows, areas, snapshot.departments, labels),
    boards: orderBoards(
      rows.map((r) => r.board),
      labels,
    ).map((board) => boardSection(board, rows, perArea)),
    indicators: indicatorRows(snapshot, round, activities.map(described)),
    funds: fundsSummary(
      { ...snapshot, planFunds: snapshot.plan.developmentFundsTkr },
      round,
      snapshot.plan.title,
      described,
      (id) => departments.get(id) ?? id,
    ),
    ...(previous
      ? { comparison: { round: previous, counts: planProgress(snapshot, previous) } }
      : {}),
    includeNames: options.includeNames ?? true,
    ...(round.state === 'open' ? { preliminary: labels.preliminary(counts.unanswered) } : {}),
  };
}

function boardSection(
  board: string,
  rows: readonly ReportRow[],
  perArea: (rows: readonly ReportRow[]) => ReportSection[],
): BoardSection {
  const own = rows.filter((r) => r.board === board);
  return {
    board,
    departments: [...new Set(own.map((r) => r.responsible))],
    sections: perArea(own),
    counts: countStatuses(own.map((r) => (r.status === 'unanswered' ? undefined : r.status))),
  };
}

/** "Rapport Årsuppföljning 2026.docx" with characters no file system likes removed. */
export function reportFileName(model: ReportModel, extension: 'docx' | 'xlsx'): string {
  const stem = `${model.labels.fileStem} ${model.round.title}`
    .replace(/[\\/:*?"<>|]+/g, '-')
    .trim();
  return `${stem}.${extension}`;
}

export function titleWithMarker(row: ReportRow, labels: ReportLabels): string {
  return row.example ? `${row.title} ${labels.example}` : row.title;
}

export const statusOrder: readonly (FollowUpStatus | 'unanswered')[] = [
  'done',
  'onTrack',
  'delayed',
  'notStarted',
  'dropped',
  'unanswered',
];
