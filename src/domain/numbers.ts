/**
 * Numbers as Swedish users type them (indicator values, tkr), parsed strictly.
 *
 * Decisions:
 * - The decimal separator is a comma (`12,5`). A point is accepted too (`12.5`: English keyboards,
 *   and what older cards' Input.Number sends), except where it reads as a thousands separator:
 *   `1.250` (one to three digits, a point, exactly three digits) is refused as ambiguous.
 * - Thousands may be grouped with single spaces (space, no-break space or narrow no-break
 *   space, as `Intl.NumberFormat('sv-SE')` writes them): `1 250`, `12 500 000`; every group after
 *   the first has exactly three digits.
 * - A leading minus (`-` or `−`) is read, so that a negative value is refused for its sign and
 *   not as "not a number".
 * - Nothing else: no units (`%`, `kr`), no letters, no exponents, no formulas, no `+`.
 * - Surrounding white space is ignored; an empty text is "no value", not zero.
 */

export type ParsedNumber =
  | { readonly ok: true; readonly value: number; readonly decimals: number }
  | { readonly ok: false; readonly problem: 'notNumber' | 'ambiguous' };

const spaces = '[ \u00a0\u202f]';
const grouped = new RegExp(`^\\d{1,3}(?:${spaces}\\d{3})+$`);
const shape = /^([-\u2212]?)([\d \u00a0\u202f]+)(?:([,.])(\d+))?$/;

/** Parses a non-empty text; `undefined` for an empty (or blank) one. */
export function parseSwedishNumber(text: string): ParsedNumber | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = shape.exec(trimmed);
  if (!match) return { ok: false, problem: 'notNumber' };
  const [, sign = '', whole = '', separator, fraction = ''] = match;
  const plain = /^\d+$/.test(whole);
  if (!plain && !grouped.test(whole)) return { ok: false, problem: 'notNumber' };
  if (separator === '.' && plain && whole.length <= 3 && fraction.length === 3 && whole !== '0')
    return { ok: false, problem: 'ambiguous' };
  const digits = whole.replace(/\D/g, '');
  const value = Number(`${sign === '' ? '' : '-'}${digits}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
  return { ok: true, value: value === 0 ? 0 : value, decimals: fraction.length };
}

const digits = (from: number, to: number) =>
  from === to ? (from === 1 ? '\\d' : `\\d{${from}}`) : `\\d{${from},${to}}`;

/**
 * The texts parseSwedishNumber reads as a number with at most `maxDecimals` decimals, or as no
 * value (blank), as the source of a regular expression: for a card's `Input.Text` `regex`, so
 * that the client refuses what the bot would refuse as not a number before anything is sent.
 * Anchored (the adaptivecards renderer tests it unanchored), no flags, no look-around, plain
 * classes only, so that the renderers of every Teams client read it alike. The sign is let
 * through: the range (negative, too large) is the bot's to refuse, by name.
 */
export function swedishNumberPattern(maxDecimals: number): string {
  const group = `\\d{1,3}(?:${spaces}\\d{3})+`;
  const whole = `(?:\\d+|${group})`;
  let number = whole;
  if (maxDecimals > 0 && maxDecimals < 3) number = `${whole}(?:[,.]${digits(1, maxDecimals)})?`;
  if (maxDecimals >= 3) {
    // A point before exactly three decimals reads as thousands after one to three digits.
    const point = [`\\.\\d{1,2}`, ...(maxDecimals > 3 ? [`\\.${digits(4, maxDecimals)}`] : [])];
    const fraction = `(?:,${digits(1, maxDecimals)}|${point.join('|')})`;
    number = `(?:${whole}${fraction}?|(?:0|\\d{4,}|${group})\\.\\d{3})`;
  }
  return `^\\s*(?:[-\u2212]?${number})?\\s*$`;
}

const swedish = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 });

/** A number as Swedish users read and type it back: `1 250,5` (no-break space as separator). */
export function formatSwedishNumber(value: number): string {
  return swedish.format(value).replace('\u2212', '-');
}
