import { describe, expect, it } from 'vitest';
import { precheck } from '../../../src/server/import/precheck.js';
import { workbookOf } from './workbooks.js';

/** The checks before exceljs reads a file, each from both sides, with small limits. */

const roomy = { maxUnzippedBytes: 100 * 1024 * 1024, maxRows: 5000 };
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Plan`, 'Område', `Rad ${i}`]);

describe('the workbook precheck', () => {
  it('counts the rows with values under the header of the activities sheet', async () => {
    const three = await workbookOf(rows(3), (sheet, workbook) => {
      sheet.addRow([]);
      workbook.addWorksheet('Värden').addRows(rows(10));
    });
    expect(precheck(three, { ...roomy, maxRows: 3 })).toBeUndefined();
    expect(precheck(three, { ...roomy, maxRows: 2 })).toBe(
      'Filen har 3 rader med aktiviteter; högst 2 kan importeras åt gången. Dela upp den i flera filer.',
    );
  });

  it('finds the activities sheet by name, wherever it is in the workbook', async () => {
    const file = await workbookOf(rows(3), (_sheet, workbook) => {
      workbook.getWorksheet('Aktiviteter')!.name = 'Blad1';
      workbook.addWorksheet('Aktiviteter').addRows(rows(1));
    });
    expect(precheck(file, { ...roomy, maxRows: 1 })).toBeUndefined();
  });

  it('refuses a file that unpacks to more than the limit, and lets a smaller one in', async () => {
    const file = await workbookOf(rows(3));
    expect(precheck(file, roomy)).toBeUndefined();
    expect(precheck(file, { ...roomy, maxUnzippedBytes: 1000 })).toMatch(
      /^Arbetsboken blir för stor uppackad \(över .* MB\)\. Dela upp den i flera filer\.$/,
    );
  });
});
