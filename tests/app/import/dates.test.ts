import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/app/import/closest.js';
import { dateCellOf, parseImportDate } from '../../../src/app/import/dates.js';

/** Real dates from 1900 to 2200 as `YYYY-MM-DD`. */
const isoDates = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('import dates', () => {
  it('reads a date cell, ISO text and d/m/yyyy text as the same day', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        expect(parseImportDate(dateCellOf(iso))).toEqual({ ok: true, value: iso });
        expect(parseImportDate(iso)).toEqual({ ok: true, value: iso });
        expect(parseImportDate(` ${day}/${month}/${year} `)).toEqual({ ok: true, value: iso });
        expect(parseImportDate(`${day}.${month}.${year}`)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads 1/3/2027 day first (Swedish order), and a date cell with a time as its day', () => {
    expect(parseImportDate('1/3/2027')).toEqual({ ok: true, value: '2027-03-01' });
    expect(parseImportDate(new Date('2027-03-01T13:45:00Z'))).toEqual({
      ok: true,
      value: '2027-03-01',
    });
  });

  it('refuses days that do not exist, plain numbers, other text and nothing', () => {
    for (const value of [
      '2027-02-29',
      '31/4/2027',
      '2027-13-01',
      '0/1/2027',
      'i vår',
      '2027',
      '',
      undefined,
      46447,
      true,
    ])
      expect(parseImportDate(value), String(value)).toEqual({ ok: false });
    expect(parseImportDate('29/2/2028')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseImportDate(text);
        if (parsed.ok) expect(parsed.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('closest names', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, a)).toBe(0);
      }),
    );
  });

  const departments = ['Social- och omsorgsförvaltningen', 'Utbildningsförvaltningen', 'Leanlink'];

  it('names the closest existing name for a typo or an abbreviation', () => {
    expect(closestName('Socal- och omsorgsförvaltningen', departments)).toBe(departments[0]);
    expect(closestName('utbildningsforvaltningen', departments)).toBe(departments[1]);
    expect(closestName('Social', departments)).toBe(departments[0]);
    expect(closestName('Leanlnk', departments)).toBe('Leanlink');
    expect(closestName('utbildning', departments)).toBe(departments[1]);
  });

  it('names none when nothing is close', () => {
    expect(closestName('Tekniska förvaltningen', departments)).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});
