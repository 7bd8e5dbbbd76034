import { readNumber, type Label } from './indicators.js';
import type { Activity, FollowUp } from './model.js';
import type { FieldError } from './validation.js';
import type { Measured } from './measured.js';

/**
 * The measured part of a follow-up answer: each indicator's value in the round, and the
 * development funds used, as typed on the card or in the tab. Field keys: `indicator.<id>` and
 * `fundsUsed`.
 *
 * Decisions:
 * - An indicator the entry names is replaced by what was typed; an empty text removes the value
 *   (the card and the tab show the stored value, so clearing it is a choice). An indicator the
 *   entry does not name keeps the round's stored value: an older card, or a client that does not
 *   know the indicator, loses nothing. The same for the funds used.
 * - A value for an indicator the activity does not have, or an amount used for an activity
 *   without allocated funds, is refused.
 * - Values are the round's own: nothing is carried from another round.
 */

export type MeasuredInput = {
  /** Indicator id → the value as typed ('' = no value). */
  readonly indicatorValues?: Readonly<Record<string, string>> | undefined;
  /** Tkr used in the round, as typed ('' = none reported). */
  readonly fundsUsed?: string | undefined;
};

export type { Measured } from './measured.js';

const valueLabel: Label = { sv: 'Värdet', en: 'The value' };
const fundsLabel: Label = { sv: 'Förbrukat belopp', en: 'The amount used' };

function refusal(field: string, message: string, messageEn: string): FieldError {
  return { field, reason: 'invalidNumber', message, messageEn };
}

/** Whether the entry reports any value (an entry with values needs a status, like a comment). */
export function hasMeasured(input: MeasuredInput): boolean {
  const values = Object.values(input.indicatorValues ?? {});
  return values.some((v) => v.trim() !== '') || (input.fundsUsed ?? '').trim() !== '';
}

function indicatorValues(
  activity: Pick<Activity, 'indicators'>,
  input: MeasuredInput,
  stored: Readonly<Record<string, number>>,
  errors: FieldError[],
): Record<string, number> {
  const values: Record<string, number> = { ...stored };
  const indicators = new Map((activity.indicators ?? []).map((i) => [i.id, i]));
  for (const [id, text] of Object.entries(input.indicatorValues ?? {})) {
    const indicator = indicators.get(id);
    const field = `indicator.${id}`;
    if (!indicator) {
      if (text.trim() === '') continue;
      errors.push(
        refusal(
          field,
          'Indikatorn följs inte upp i den här omgången (den kan ha avslutats). Inget sparades.',
          'The indicator is not followed up in this round (it may have been ended). Nothing was saved.',
        ),
      );
      continue;
    }
    const read = readNumber(indicator.unit, text, valueLabel);
    if (read === undefined) delete values[id];
    else if (read.ok) values[id] = read.value;
    else errors.push(refusal(field, read.message, read.messageEn));
  }
  return values;
}

function fundsUsed(
  activity: Pick<Activity, 'allocatedTkr'>,
  input: MeasuredInput,
  stored: number | undefined,
  errors: FieldError[],
): number | undefined {
  if (input.fundsUsed === undefined) return stored;
  const read = readNumber('tkr', input.fundsUsed, fundsLabel);
  if (read === undefined) return undefined;
  if (!read.ok) {
    errors.push(refusal('fundsUsed', read.message, read.messageEn));
    return undefined;
  }
  if (activity.allocatedTkr === undefined && read.value !== stored) {
    errors.push(
      refusal(
        'fundsUsed',
        'Aktiviteten har inga tilldelade utvecklingsmedel att redovisa.',
        'The activity has no allocated development funds to report.',
      ),
    );
    return undefined;
  }
  return read.value;
}

/** The answer's values after `input`, over the round's stored answer; or every field's error. */
export function readMeasured(
  activity: Pick<Activity, 'indicators' | 'allocatedTkr'>,
  input: MeasuredInput,
  stored: Pick<FollowUp, 'indicatorValues' | 'fundsUsedTkr'> | undefined,
):
  | { readonly ok: true; readonly value: Measured }
  | { readonly ok: false; readonly errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values = indicatorValues(activity, input, stored?.indicatorValues ?? {}, errors);
  const used = fundsUsed(activity, input, stored?.fundsUsedTkr, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...(Object.keys(values).length > 0 ? { indicatorValues: values } : {}),
      ...(used === undefined ? {} : { fundsUsedTkr: used }),
    },
  };
}
