import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSwedishNumber,
  parseSwedishNumber,
  swedishNumberPattern,
} from '../../src/domain/numbers.js';

/** A number with at most three decimals, as a value the app stores. */
const stored = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 999 }))
  .map(([whole, thousandths]) => Number(`${whole}.${String(thousandths).padStart(3, '0')}`));
const separators = fc.constantFrom(' ', '\u00a0', '\u202f');

/** Groups of three from the right, joined by `separator`: 1250 → `1 250`. */
function grouped(whole: number, separator: string): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe('parseSwedishNumber', () => {
  it('reads what formatSwedishNumber writes, back to the same number', () => {
    fc.assert(
      fc.property(stored, (value) => {
        expect(parseSwedishNumber(formatSwedishNumber(value))).toMatchObject({ ok: true, value });
      }),
    );
  });

  it('reads a decimal comma and any of the Swedish thousands spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        separators,
        (whole, cents, separator) => {
          const text = `${grouped(whole, separator)},${String(cents).padStart(2, '0')}`;
          const parsed = parseSwedishNumber(`  ${text} `);
          const value = Number(`${whole}.${String(cents).padStart(2, '0')}`);
          expect(parsed).toEqual({ ok: true, value, decimals: 2 });
        },
      ),
    );
  });

  it('reads a decimal point where it cannot be a thousands separator', () => {
    expect(parseSwedishNumber('12.5')).toEqual({ ok: true, value: 12.5, decimals: 1 });
    expect(parseSwedishNumber('0.125')).toEqual({ ok: true, value: 0.125, decimals: 3 });
    expect(parseSwedishNumber('1250.75')).toEqual({ ok: true, value: 1250.75, decimals: 2 });
    expect(parseSwedishNumber('1.250')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(parseSwedishNumber('12,500')).toEqual({ ok: true, value: 12.5, decimals: 3 });
  });

  it('reads a leading minus, so that the sign can be refused by name', () => {
    expect(parseSwedishNumber('-3')).toMatchObject({ ok: true, value: -3 });
    expect(parseSwedishNumber('\u22124,5')).toMatchObject({ ok: true, value: -4.5 });
  });

  it('treats an empty or blank text as no value', () => {
    expect(parseSwedishNumber('')).toBeUndefined();
    expect(parseSwedishNumber(' \u00a0 ')).toBeUndefined();
  });

  it('refuses units, letters, formulas, exponents and misplaced spaces', () => {
    const refused = [
      '12 %',
      '12%',
      '100 kr',
      '5 tkr',
      'tolv',
      '1e3',
      '=1+2',
      '1+2',
      '+5',
      '12,5,1',
      '1 25',
      '12  500',
      '1,2.3',
      ',5',
      '5,',
      '0x10',
      'Infinity',
      'NaN',
      '1_000',
      '١٢',
    ];
    for (const text of refused)
      expect(parseSwedishNumber(text), text).toMatchObject({ ok: false, problem: 'notNumber' });
  });

  it('refuses any text that holds a letter', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...'abcdefxyzåäöABCÅÄÖ%€$'),
        fc.string({ maxLength: 8 }),
        (before, letter, after) => {
          const parsed = parseSwedishNumber(`${before}${letter}${after}`);
          expect(parsed?.ok ?? false).toBe(false);
        },
      ),
    );
  });

  it('never throws and reads only digits, spaces, one separator and a sign', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseSwedishNumber(text);
        if (parsed?.ok) {
          expect(text.trim()).toMatch(/^[-\u2212]?[\d \u00a0\u202f]+(?:[,.]\d+)?$/);
          expect(Number.isFinite(parsed.value)).toBe(true);
        }
      }),
    );
  });
});

/** What the bot reads as a number with at most `decimals` decimals, or as no value. */
function readable(text: string, decimals: number): boolean {
  const parsed = parseSwedishNumber(text);
  return parsed === undefined || (parsed.ok && parsed.decimals <= decimals);
}

describe('swedishNumberPattern (a card input’s regex)', () => {
  /** As the adaptivecards renderer tests an Input.Text's regex: `new RegExp(regex, 'g')`. */
  const tested = (decimals: number) => (text: string) =>
    new RegExp(swedishNumberPattern(decimals), 'g').test(text);
  const kinds = [0, 1, 2, 3, 4];

  it('lets through what the bot reads and stops what it refuses as not a number, named cases', () => {
    const cases: [string, number, boolean][] = [
      ['12,5', 2, true],
      ['12.5', 2, true],
      [' 1\u00a0250,50 ', 2, true],
      ['1\u202f250', 0, true],
      ['12 500 000', 0, true],
      ['-3', 0, true],
      ['\u22124,5', 1, true],
      ['', 2, true],
      ['  ', 2, true],
      ['0.125', 3, true],
      ['1250.500', 3, true],
      ['1 250.500', 3, true],
      ['1,250', 3, true],
      ['12,5', 0, false],
      ['12,555', 2, false],
      ['1.250', 3, false],
      ['00.250', 3, false],
      ['12,5,3', 2, false],
      ['abc', 2, false],
      ['12 %', 2, false],
      ['1 25', 0, false],
      ['+5', 0, false],
      [',5', 1, false],
      ['5,', 1, false],
      ['1e3', 0, false],
      ['12\n5', 0, false],
    ];
    for (const [text, decimals, expected] of cases) {
      expect(readable(text, decimals), `bot: ${text}`).toBe(expected);
      expect(tested(decimals)(text), `regex: ${text}`).toBe(expected);
    }
  });

  const numberLike = fc
    .tuple(
      fc.constantFrom('', '-', '\u2212', '+'),
      fc.array(fc.constantFrom('0', '1', '5', '9', '12', '250', '0000'), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constantFrom('', ' ', '\u00a0', '\u202f', '  '),
      fc.constantFrom('', ',', '.', ',,', '.,'),
      fc.constantFrom('', '5', '25', '250', '2500', '12345', 'a'),
      fc.constantFrom('', ' ', '\t', '\u00a0'),
    )
    .map(
      ([sign, parts, space, separator, fraction, edge]) =>
        `${edge}${sign}${parts.join(space)}${separator}${fraction}${edge}`,
    );
  const anyText = fc.oneof(
    numberLike,
    fc.string({ unit: fc.constantFrom(...'0159 ,.-\u2212\u00a0\u202fa\t+e'), maxLength: 14 }),
    fc.string({ maxLength: 14 }),
  );

  it('accepts exactly what the bot reads, for every count of decimals (property)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...kinds), (text, decimals) => {
        expect(tested(decimals)(text)).toBe(readable(text, decimals));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every stored value as the card shows it', () => {
    fc.assert(
      fc.property(stored, (value) => {
        expect(tested(3)(formatSwedishNumber(value))).toBe(true);
      }),
    );
  });
});
