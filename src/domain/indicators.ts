import type { Indicator } from './model.js';
import { formatSwedishNumber, parseSwedishNumber } from './numbers.js';

/**
 * What an indicator's value (and an amount of development funds) may be, and the reading of a
 * value as typed, with Swedish and English messages.
 *
 * Decisions:
 * - antal (count): whole numbers from 0 to 1 000 000 000;
 * - procent: 0–100 with at most two decimals;
 * - kronor: 0 – 1 000 000 000 000 with at most two decimals (öre);
 * - ja/nej: 1 or 0; typed as `ja`/`nej` (any case) or `1`/`0`; a card's choice sends `1`/`0`;
 * - tkr (allocated and used development funds): 0 – 1 000 000 with at most three decimals (whole
 *   kronor).
 * Nothing is negative: baselines and targets follow the same rules as the values.
 */

export type NumberKind = Indicator['unit'] | 'tkr';

type NumberRule = { readonly min: number; readonly max: number; readonly decimals: number };

export const numberRules: Readonly<Record<NumberKind, NumberRule>> = {
  count: { min: 0, max: 1e9, decimals: 0 },
  percent: { min: 0, max: 100, decimals: 2 },
  kronor: { min: 0, max: 1e12, decimals: 2 },
  yesNo: { min: 0, max: 1, decimals: 0 },
  tkr: { min: 0, max: 1e6, decimals: 3 },
};

/** The most indicators one activity may have (each is an input on the card: 28 KB). */
export const maxIndicatorsPerActivity = 5;

export type Label = { readonly sv: string; readonly en: string };

export type NumberCheck =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string; readonly messageEn: string };

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

function refused(message: string, messageEn: string): NumberCheck {
  return { ok: false, message, messageEn };
}

/** Whether a number keeps the kind's range and decimals (a value already parsed or sent as JSON). */
export function checkNumber(kind: NumberKind, value: number, label: Label): NumberCheck {
  const rule = numberRules[kind];
  if (!Number.isFinite(value))
    return refused(`${label.sv}: skriv ett tal.`, `${label.en}: enter a number.`);
  if (kind === 'yesNo') {
    return value === 0 || value === 1
      ? { ok: true, value }
      : refused(`${label.sv}: välj ja eller nej.`, `${label.en}: choose yes or no.`);
  }
  if (kind === 'percent' && (value < 0 || value > 100))
    return refused(
      `${label.sv} ska vara mellan 0 och 100 procent.`,
      `${label.en} must be between 0 and 100 per cent.`,
    );
  if (value < rule.min)
    return refused(`${label.sv} kan inte vara negativt.`, `${label.en} cannot be negative.`);
  if (value > rule.max)
    return refused(
      `${label.sv} får vara högst ${formatSwedishNumber(rule.max)}.`,
      `${label.en} may be at most ${en.format(rule.max)}.`,
    );
  if (decimalsOf(value) > rule.decimals) return decimalsRefused(rule, label);
  return { ok: true, value };
}

function decimalsRefused(rule: NumberRule, label: Label): NumberCheck {
  return rule.decimals === 0
    ? refused(`${label.sv} ska vara ett heltal.`, `${label.en} must be a whole number.`)
    : refused(
        `${label.sv} får ha högst ${rule.decimals} decimaler.`,
        `${label.en} may have at most ${rule.decimals} decimals.`,
      );
}

function decimalsOf(value: number): number {
  for (let decimals = 0; decimals <= 12; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled)))
      return decimals;
  }
  return Infinity;
}

const yes = /^(?:ja|1)$/i;
const no = /^(?:nej|0)$/i;

/**
 * Reads a value as typed (the tab's text field, a card's input). `undefined`: nothing typed,
 * so nothing reported.
 */
export function readNumber(kind: NumberKind, text: string, label: Label): NumberCheck | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'yesNo') {
    if (yes.test(trimmed)) return { ok: true, value: 1 };
    if (no.test(trimmed)) return { ok: true, value: 0 };
    return refused(`${label.sv}: välj ja eller nej.`, `${label.en}: choose yes or no.`);
  }
  const parsed = parseSwedishNumber(trimmed);
  if (parsed === undefined) return undefined;
  if (!parsed.ok) {
    return parsed.problem === 'ambiguous'
      ? refused(
          `${label.sv}: skriv decimaler med komma (12,5) och tusental med mellanslag (1 250).`,
          `${label.en}: write decimals with a comma (12,5) and thousands with a space (1 250).`,
        )
      : refused(
          `${label.sv}: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.`,
          `${label.en}: enter a number, e.g. 12,5, without a unit or letters.`,
        );
  }
  if (parsed.decimals > numberRules[kind].decimals && parsed.value >= 0)
    return decimalsRefused(numberRules[kind], label);
  return checkNumber(kind, parsed.value, label);
}

/** A stored value as the tab's text field shows it (`12,5`, `ja`). */
export function numberText(kind: NumberKind, value: number | undefined): string {
  if (value === undefined) return '';
  if (kind === 'yesNo') return value === 1 ? 'ja' : 'nej';
  return formatSwedishNumber(value);
}

/** Whether a value is as good as or better than the target, given the direction. */
export function meetsTarget(indicator: Indicator, value: number): boolean | undefined {
  if (indicator.target === undefined) return undefined;
  return indicator.better === 'higher' ? value >= indicator.target : value <= indicator.target;
}
