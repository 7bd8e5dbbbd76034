import type { PlanSnapshot } from '../../app/ports.js';
import type { FollowUp, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import {
  activitiesInRound,
  planProgress,
  roundAnswers,
  type StatusCounts,
} from '../../domain/status.js';
import { roundPlanIds } from '../../domain/plans.js';
import type { Language } from '../i18n/i18n.js';
import { reportLabels, type ReportLabels } from './report-labels.js';

export type ReportRow = {
  readonly activityId: string;
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
};

type ReportSection = { readonly areaTitle: string; readonly rows: readonly ReportRow[] };

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
  /** Whether the answerers' names are shown (the board may get the report without them). */
  readonly includeNames: boolean;
  /** Exported while the round is open: "Preliminär — omgången pågår, N saknar svar". */
  readonly preliminary?: string;
};

export type ReportOptions = {
  /** Answerers' names in the report; default true. */
  readonly includeNames?: boolean;
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
  const departments = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  const activities = activitiesInRound(snapshot, round);
  const rowOf = (a: (typeof activities)[number]): ReportRow => {
    const answer = answers.get(a.id);
    const status = answer?.status ?? 'unanswered';
    return {
      activityId: a.id,
      title: a.title,
      example: a.example,
      responsible: departments.get(a.responsibleDepartmentId) ?? a.responsibleDepartmentId,
      coResponsible: a.coResponsibleDepartmentIds.map((id) => departments.get(id) ?? id),
      start: a.start,
      end: a.end,
      expectedOutcome: a.expectedOutcome ?? '',
      financing: labels.financings[a.financing],
      status,
      statusLabel: labels.statuses[status],
      answer,
    };
  };
  // A round covering several plans: grouped by plan (the round's own first), each area named
  // with its plan.
  const plans = roundPlanIds(round);
  const planTitle = (id: string) => snapshot.plans.find((p) => p.id === id)?.title ?? id;
  const sections = [...snapshot.areas]
    .sort((a, b) => plans.indexOf(a.planId) - plans.indexOf(b.planId) || a.order - b.order)
    .map((area) => ({
      areaTitle: plans.length > 1 ? `${planTitle(area.planId)} – ${area.title}` : area.title,
      rows: activities.filter((a) => a.areaId === area.id).map(rowOf),
    }))
    .filter((s) => s.rows.length > 0);
  const counts = planProgress(snapshot, round);
  return {
    language,
    labels,
    planTitle: snapshot.plan.title,
    round,
    createdAt: now.toISOString(),
    sections,
    counts,
    includeNames: options.includeNames ?? true,
    ...(round.state === 'open' ? { preliminary: labels.preliminary(counts.unanswered) } : {}),
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
