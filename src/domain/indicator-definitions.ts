import { checkNumber, maxIndicatorsPerActivity, type Label } from './indicators.js';
import type { Indicator } from './model.js';
import { validateDate, validateText, type FieldError } from './validation.js';

/**
 * The rules of an activity's indicators as the working group defines them (the activity editor,
 * the API). Field keys are `indicators.<index>.<field>`, as the tab shows them.
 *
 * Decisions:
 * - a name like a title (required, one line, at most 255, no personal data);
 * - baseline and target follow the unit's value rules (indicators.ts);
 * - a baseline or target needs its year, and a year without its value is refused (nothing
 *   silently dropped); years 1990–2100; the target year is not before the baseline year;
 * - at most five indicators per activity (each becomes an input on the card); ids unique, of
 *   a–z, digits, - and _ only (they are part of the card's input ids);
 * - a saved indicator is never removed (its values are in the answers): it is ended instead,
 *   with a storable date and an optional reason (a comment's text rules; a reason without a
 *   date is refused). Ending it again or taking the end back is an edit like any other.
 */

const nameRule = {
  maxLength: 255,
  multiLine: false,
  required: true,
  label: { sv: 'Indikatorns namn', en: 'Indicator name' },
} as const;

const labels: Readonly<Record<'baseline' | 'target' | 'baselineYear' | 'targetYear', Label>> = {
  baseline: { sv: 'Utgångsvärdet', en: 'The baseline' },
  target: { sv: 'Målvärdet', en: 'The target' },
  baselineYear: { sv: 'Utgångsvärdets år', en: 'The baseline year' },
  targetYear: { sv: 'Målvärdets år', en: 'The target year' },
};

const endReasonRule = {
  maxLength: 1000,
  multiLine: true,
  required: false,
  label: { sv: 'Anledningen', en: 'The reason' },
} as const;

const minYear = 1990;
const maxYear = 2100;

function error(field: string, message: string, messageEn: string): FieldError {
  return { field, reason: 'invalidNumber', message, messageEn };
}

function valueAndYear(
  indicator: Indicator,
  at: string,
  which: 'baseline' | 'target',
): FieldError[] {
  const yearField = which === 'baseline' ? 'baselineYear' : 'targetYear';
  const value = indicator[which];
  const year = indicator[yearField];
  const errors: FieldError[] = [];
  if (value !== undefined) {
    const checked = checkNumber(indicator.unit, value, labels[which]);
    if (!checked.ok) errors.push(error(`${at}.${which}`, checked.message, checked.messageEn));
  }
  const yearLabel = labels[yearField];
  if (value !== undefined && year === undefined)
    errors.push(
      error(`${at}.${yearField}`, `${yearLabel.sv} saknas.`, `${yearLabel.en} is missing.`),
    );
  if (value === undefined && year !== undefined)
    errors.push(
      error(
        `${at}.${which}`,
        `${labels[which].sv} saknas (året är ifyllt).`,
        `${labels[which].en} is missing (the year is given).`,
      ),
    );
  if (year !== undefined && (!Number.isInteger(year) || year < minYear || year > maxYear))
    errors.push(
      error(
        `${at}.${yearField}`,
        `${yearLabel.sv} ska vara ett år mellan ${minYear} och ${maxYear}.`,
        `${yearLabel.en} must be a year between ${minYear} and ${maxYear}.`,
      ),
    );
  return errors;
}

function endErrors(indicator: Indicator, at: string): FieldError[] {
  const errors: FieldError[] = [];
  if (indicator.endedOn !== undefined) {
    const date = validateDate(`${at}.endedOn`, indicator.endedOn);
    if (date) errors.push(date);
  }
  if (indicator.endReason !== undefined) {
    const reason = validateText('comment', indicator.endReason, endReasonRule);
    if (reason) errors.push({ ...reason, field: `${at}.endReason` });
    else if (indicator.endedOn === undefined && indicator.endReason.trim() !== '')
      errors.push(
        error(
          `${at}.endedOn`,
          'Ange datumet då indikatorn avslutas (anledningen är ifylld).',
          'Give the date the indicator ends (the reason is given).',
        ),
      );
  }
  return errors;
}

/**
 * A saved indicator the edit leaves out (field `indicators`): it is ended, never removed.
 * `stored` is the activity's indicators as stored.
 */
export function removedIndicatorErrors(
  stored: readonly Pick<Indicator, 'id' | 'name'>[],
  indicators: readonly Pick<Indicator, 'id'>[],
): FieldError[] {
  const kept = new Set(indicators.map((i) => i.id));
  const removed = stored.filter((i) => !kept.has(i.id));
  if (removed.length === 0) return [];
  const names = removed.map((i) => `”${i.name}”`).join(', ');
  return [
    error(
      'indicators',
      `En sparad indikator tas inte bort (dess värden finns i svaren): avsluta ${names} med ett datum i stället.`,
      `A saved indicator is not removed (its values are in the answers): end ${names} with a date instead.`,
    ),
  ];
}

/** Every problem of an activity's indicators, each with its field key. */
export function validateIndicators(indicators: readonly Indicator[]): FieldError[] {
  const errors: FieldError[] = [];
  if (indicators.length > maxIndicatorsPerActivity)
    errors.push(
      error(
        'indicators',
        `En aktivitet kan ha högst ${maxIndicatorsPerActivity} indikatorer.`,
        `An activity may have at most ${maxIndicatorsPerActivity} indicators.`,
      ),
    );
  const ids = new Set<string>();
  indicators.forEach((indicator, index) => {
    const at = `indicators.${index}`;
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(indicator.id))
      errors.push(
        error(
          `${at}.id`,
          'Indikatorns id får bara innehålla bokstäverna a–z, siffror, - och _.',
          'An indicator id may hold only the letters a–z, digits, - and _.',
        ),
      );
    if (ids.has(indicator.id))
      errors.push(error(`${at}.id`, 'Indikatorn finns två gånger.', 'The indicator is twice.'));
    ids.add(indicator.id);
    const name = validateText('title', indicator.name, nameRule);
    if (name) errors.push({ ...name, field: `${at}.name` });
    errors.push(
      ...valueAndYear(indicator, at, 'baseline'),
      ...valueAndYear(indicator, at, 'target'),
      ...endErrors(indicator, at),
    );
    const { baselineYear, targetYear } = indicator;
    if (baselineYear !== undefined && targetYear !== undefined && targetYear < baselineYear)
      errors.push(
        error(
          `${at}.targetYear`,
          'Målvärdets år kan inte ligga före utgångsvärdets år.',
          'The target year cannot be before the baseline year.',
        ),
      );
  });
  return errors;
}
