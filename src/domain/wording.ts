import { dateParts } from './calendar/plain-date.js';
import { formatDateSv } from './calendar/labels-sv.js';
import { stockholmLocal } from './calendar/stockholm-time.js';

/**
 * The words the tab and the cards share, so a department contact reads the same thing in both
 * (issue 17, item 13): the privacy hint, the "optional" mark, an unanswered activity, who
 * answered and when, the working group's name, the overdue reminder's title, and how dates and
 * times are written (in words, Stockholm time). The tab's translations and the card strings take
 * these values; neither restates them. `{{name}}`-style placeholders are filled by each side.
 */

export type WordingLanguage = 'sv' | 'en';

export type Wording = {
  /** The de-identification hint above answer fields. */
  readonly privacyHint: string;
  /** The mark after an optional field's label, with its brackets. */
  readonly optionalMark: string;
  readonly nextSteps: string;
  /** An activity with no answer in the round. */
  readonly notAnswered: string;
  /** `{{name}}` and `{{when}}`. */
  readonly answeredBy: string;
  /** The working group, as a name in a sentence and at the start of one. */
  readonly workingGroup: string;
  readonly workingGroupTitle: string;
  /**
   * The heading of a reminder after the due date. Never a status word ("Försenad" is an
   * activity's status, not the department's lateness).
   */
  readonly overdueTitle: string;
  /**
   * A round the working group opened before its opening date (it takes answers, no reminder
   * goes out yet), in place of "Pågår": `{{date}}` is the short date ("8 jan").
   */
  readonly opensOn: string;
};

export const wording: Readonly<Record<WordingLanguage, Wording>> = {
  sv: {
    privacyHint:
      'Skriv om verksamheten, aldrig om enskilda personer: inga namn, personnummer eller andra uppgifter som pekar ut någon.',
    optionalMark: '(valfritt)',
    nextSteps: 'Nästa steg',
    notAnswered: 'Inte besvarad ännu',
    answeredBy: 'Besvarad av {{name}}, {{when}}',
    workingGroup: 'arbetsgruppen',
    workingGroupTitle: 'Arbetsgruppen',
    overdueTitle: 'Sista svarsdagen har passerat: svar saknas',
    opensOn: 'Öppnas {{date}}',
  },
  en: {
    privacyHint:
      'Write about the work, never about individuals: no names, personal identity numbers or other details that point to someone.',
    optionalMark: '(optional)',
    nextSteps: 'Next steps',
    notAnswered: 'Not answered yet',
    answeredBy: 'Answered by {{name}}, {{when}}',
    workingGroup: 'the working group',
    workingGroupTitle: 'The working group',
    overdueTitle: 'The due date has passed: answers missing',
    opensOn: 'Opens {{date}}',
  },
};

/** `Nästa steg (valfritt)`. */
export function optionalLabel(label: string, language: WordingLanguage): string {
  return `${label} ${wording[language].optionalMark}`;
}

/** Fills `{{name}}` placeholders (unknown ones stay as they are). */
export function fillWording(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `26 februari 2027` / `26 February 2027`. */
export function formatDateWords(date: string, language: WordingLanguage): string {
  if (language === 'sv') return formatDateSv(date);
  const { year, month, day } = dateParts(date);
  return `${day} ${monthsEn[month - 1] ?? ''} ${year}`;
}

const shortMonths: Readonly<Record<WordingLanguage, readonly string[]>> = {
  sv: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `8 jan` / `8 Jan`: a day in the near future, in a badge or beside a title. */
export function formatShortDateWords(date: string, language: WordingLanguage): string {
  const { month, day } = dateParts(date);
  return `${day} ${shortMonths[language][month - 1] ?? ''}`;
}

/** `Öppnas 8 jan` / `Opens 8 Jan` (see Wording.opensOn). */
export function opensOnWords(opensOn: string, language: WordingLanguage): string {
  return fillWording(wording[language].opensOn, {
    date: formatShortDateWords(opensOn, language),
  });
}

/** `20 februari 2027 kl. 10.15` / `20 February 2027, 10:15`, in Stockholm time. */
export function formatDateTimeWords(instant: string, language: WordingLanguage): string {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) throw new Error(`Not an ISO 8601 instant: '${instant}'`);
  const { date, time } = stockholmLocal(epochMs);
  return language === 'sv'
    ? `${formatDateWords(date, 'sv')} kl. ${time.replace(':', '.')}`
    : `${formatDateWords(date, 'en')}, ${time}`;
}
