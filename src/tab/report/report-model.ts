import type { PlanSnapshot } from '../../app/ports.js';
import type { FollowUp, FollowUpRound, FollowUpStatus } from '../../domain/model.js';
import {
  activitiesInRound,
  planProgress,
  roundAnswers,
  type StatusCounts,
} from '../../domain/status.js';
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
};

export function buildReportModel(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  language: Language,
  now: Date,
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
      financing: labels.financings[a.financing],
      status,
      statusLabel: labels.statuses[status],
      answer,
    };
  };
  const sections = [...snapshot.areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({
      areaTitle: area.title,
      rows: activities.filter((a) => a.areaId === area.id).map(rowOf),
    }))
    .filter((s) => s.rows.length > 0);
  return {
    language,
    labels,
    planTitle: snapshot.plan.title,
    round,
    createdAt: now.toISOString(),
    sections,
    counts: planProgress(snapshot, round),
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
