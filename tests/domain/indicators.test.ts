import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMeasured } from '../../src/domain/answer-values.js';
import { sameMeasured } from '../../src/domain/measured.js';
import { validateIndicators } from '../../src/domain/indicator-definitions.js';
import { meetsTarget, numberText, readNumber } from '../../src/domain/indicators.js';
import type { Indicator } from '../../src/domain/model.js';
import { formatSwedishNumber } from '../../src/domain/numbers.js';

const label = { sv: 'Värdet', en: 'The value' };
const read = (kind: Parameters<typeof readNumber>[0], text: string) =>
  readNumber(kind, text, label);

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'i1',
  name: 'Andel utbildad personal',
  unit: 'percent',
  better: 'higher',
  ...over,
});

describe('readNumber', () => {
  it('takes any percentage 0–100 with two decimals as typed, and refuses the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 15000 }), (hundredths) => {
        const value = hundredths / 100;
        const result = read('percent', formatSwedishNumber(value));
        expect(result?.ok).toBe(value >= 0 && value <= 100);
        if (result?.ok) expect(result.value).toBe(value);
      }),
    );
    expect(read('percent', '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(read('percent', '100,5')).toMatchObject({
      ok: false,
      message: 'Värdet ska vara mellan 0 och 100 procent.',
    });
    expect(read('percent', '12,345')).toMatchObject({
      message: 'Värdet får ha högst 2 decimaler.',
    });
  });

  it('takes whole counts only, never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(read('count', formatSwedishNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
    expect(read('count', '2,5')).toMatchObject({ message: 'Värdet ska vara ett heltal.' });
    expect(read('count', '-1')).toMatchObject({ message: 'Värdet kan inte vara negativt.' });
  });

  it('takes kronor with öre and tkr with whole kronor', () => {
    expect(read('kronor', '1 250 000,50')).toEqual({ ok: true, value: 1250000.5 });
    expect(read('tkr', '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(read('tkr', '0,001')).toEqual({ ok: true, value: 0.001 });
    expect(read('tkr', '0,0001')).toMatchObject({ ok: false });
  });

  it('takes ja/nej and 1/0 for yes/no, nothing else', () => {
    expect(read('yesNo', 'Ja')).toEqual({ ok: true, value: 1 });
    expect(read('yesNo', 'nej')).toEqual({ ok: true, value: 0 });
    expect(read('yesNo', '1')).toEqual({ ok: true, value: 1 });
    expect(read('yesNo', '2')).toMatchObject({ ok: false, message: 'Värdet: välj ja eller nej.' });
  });

  it('says how to write a number, in Swedish and English', () => {
    expect(read('count', '12 st')).toEqual({
      ok: false,
      message: 'Värdet: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
      messageEn: 'The value: enter a number, e.g. 12,5, without a unit or letters.',
    });
    expect(read('kronor', '1.250')).toMatchObject({
      message: 'Värdet: skriv decimaler med komma (12,5) och tusental med mellanslag (1 250).',
    });
    expect(read('count', '  ')).toBeUndefined();
  });

  it('shows stored values as they are typed back', () => {
    expect(numberText('percent', 12.5)).toBe('12,5');
    expect(numberText('yesNo', 0)).toBe('nej');
    expect(numberText('count', undefined)).toBe('');
  });
});

describe('meetsTarget', () => {
  it('follows the direction of the indicator', () => {
    expect(meetsTarget(indicator({ target: 80 }), 85)).toBe(true);
    expect(meetsTarget(indicator({ target: 80, better: 'lower' }), 85)).toBe(false);
    expect(meetsTarget(indicator(), 85)).toBeUndefined();
  });
});

describe('validateIndicators', () => {
  it('lets a complete indicator in', () => {
    const good = indicator({ baseline: 40, baselineYear: 2022, target: 80, targetYear: 2026 });
    expect(validateIndicators([good])).toEqual([]);
  });

  it('refuses values out of the unit, missing years, reversed years and personal data', () => {
    const errors = validateIndicators([
      indicator({ baseline: 120, baselineYear: 2022, target: 80 }),
      indicator({
        id: 'i2',
        name: 'Anna 19121212-1212',
        unit: 'count',
        targetYear: 2020,
        baselineYear: 2024,
        baseline: 1,
      }),
    ]);
    expect(Object.fromEntries(errors.map((e) => [e.field, e.message]))).toMatchObject({
      'indicators.0.baseline': 'Utgångsvärdet ska vara mellan 0 och 100 procent.',
      'indicators.0.targetYear': 'Målvärdets år saknas.',
      'indicators.1.target': 'Målvärdet saknas (året är ifyllt).',
      'indicators.1.targetYear': 'Målvärdets år kan inte ligga före utgångsvärdets år.',
    });
    expect(errors.find((e) => e.field === 'indicators.1.name')?.reason).toBe('personalData');
  });

  it('refuses more than five indicators and a repeated id', () => {
    const many = Array.from({ length: 6 }, (_, i) => indicator({ id: `i${i % 5}` }));
    const fields = validateIndicators(many).map((e) => e.field);
    expect(fields).toEqual(['indicators', 'indicators.5.id']);
  });
});

describe('readMeasured', () => {
  const activity = {
    indicators: [indicator(), indicator({ id: 'i2', unit: 'yesNo' })],
    allocatedTkr: 100,
  };

  it('replaces named values, keeps the others of the round, clears an emptied one', () => {
    const stored = { indicatorValues: { i1: 10, i2: 1 }, fundsUsedTkr: 5 };
    const result = readMeasured(activity, { indicatorValues: { i1: '12,5' } }, stored);
    expect(result).toEqual({
      ok: true,
      value: { indicatorValues: { i1: 12.5, i2: 1 }, fundsUsedTkr: 5 },
    });
    const cleared = readMeasured(activity, { indicatorValues: { i2: '' }, fundsUsed: '' }, stored);
    expect(cleared).toEqual({ ok: true, value: { indicatorValues: { i1: 10 } } });
  });

  it('refuses bad values, unknown indicators and funds without an allocation, field by field', () => {
    const result = readMeasured(
      { indicators: activity.indicators },
      { indicatorValues: { i1: '120', i2: 'kanske', gone: '3' }, fundsUsed: '10' },
      undefined,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'indicator.i1',
      'indicator.i2',
      'indicator.gone',
      'fundsUsed',
    ]);
  });

  it('compares values whatever their order', () => {
    expect(
      sameMeasured({ indicatorValues: { a: 1, b: 2 } }, { indicatorValues: { b: 2, a: 1 } }),
    ).toBe(true);
    expect(sameMeasured({ fundsUsedTkr: 1 }, {})).toBe(false);
  });
});
