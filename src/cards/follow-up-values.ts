import { numberRules, numberText } from '../domain/indicators.js';
import type { Activity, FollowUp, Indicator } from '../domain/model.js';
import { formatSwedishNumber } from '../domain/numbers.js';
import {
  plainText,
  run,
  type CardElement,
  type InputChoiceSet,
  type InputNumber,
} from './elements.js';
import type { CardLocale } from './locale.js';
import { shownText } from './user-text.js';
import { valueInputId } from './verbs.js';

/**
 * An activity's value inputs on the follow-up card: one per indicator (Input.Number with the
 * unit's min and max; ja/nej as a choice of Ja/Nej that may stay empty, since a toggle always
 * sends its off value and would report "nej" for every activity nobody touched) and, when the
 * activity has allocated funds, the tkr used in the round. Closed rounds show the values as text.
 * The bot validates what comes back as strictly as the tab (answer-values.ts).
 */

type ValueStrings = {
  readonly units: Readonly<Record<Indicator['unit'], string>>;
  readonly target: (value: string, year?: number) => string;
  readonly yes: string;
  readonly no: string;
  readonly notGiven: string;
  readonly fundsUsed: (allocated: string) => string;
  readonly fundsUsedShown: string;
};

const strings: Readonly<Record<CardLocale, ValueStrings>> = {
  sv: {
    units: { count: 'antal', percent: 'procent, 0–100', kronor: 'kronor', yesNo: 'ja/nej' },
    target: (value, year) => `mål ${value}${year === undefined ? '' : ` år ${year}`}`,
    yes: 'Ja',
    no: 'Nej',
    notGiven: 'Ej angivet',
    fundsUsed: (allocated) =>
      `Förbrukade utvecklingsmedel i omgången, tkr (tilldelat ${allocated} tkr)`,
    fundsUsedShown: 'Förbrukade utvecklingsmedel: ',
  },
  en: {
    units: { count: 'count', percent: 'per cent, 0–100', kronor: 'kronor', yesNo: 'yes/no' },
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

/** A kept text as the number input's value, when it reads as one. */
function numberValue(kept: string | undefined, stored: number | undefined): number | undefined {
  if (kept === undefined) return stored;
  const n = Number(kept.trim().replace(',', '.'));
  return kept.trim() === '' || !Number.isFinite(n) ? undefined : n;
}

function indicatorInput(
  indicator: Indicator,
  id: string,
  value: number | undefined,
  ctx: Context,
): InputNumber | InputChoiceSet {
  const s = strings[ctx.locale];
  if (indicator.unit === 'yesNo') {
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
  const rule = numberRules[indicator.unit];
  return {
    type: 'Input.Number',
    id,
    label: label(indicator, ctx),
    min: rule.min,
    max: rule.max,
    ...(value === undefined ? {} : { value }),
  };
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
    const value = numberValue(
      kept?.indicatorValues?.[indicator.id],
      answer?.indicatorValues?.[indicator.id],
    );
    elements.push(indicatorInput(indicator, id, value, ctx), ...ctx.errorLine(id));
  }
  if (activity.allocatedTkr !== undefined) {
    const id = valueInputId('fundsUsed', activity.id);
    const value = numberValue(kept?.fundsUsed, answer?.fundsUsedTkr);
    const allocated = formatSwedishNumber(activity.allocatedTkr);
    elements.push(
      {
        type: 'Input.Number',
        id,
        label: strings[ctx.locale].fundsUsed(allocated),
        min: numberRules.tkr.min,
        max: numberRules.tkr.max,
        ...(value === undefined ? {} : { value }),
      },
      ...ctx.errorLine(id),
    );
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
