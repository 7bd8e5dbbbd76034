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
  /** For lower-casing status names in sentences. */
  readonly locale: string;
  /** "1 aktivitet", "4 aktiviteter". */
  activities(count: number): string;
  /** The board heading of departments whose board the plan does not name. */
  readonly boardNotGiven: string;
  readonly board: string;
  readonly contents: string;
  readonly byArea: string;
  readonly byDepartment: string;
  readonly departments: string;
  /** "Förändring sedan Årsuppföljning 2023". */
  change(round: string): string;
  readonly noComparison: string;
  readonly previousRound: string;
  readonly thisRound: string;
  readonly difference: string;
  readonly previousStatus: string;
  readonly perBoard: string;
  /** The show-as-table toggle under each chart. */
  readonly chartTable: string;
  readonly group: string;
  readonly loadingAnswers: string;
  readonly loadFailed: string;
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
    locale: 'sv-SE',
    activities: (count) => `${count} ${count === 1 ? 'aktivitet' : 'aktiviteter'}`,
    boardNotGiven: 'Nämnd ej angiven',
    board: 'Nämnd',
    contents: 'Innehåll',
    byArea: 'Status per utvecklingsområde',
    byDepartment: 'Status per förvaltning',
    departments: 'Förvaltningar',
    change: (round) => `Förändring sedan ${round}`,
    noComparison: 'Det finns ingen tidigare omgång av samma slag att jämföra med.',
    previousRound: 'Förra omgången',
    thisRound: 'Den här omgången',
    difference: 'Förändring',
    previousStatus: 'Status förra omgången',
    perBoard: 'Per nämnd',
    chartTable: 'Visa siffrorna som tabell',
    group: 'Grupp',
    loadingAnswers: 'Hämtar omgångarnas svar…',
    loadFailed: 'Omgångens svar kunde inte hämtas.',
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
    locale: 'en-GB',
    activities: (count) => `${count} ${count === 1 ? 'activity' : 'activities'}`,
    boardNotGiven: 'Board not given',
    board: 'Board',
    contents: 'Contents',
    byArea: 'Status per development area',
    byDepartment: 'Status per department',
    departments: 'Departments',
    change: (round) => `Change since ${round}`,
    noComparison: 'There is no earlier round of the same kind to compare with.',
    previousRound: 'Previous round',
    thisRound: 'This round',
    difference: 'Change',
    previousStatus: 'Status in the previous round',
    perBoard: 'Per board',
    chartTable: 'Show the figures as a table',
    group: 'Group',
    loadingAnswers: "Fetching the rounds' answers…",
    loadFailed: "The round's answers could not be fetched.",
    statuses: { ...statusLabelsEn, unanswered: 'No answer' },
    financings: {
      ownBudget: "Within the department's own budget",
      developmentFunds: 'Development funds',
      other: 'Other financing',
    },
  },
};
