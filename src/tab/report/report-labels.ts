import type { Financing, FollowUpStatus, Indicator } from '../../domain/model.js';
import {
  financingLabelsSv,
  indicatorUnitLabelsSv,
  statusLabelsEn,
  statusLabelsSv,
} from '../../domain/model.js';
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
  readonly indicators: string;
  readonly indicator: string;
  readonly unit: string;
  readonly units: Readonly<Record<Indicator['unit'], string>>;
  readonly baseline: string;
  readonly target: string;
  readonly value: string;
  readonly reached: string;
  readonly notReached: string;
  readonly noTarget: string;
  readonly noValue: string;
  readonly noIndicators: string;
  readonly better: Readonly<Record<Indicator['better'], string>>;
  readonly funds: string;
  readonly planFunds: string;
  readonly unallocated: string;
  readonly allocated: string;
  readonly usedInRound: string;
  readonly usedToDate: string;
  readonly remaining: string;
  readonly noFunds: string;
  readonly yes: string;
  readonly no: string;
  readonly round: string;
  readonly indicatorSheetName: string;
  readonly fundsSheetName: string;
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
    indicators: 'Indikatorer',
    indicator: 'Indikator',
    unit: 'Enhet',
    units: indicatorUnitLabelsSv,
    baseline: 'Utgångsvärde',
    target: 'Målvärde',
    value: 'Värde',
    reached: 'Målet nått',
    notReached: 'Målet ej nått',
    noTarget: 'Inget målvärde',
    noValue: 'Inget värde',
    noIndicators: 'Ingen aktivitet i omgången har indikatorer.',
    better: { higher: 'Högre är bättre', lower: 'Lägre är bättre' },
    funds: 'Utvecklingsmedel',
    planFunds: 'Planens utvecklingsmedel (tkr)',
    unallocated: 'Ej fördelat (tkr)',
    allocated: 'Tilldelat (tkr)',
    usedInRound: 'Använt under perioden (tkr)',
    usedToDate: 'Använt hittills (tkr)',
    remaining: 'Kvar (tkr)',
    noFunds: 'Inga utvecklingsmedel är fördelade till aktiviteterna.',
    yes: 'Ja',
    no: 'Nej',
    round: 'Omgång',
    indicatorSheetName: 'Indikatorer',
    fundsSheetName: 'Utvecklingsmedel',
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
    indicators: 'Indicators',
    indicator: 'Indicator',
    unit: 'Unit',
    units: { count: 'count', percent: 'percent', kronor: 'kronor', yesNo: 'yes/no' },
    baseline: 'Baseline',
    target: 'Target',
    value: 'Value',
    reached: 'Target met',
    notReached: 'Target not met',
    noTarget: 'No target',
    noValue: 'No value',
    noIndicators: 'No activity in the round has indicators.',
    better: { higher: 'Higher is better', lower: 'Lower is better' },
    funds: 'Development funds',
    planFunds: "The plan's development funds (tkr)",
    unallocated: 'Not allocated (tkr)',
    allocated: 'Allocated (tkr)',
    usedInRound: 'Used in the period (tkr)',
    usedToDate: 'Used to date (tkr)',
    remaining: 'Remaining (tkr)',
    noFunds: 'No development funds are allocated to the activities.',
    yes: 'Yes',
    no: 'No',
    round: 'Round',
    indicatorSheetName: 'Indicators',
    fundsSheetName: 'Development funds',
    statuses: { ...statusLabelsEn, unanswered: 'No answer' },
    financings: {
      ownBudget: "Within the department's own budget",
      developmentFunds: 'Development funds',
      other: 'Other financing',
    },
  },
};

/** A value as its unit reads: "12,5 %", "1 200 kr", "Ja"; '' for no value. */
export function formatValue(
  value: number | undefined,
  unit: Indicator['unit'],
  labels: ReportLabels,
): string {
  if (value === undefined) return '';
  if (unit === 'yesNo') return value === 1 ? labels.yes : labels.no;
  const number = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'percent' ? `${number} %` : unit === 'kronor' ? `${number} kr` : number;
}

/** Tkr with a decimal comma in Swedish: "12,5". */
export function formatTkr(value: number | undefined, labels: ReportLabels): string {
  return value === undefined
    ? ''
    : new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 }).format(value);
}
