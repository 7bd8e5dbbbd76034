import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  date,
  forCreate,
  lookupIds,
  parseVersion,
  versionOf,
  writeDate,
  writeLookups,
} from '../../../src/graph/codec/fields.js';

/** Midnight of `day` in a zone `offsetHours` east of UTC, written in UTC as SharePoint reads it. */
function localMidnight(day: string, offsetHours: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) - offsetHours * 3600_000;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

const days = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('date-only columns', () => {
  it('read back the same day for a site in any time zone from UTC-11 to UTC+11', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -11, max: 11 }), (day, offset) => {
        expect(date({ D: localMidnight(day, offset) }, 'D')).toBe(day);
      }),
    );
  });

  it('write noon UTC, which is that day in every such zone, and read their own writes', () => {
    fc.assert(
      fc.property(days, (day) => {
        const written = writeDate(day)!;
        expect(date({ D: written }, 'D')).toBe(day);
        for (const offset of [-11, 0, 1, 2, 11]) {
          expect(new Date(Date.parse(written) + offset * 3600_000).toISOString().slice(0, 10)).toBe(
            day,
          );
        }
      }),
    );
  });

  it('treats a missing or empty value as absent', () => {
    expect(date({}, 'D')).toBeUndefined();
    expect(date({ D: '' }, 'D')).toBeUndefined();
    expect(writeDate(undefined)).toBeNull();
  });
});

describe('lookups and versions', () => {
  it('reads multi-value lookups in both shapes Graph uses', () => {
    expect(
      lookupIds(
        {
          X: [
            { LookupId: 3, LookupValue: 'a' },
            { LookupId: 5, LookupValue: 'b' },
          ],
        },
        'X',
      ),
    ).toEqual(['3', '5']);
    expect(lookupIds({ XLookupId: [3, '5'] }, 'X')).toEqual(['3', '5']);
    expect(lookupIds({}, 'X')).toEqual([]);
  });

  it('writes multi-value lookups with their type annotation, and leaves empty ones out of a create', () => {
    expect(writeLookups('X', ['3', '5'])).toEqual({
      'XLookupId@odata.type': 'Collection(Edm.Int32)',
      XLookupId: [3, 5],
    });
    expect(forCreate({ A: 'a', B: null, ...writeLookups('X', []) })).toEqual({ A: 'a' });
  });

  it('carries the item id and its ETag in an opaque version', () => {
    const version = versionOf({ id: '17', eTag: '"2c5e-aa,4"' });
    expect(parseVersion(version)).toEqual({ itemId: '17', eTag: '"2c5e-aa,4"' });
    expect(parseVersion('mem-3')).toBeUndefined();
  });
});
