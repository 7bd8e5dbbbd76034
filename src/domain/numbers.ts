/**
 * Numbers as Swedish users type them (indicator values, tkr), parsed strictly.
 *
 * Decisions:
 * - The decimal separator is a comma (`12,5`). A point is accepted too (`12.5`: English keyboards,
 *   and what a card's Input.Number sends), except where it reads as a thousands separator:
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

const swedish = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 });

/** A number as Swedish users read and type it back: `1 250,5` (no-break space as separator). */
export function formatSwedishNumber(value: number): string {
  return swedish.format(value).replace('\u2212', '-');
}
