import { numberRules, numberText, type NumberKind } from '../domain/indicators.js';
import type { Activity, FollowUp, Indicator } from '../domain/model.js';
import { formatSwedishNumber, swedishNumberPattern } from '../domain/numbers.js';
import {
  plainText,
  run,
  type CardElement,
  type InputChoiceSet,
  type InputNumberText,
} from './elements.js';
import type { CardLocale } from './locale.js';
import { inputValue, shownText } from './user-text.js';
import { valueInputId } from './verbs.js';

/**
 * An activity's value inputs on the follow-up card: one per indicator (ja/nej as a choice of
 * Ja/Nej that may stay empty, since a toggle always sends its off value and would report "nej" for
 * every activity nobody touched) and, when the activity has allocated funds, the tkr used in the
 * round. Closed rounds show the values as text.
 *
 * Numbers are Input.Text, not Input.Number: in the web client (and the Agents Playground) an
 * `<input type=number>` makes `12,5`, as Swedish users type decimals, no value at all, and the
 * renderer leaves it out of the action's data, so the answer was "saved" without it. The text
 * input's `regex` lets through exactly what the bot reads as a number with the unit's decimals
 * (swedishNumberPattern), so the client says at once what is wrong; the range (negative, over
 * 100 %) is the bot's to refuse, by name. The bot validates what comes back as strictly as the
 * tab (answer-values.ts). Values are shown as Swedish users type them (`1 250,5`).
 */

/** The kinds typed as numbers: their example (placeholder) and the client's message. */
type TypedKind = Exclude<NumberKind, 'yesNo'>;

type ValueStrings = {
  readonly units: Readonly<Record<Indicator['unit'], string>>;
  readonly typed: Readonly<
    Record<TypedKind, { readonly example: string; readonly errorMessage: string }>
  >;
  readonly target: (value: string, year?: number) => string;
  readonly yes: string;
  readonly no: string;
  readonly notGiven: string;
  readonly fundsUsed: (allocated: string) => string;
  readonly fundsUsedShown: string;
};

const strings: Readonly<Record<CardLocale, ValueStrings>> = {
  sv: {
    units: { count: 'antal, heltal', percent: 'procent, 0–100', kronor: 'kronor', yesNo: 'ja/nej' },
    typed: {
      count: {
        example: 't.ex. 12',
        errorMessage: 'Skriv ett heltal, t.ex. 12, utan enhet eller bokstäver.',
      },
      percent: {
        example: 't.ex. 12,5',
        errorMessage: 'Skriv ett tal 0–100 med högst två decimaler, t.ex. 12,5.',
      },
      kronor: {
        example: 't.ex. 1 250,50',
        errorMessage: 'Skriv ett belopp i kronor med högst två decimaler, t.ex. 1 250,50.',
      },
      tkr: {
        example: 't.ex. 12,5',
        errorMessage: 'Skriv ett belopp i tkr med högst tre decimaler, t.ex. 12,5.',
      },
    },
    target: (value, year) => `mål ${value}${year === undefined ? '' : ` år ${year}`}`,
    yes: 'Ja',
    no: 'Nej',
    notGiven: 'Ej angivet',
    fundsUsed: (allocated) =>
      `Förbrukade utvecklingsmedel i omgången, tkr (tilldelat ${allocated} tkr)`,
    fundsUsedShown: 'Förbrukade utvecklingsmedel: ',
  },
  en: {
    units: {
      count: 'count, whole number',
      percent: 'per cent, 0–100',
      kronor: 'kronor',
      yesNo: 'yes/no',
    },
    typed: {
      count: {
        example: 'e.g. 12',
        errorMessage: 'Enter a whole number, e.g. 12, without a unit or letters.',
      },
      percent: {
        example: 'e.g. 12,5',
        errorMessage: 'Enter a number 0–100 with at most two decimals, e.g. 12,5.',
      },
      kronor: {
        example: 'e.g. 1 250,50',
        errorMessage: 'Enter an amount in kronor with at most two decimals, e.g. 1 250,50.',
      },
      tkr: {
        example: 'e.g. 12,5',
        errorMessage: 'Enter an amount in tkr with at most three decimals, e.g. 12,5.',
      },
    },
    target: (value, year) => `target ${value}${year === undefined ? '' : ` in ${year}`}`,
    yes: 'Yes',
    no: 'No',
    notGiven: 'Not given',
    fundsUsed: (allocated) =>
      `Development funds used in the round, tkr (allocated ${allocated} tkr)`,
    fundsUsedShown: 'Development funds used: ',
  },
};

/** Values as the person left them (after a refusal), by indicator id; and the funds used. */
export type ValueInputs = {
  readonly indicatorValues?: Readonly<Record<string, string>>;
  readonly fundsUsed?: string;
};

type Context = {
  readonly locale: CardLocale;
  readonly titleLimit: number;
  readonly errorLine: (inputId: string) => CardElement[];
};

function label(indicator: Indicator, ctx: Context): string {
  const s = strings[ctx.locale];
  const target =
    indicator.target === undefined
      ? ''
      : `; ${s.target(numberText(indicator.unit, indicator.target), indicator.targetYear)}`;
  return `${shownText(indicator.name, ctx.titleLimit)} (${s.units[indicator.unit]}${target})`;
}

/** The longest text a number input takes (`1 000 000 000 000,00` is 20). */
export const numberInputMaxLength = 30;

/**
 * What a value input shows: the text as the person left it (after a refusal, so that it can be
 * corrected), else the stored value as Swedish users type it; '' for none.
 */
function shownValue(kind: NumberKind, kept: string | undefined, stored: number | undefined) {
  return kept === undefined ? numberText(kind, stored) : inputValue(kept, numberInputMaxLength);
}

function numberInput(kind: TypedKind, id: string, label: string, value: string, ctx: Context) {
  const typed = strings[ctx.locale].typed[kind];
  const input: InputNumberText = {
    type: 'Input.Text',
    id,
    label,
    maxLength: numberInputMaxLength,
    regex: swedishNumberPattern(numberRules[kind].decimals),
    errorMessage: typed.errorMessage,
    placeholder: typed.example,
    ...(value === '' ? {} : { value }),
  };
  return input;
}

function indicatorInput(
  indicator: Indicator,
  id: string,
  kept: string | undefined,
  stored: number | undefined,
  ctx: Context,
): InputNumberText | InputChoiceSet {
  const s = strings[ctx.locale];
  if (indicator.unit === 'yesNo') {
    const choice = kept?.trim();
    const value = kept === undefined ? stored : choice === '1' ? 1 : choice === '0' ? 0 : undefined;
    return {
      type: 'Input.ChoiceSet',
      id,
      label: label(indicator, ctx),
      style: 'compact',
      placeholder: s.notGiven,
      choices: [
        { title: s.yes, value: '1' },
        { title: s.no, value: '0' },
      ],
      ...(value === 0 || value === 1 ? { value: String(value) } : {}),
    };
  }
  const value = shownValue(indicator.unit, kept, stored);
  return numberInput(indicator.unit, id, label(indicator, ctx), value, ctx);
}

export function valueInputs(
  activity: Activity,
  answer: FollowUp | undefined,
  kept: ValueInputs | undefined,
  ctx: Context,
): CardElement[] {
  const elements: CardElement[] = [];
  for (const indicator of activity.indicators ?? []) {
    const id = valueInputId(`indicator.${indicator.id}`, activity.id);
    const typed = kept?.indicatorValues?.[indicator.id];
    const stored = answer?.indicatorValues?.[indicator.id];
    elements.push(indicatorInput(indicator, id, typed, stored, ctx), ...ctx.errorLine(id));
  }
  if (activity.allocatedTkr !== undefined) {
    const id = valueInputId('fundsUsed', activity.id);
    const value = shownValue('tkr', kept?.fundsUsed, answer?.fundsUsedTkr);
    const allocated = formatSwedishNumber(activity.allocatedTkr);
    const label = strings[ctx.locale].fundsUsed(allocated);
    elements.push(numberInput('tkr', id, label, value, ctx), ...ctx.errorLine(id));
  }
  return elements;
}

/** The values of a closed round's answer, as text. */
export function valueLines(activity: Activity, answer: FollowUp, ctx: Context): CardElement[] {
  const s = strings[ctx.locale];
  const lines: CardElement[] = [];
  for (const indicator of activity.indicators ?? []) {
    const value = answer.indicatorValues?.[indicator.id];
    if (value === undefined) continue;
    const text =
      indicator.unit === 'yesNo' ? (value === 1 ? s.yes : s.no) : formatSwedishNumber(value);
    lines.push(plainText([run(`${label(indicator, ctx)}: `, { isSubtle: true }), run(text)]));
  }
  if (answer.fundsUsedTkr !== undefined)
    lines.push(
      plainText([
        run(s.fundsUsedShown, { isSubtle: true }),
        run(`${formatSwedishNumber(answer.fundsUsedTkr)} tkr`),
      ]),
    );
  return lines;
}
