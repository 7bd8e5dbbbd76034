import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../src/domain/model.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { bidiControls, findTextProblem } from '../../src/domain/text-safety.js';
import { textFieldRules, validateText, type TextField } from '../../src/domain/validation.js';

const fields = Object.keys(textFieldRules) as TextField[];
/** Well-formed text from the whole of Unicode (surrogate pairs included, never a lone half). */
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const wellFormed = anyText.map((t) => t.replace(/\p{Bidi_Control}/gu, ''));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Somewhere a lone half cannot pair up: between two letters. */
const withLoneHalf = fc
  .tuple(wellFormed, loneSurrogate, wellFormed)
  .map(([a, s, b]) => `${a}x${s}x${b}`);
const withBidi = fc
  .tuple(wellFormed, fc.constantFrom(...bidiControls), wellFormed)
  .map(([a, c, b]) => `${a}${c}${b}`);

describe('findTextProblem', () => {
  it('lets in any well-formed text without bidi controls: Swedish, emoji, Arabic, CJK', () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        expect(findTextProblem(text)).toBeUndefined();
      }),
    );
    for (const text of ['Åsa Öberg 🙂👍🏽', 'مرحبا بالعالم', '中文', 'e\u0301', '👨‍👩‍👧']) {
      expect(findTextProblem(text), text).toBeUndefined();
    }
  });

  it('refuses any lone surrogate, wherever it is', () => {
    fc.assert(
      fc.property(withLoneHalf, (text) => {
        expect(findTextProblem(text)).toBe('malformed');
      }),
    );
    expect(findTextProblem('\uD83D')).toBe('malformed');
    expect(findTextProblem('\uDE00 slut')).toBe('malformed');
  });

  it('refuses every bidirectional control Unicode lists (Bidi_Control)', () => {
    expect([...bidiControls].map((c) => c.codePointAt(0)!.toString(16))).toEqual([
      '61c',
      '200e',
      '200f',
      '202a',
      '202b',
      '202c',
      '202d',
      '202e',
      '2066',
      '2067',
      '2068',
      '2069',
    ]);
    fc.assert(
      fc.property(withBidi, (text) => {
        expect(findTextProblem(text)).toBe('bidiControl');
      }),
    );
    expect(findTextProblem('abc\u202Efdp.exe')).toBe('bidiControl');
  });
});

describe('validateText with malformed text and bidi controls', () => {
  it('refuses them in every free-text field with a field message', () => {
    const input = fc.record({
      field: fc.constantFrom(...fields),
      text: fc.oneof(withLoneHalf, withBidi),
    });
    fc.assert(
      fc.property(input, ({ field, text }) => {
        const error = validateText(field, text);
        expect(error?.field).toBe(field);
        expect(['malformedText', 'bidiControl']).toContain(error?.reason);
        expect(error?.message).toContain(textFieldRules[field].label.sv);
      }),
    );
    expect(validateText('comment', 'Klart \u202Eåt\u202C nu')).toMatchObject({
      reason: 'bidiControl',
      message:
        'Kommentar innehåller osynliga tecken som ändrar skrivriktningen. Ta bort dem och försök igen.',
    });
    expect(validateText('title', 'Halv \uD83D emoji')).toMatchObject({
      reason: 'malformedText',
      message:
        'Titel innehåller ett trasigt tecken (t.ex. en halv emoji). Skriv om texten och försök igen.',
    });
  });

  it('still accepts emoji and right-to-left scripts written plainly', () => {
    expect(validateText('comment', 'Bra 👍🏽 möte med شكرا')).toBeUndefined();
  });
});

describe('the plan import (PlanDataSchema)', () => {
  it('refuses a plan whose texts carry bidi controls or lone surrogates, naming where', () => {
    const [first, ...rest] = seedPlan.activities;
    const bad = {
      ...seedPlan,
      activities: [{ ...first!, title: `${first!.title}\u202E` }, ...rest],
    };
    const parsed = PlanDataSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['activities.0.title']);
    const broken = { ...seedPlan, plan: { ...seedPlan.plan, description: 'x\uDC00' } };
    expect(PlanDataSchema.safeParse(broken).error?.issues[0]?.path).toEqual([
      'plan',
      'description',
    ]);
    expect(PlanDataSchema.safeParse(seedPlan).success).toBe(true);
  });
});
