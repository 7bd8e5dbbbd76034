import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRangeMessages, isStorableDate } from '../../src/domain/date-range.js';
import { ActivitySchema, IsoDateSchema } from '../../src/domain/model.js';
import { validateDate } from '../../src/domain/validation.js';

const isoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
/** Existing dates (day ≤ 28) in a range of years. */
const dateIn = (minYear: number, maxYear: number) =>
  fc
    .tuple(
      fc.integer({ min: minYear, max: maxYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => isoDay(y, m, d));

describe('the storable date range (SharePoint: 1900-01-01 – 8900-12-31)', () => {
  it('lets in every date within the range, edges included', () => {
    fc.assert(
      fc.property(dateIn(1900, 8900), (date) => {
        expect(isStorableDate(date)).toBe(true);
        expect(validateDate('start', date)).toBeUndefined();
        expect(IsoDateSchema.safeParse(date).success).toBe(true);
      }),
    );
    for (const edge of ['1900-01-01', '8900-12-31']) expect(isStorableDate(edge)).toBe(true);
  });

  it('refuses every date outside it with the field message', () => {
    fc.assert(
      fc.property(fc.oneof(dateIn(1, 1899), dateIn(8901, 9999)), (date) => {
        expect(validateDate('start', date)).toMatchObject({
          field: 'start',
          reason: 'dateOutOfRange',
          message: dateRangeMessages.sv,
        });
        const parsed = IsoDateSchema.safeParse(date);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.message).toBe(dateRangeMessages.sv);
      }),
    );
    for (const edge of ['1899-12-31', '8901-01-01', '0001-01-01']) {
      expect(isStorableDate(edge)).toBe(false);
    }
    expect(dateRangeMessages.sv).toBe('Ange ett datum mellan 1900-01-01 och 8900-12-31.');
  });

  it('is part of the model: an activity starting 0001-01-01 does not parse', () => {
    const activity = {
      id: 'A1',
      planId: 'p',
      areaId: 'a',
      title: 'T',
      responsibleDepartmentId: 'd',
      coResponsibleDepartmentIds: [],
      start: '0001-01-01',
      end: '2026-12-31',
      financing: 'ownBudget',
    };
    const parsed = ActivitySchema.safeParse(activity);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['start', dateRangeMessages.sv],
    ]);
    expect(ActivitySchema.safeParse({ ...activity, start: '2026-01-01' }).success).toBe(true);
  });
});
