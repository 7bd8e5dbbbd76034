import { describe, expect, it } from 'vitest';
import {
  removedIndicatorErrors,
  validateIndicators,
} from '../../src/domain/indicator-definitions.js';
import { indicatorInRound, withRoundIndicators } from '../../src/domain/indicator-end.js';
import type { Indicator } from '../../src/domain/model.js';

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'andel',
  name: 'Andel utbildad personal',
  unit: 'percent',
  better: 'higher',
  ...over,
});

describe('indicatorInRound', () => {
  const ended = indicator({ endedOn: '2027-01-31' });

  it('keeps an indicator in rounds that open on or before its end, and one never ended', () => {
    expect(indicatorInRound(ended, { opensOn: '2027-01-31' })).toBe(true);
    expect(indicatorInRound(ended, { opensOn: '2026-08-01' })).toBe(true);
    expect(indicatorInRound(indicator(), { opensOn: '2099-01-01' })).toBe(true);
  });

  it('leaves it out of rounds that open after its end, unless the round holds a value for it', () => {
    expect(indicatorInRound(ended, { opensOn: '2027-02-01' })).toBe(false);
    expect(indicatorInRound(ended, { opensOn: '2027-02-01' }, { andel: 40 })).toBe(true);
    expect(indicatorInRound(ended, { opensOn: '2027-02-01' }, { other: 1 })).toBe(false);
  });

  it('gives the activity with only the round’s indicators, the same object when nothing ended', () => {
    const activity = { id: 'A1', indicators: [ended, indicator({ id: 'rutin' })] };
    expect(withRoundIndicators(activity, { opensOn: '2027-02-08' }).indicators).toEqual([
      indicator({ id: 'rutin' }),
    ]);
    expect(withRoundIndicators(activity, { opensOn: '2027-01-08' })).toBe(activity);
  });
});

describe('ending an indicator (validation)', () => {
  it('lets in an end with a date, with or without a reason', () => {
    expect(validateIndicators([indicator({ endedOn: '2027-01-31' })])).toEqual([]);
    expect(
      validateIndicators([indicator({ endedOn: '2027-01-31', endReason: 'Mäts inte längre.' })]),
    ).toEqual([]);
  });

  it('refuses a reason without a date, a date SharePoint cannot store, and personal data', () => {
    const fields = (i: Indicator) =>
      Object.fromEntries(validateIndicators([i]).map((e) => [e.field, e.message]));
    expect(fields(indicator({ endReason: 'Mäts inte längre.' }))).toEqual({
      'indicators.0.endedOn': 'Ange datumet då indikatorn avslutas (anledningen är ifylld).',
    });
    expect(Object.keys(fields(indicator({ endedOn: '1800-01-01' })))).toEqual([
      'indicators.0.endedOn',
    ]);
    const personal = validateIndicators([
      indicator({ endedOn: '2027-01-31', endReason: 'Beslut av 19121212-1212' }),
    ]);
    expect(personal.map((e) => [e.field, e.reason])).toEqual([
      ['indicators.0.endReason', 'personalData'],
    ]);
  });

  it('refuses leaving out a saved indicator, naming it, and lets an unchanged or added set in', () => {
    const saved = [indicator(), indicator({ id: 'rutin', name: 'Rutin antagen' })];
    expect(removedIndicatorErrors(saved, [saved[0]!])).toEqual([
      expect.objectContaining({
        field: 'indicators',
        message:
          'En sparad indikator tas inte bort (dess värden finns i svaren): avsluta ”Rutin antagen” med ett datum i stället.',
      }),
    ]);
    expect(removedIndicatorErrors(saved, [...saved, indicator({ id: 'ny' })])).toEqual([]);
  });
});
