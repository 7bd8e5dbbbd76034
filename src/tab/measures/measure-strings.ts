import { languageOf } from '../i18n/i18n.js';
import { useTranslation } from '../i18n/react.js';
import type { Indicator } from '../../domain/model.js';

/**
 * The words of the indicator and development-funds parts of the tab, Swedish and English. Kept
 * out of i18n/sv.ts so that they load with the views that use them, not with the first view.
 */

const sv = {
  indicators: 'Indikatorer',
  measures: 'Indikatorer och utvecklingsmedel',
  indicatorsHint:
    'Högst fem. En sparad indikator tas inte bort (dess värden finns i svaren): avsluta den med ett datum, så följs den inte upp i omgångar som öppnar efter det.',
  endIndicator: 'Avsluta indikatorn',
  undoEnd: 'Ångra avslutet',
  endedOn: 'Avslutas den',
  endedOnHint: 'Omgångar som öppnar efter datumet frågar inte efter den. Inget tas bort.',
  endReason: 'Anledning (valfri)',
  endDateMissing: 'Ange datumet då indikatorn avslutas.',
  ended: 'avslutad {{date}}',
  addIndicator: 'Lägg till indikator',
  removeIndicator: 'Ta bort den nya indikatorn',
  indicator: 'Indikator {{n}}',
  name: 'Namn',
  unit: 'Enhet',
  units: { count: 'Antal', percent: 'Procent', kronor: 'Kronor', yesNo: 'Ja/nej' } as Record<
    Indicator['unit'],
    string
  >,
  baseline: 'Utgångsvärde',
  baselineYear: 'År för utgångsvärdet',
  target: 'Målvärde',
  targetYear: 'År för målvärdet',
  better: 'Bättre är',
  higher: 'Högre värde',
  lower: 'Lägre värde',
  numberHint: 'Till exempel 12,5 eller 1 250',
  yesNoHint: 'Skriv ja eller nej',
  yearFormat: 'Skriv året med fyra siffror.',
  allocated: 'Tilldelade utvecklingsmedel (tkr)',
  allocatedHint: 'Planens utvecklingsmedel: {{funds}} tkr, varav {{left}} tkr ej fördelade.',
  fundsUsed: 'Förbrukade utvecklingsmedel i omgången (tkr)',
  fundsUsedHint: 'Tilldelat: {{allocated}} tkr.',
  overspentWarning: 'Mer än tilldelat. Det sparas ändå; arbetsgruppen ser det i översikten.',
  value: '{{name}} ({{unit}})',
  target_short: 'mål {{value}}',
  noValue: 'Inget värde',
  latest: 'Senaste värde',
  met: 'Målet nått',
  notMet: 'Målet inte nått',
  noTarget: 'Inget mål',
  round: 'Uppföljning',
  trend: 'Utveckling över uppföljningarna',
  trendOf: 'Utveckling för {{name}}',
  trendDescription: '{{name}}: {{values}}.',
  noTrend: 'Inga värden rapporterade ännu.',
  funds: 'Utvecklingsmedel',
  fundsOfPlan: 'Planens medel',
  department: 'Förvaltning',
  allocatedShort: 'Tilldelat',
  usedShort: 'Förbrukat',
  remaining: 'Kvar',
  unallocated: 'Ej fördelat',
  fundsNote:
    'Förbrukat räknar års- och extra uppföljningar; mandatperiodens uppföljning räknas inte en gång till.',
  overspent: '{{count}} aktiviteter har förbrukat mer än tilldelat.',
  activity: 'Aktivitet',
  indicatorsOverview: 'Indikatorer mot mål',
  yes: 'ja',
  no: 'nej',
};

type MeasureStrings = typeof sv;

const en: MeasureStrings = {
  indicators: 'Indicators',
  measures: 'Indicators and development funds',
  indicatorsHint:
    'At most five. A saved indicator is not removed (its values are in the answers): end it with a date, and rounds that open after it no longer ask for it.',
  endIndicator: 'End the indicator',
  undoEnd: 'Undo the end',
  endedOn: 'Ends on',
  endedOnHint: 'Rounds that open after the date do not ask for it. Nothing is removed.',
  endReason: 'Reason (optional)',
  endDateMissing: 'Give the date the indicator ends.',
  ended: 'ended {{date}}',
  addIndicator: 'Add indicator',
  removeIndicator: 'Remove the new indicator',
  indicator: 'Indicator {{n}}',
  name: 'Name',
  unit: 'Unit',
  units: { count: 'Count', percent: 'Per cent', kronor: 'Kronor', yesNo: 'Yes/no' },
  baseline: 'Baseline',
  baselineYear: 'Baseline year',
  target: 'Target',
  targetYear: 'Target year',
  better: 'Better is',
  higher: 'Higher value',
  lower: 'Lower value',
  numberHint: 'For example 12,5 or 1 250',
  yesNoHint: 'Write ja (yes) or nej (no)',
  yearFormat: 'Write the year with four digits.',
  allocated: 'Allocated development funds (tkr)',
  allocatedHint:
    "The plan's development funds: {{funds}} tkr, of which {{left}} tkr not allocated.",
  fundsUsed: 'Development funds used in the round (tkr)',
  fundsUsedHint: 'Allocated: {{allocated}} tkr.',
  overspentWarning:
    'More than allocated. It is saved anyway; the working group sees it in the overview.',
  value: '{{name}} ({{unit}})',
  target_short: 'target {{value}}',
  noValue: 'No value',
  latest: 'Latest value',
  met: 'Target met',
  notMet: 'Target not met',
  noTarget: 'No target',
  round: 'Follow-up',
  trend: 'Trend across the follow-ups',
  trendOf: 'Trend of {{name}}',
  trendDescription: '{{name}}: {{values}}.',
  noTrend: 'No values reported yet.',
  funds: 'Development funds',
  fundsOfPlan: "The plan's funds",
  department: 'Department',
  allocatedShort: 'Allocated',
  usedShort: 'Used',
  remaining: 'Remaining',
  unallocated: 'Not allocated',
  fundsNote: 'Used adds the annual and extra follow-ups; the term follow-up is not counted again.',
  overspent: '{{count}} activities have used more than allocated.',
  activity: 'Activity',
  indicatorsOverview: 'Indicators against targets',
  yes: 'yes',
  no: 'no',
};

export type { MeasureStrings };

/** `{{name}}` filled from `values`. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function useMeasureStrings(): MeasureStrings {
  const { i18n } = useTranslation();
  return languageOf(i18n.language) === 'en' ? en : sv;
}
