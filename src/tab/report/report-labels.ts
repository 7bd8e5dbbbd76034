import type { Financing, FollowUpStatus } from '../../domain/model.js';
import { financingLabelsSv, statusLabelsEn, statusLabelsSv } from '../../domain/model.js';
import type { Language } from '../i18n/i18n.js';

/** Headings and labels of the exported reports (Swedish by default). */
export type ReportLabels = {
  readonly reportTitle: string;
  readonly period: string;
  readonly dueOn: string;
  readonly created: string;
  readonly summary: string;
  readonly status: string;
  readonly count: string;
  readonly share: string;
  readonly total: string;
  readonly area: string;
  readonly activity: string;
  readonly responsible: string;
  readonly coResponsible: string;
  readonly comment: string;
  readonly nextSteps: string;
  readonly answeredBy: string;
  readonly answeredAt: string;
  readonly source: string;
  readonly activityPeriod: string;
  readonly expectedOutcome: string;
  readonly financing: string;
  /** The marker of a report made while the round is open. */
  preliminary(missing: number): string;
  readonly noAnswer: string;
  readonly example: string;
  readonly sheetName: string;
  readonly summarySheetName: string;
  readonly fileStem: string;
  readonly sources: Readonly<Record<'card' | 'tab', string>>;
  readonly statuses: Readonly<Record<FollowUpStatus | 'unanswered', string>>;
  readonly financings: Readonly<Record<Financing, string>>;
};

export const reportLabels: Readonly<Record<Language, ReportLabels>> = {
  sv: {
    reportTitle: 'Uppföljning',
    period: 'Period',
    dueOn: 'Sista svarsdag',
    created: 'Skapad',
    summary: 'Sammanfattning',
    status: 'Status',
    count: 'Antal',
    share: 'Andel',
    total: 'Totalt',
    area: 'Utvecklingsområde',
    activity: 'Aktivitet',
    responsible: 'Ansvarig förvaltning',
    coResponsible: 'Medansvariga',
    comment: 'Kommentar',
    nextSteps: 'Nästa steg',
    answeredBy: 'Besvarad av',
    answeredAt: 'Besvarad',
    source: 'Källa',
    activityPeriod: 'Aktivitetens period',
    expectedOutcome: 'Förväntat resultat',
    financing: 'Finansiering',
    preliminary: (missing) => `Preliminär — omgången pågår, ${missing} saknar svar`,
    noAnswer: 'Inget svar',
    example: '(exempel)',
    sheetName: 'Uppföljning',
    summarySheetName: 'Sammanfattning',
    fileStem: 'Rapport',
    sources: { card: 'Kort i Teams', tab: 'Fliken' },
    statuses: { ...statusLabelsSv, unanswered: 'Inget svar' },
    financings: financingLabelsSv,
  },
  en: {
    reportTitle: 'Follow-up',
    period: 'Period',
    dueOn: 'Due',
    created: 'Created',
    summary: 'Summary',
    status: 'Status',
    count: 'Count',
    share: 'Share',
    total: 'Total',
    area: 'Development area',
    activity: 'Activity',
    responsible: 'Responsible department',
    coResponsible: 'Co-responsible',
    comment: 'Comment',
    nextSteps: 'Next steps',
    answeredBy: 'Answered by',
    answeredAt: 'Answered',
    source: 'Source',
    activityPeriod: "Activity's period",
    expectedOutcome: 'Expected result',
    financing: 'Financing',
    preliminary: (missing) =>
      `Preliminary — the round is under way, ${missing} ${missing === 1 ? 'answer is' : 'answers are'} missing`,
    noAnswer: 'No answer',
    example: '(example)',
    sheetName: 'Follow-up',
    summarySheetName: 'Summary',
    fileStem: 'Report',
    sources: { card: 'Card in Teams', tab: 'The tab' },
    statuses: { ...statusLabelsEn, unanswered: 'No answer' },
    financings: {
      ownBudget: "Within the department's own budget",
      developmentFunds: 'Development funds',
      other: 'Other financing',
    },
  },
};
