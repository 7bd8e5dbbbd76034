import type { CellValue } from './columns.js';

/**
 * Dates in the forms an import workbook gives them: a date cell (exceljs hands it as a Date at
 * UTC midnight, whatever the time zone), ISO text `2027-03-01`, and day-first text `1/3/2027`
 * (d/m/yyyy, the Swedish order; `1.3.2027` and `1-3-2027` too). The day must exist; a time after
 * the date (a date cell with a time) is dropped. Plain numbers are refused: a year or an amount
 * typed in the wrong column must not become a date. Whether SharePoint can store the date is the
 * caller's check (date-range.ts), with its own message.
 */

export type ParsedDate = { readonly ok: true; readonly value: string } | { readonly ok: false };

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function parseImportDate(value: CellValue): ParsedDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false };
    const parts = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()] as const;
    return checked(...parts);
  }
  if (typeof value !== 'string') return { ok: false };
  const text = value.trim();
  const isoMatch = iso.exec(text);
  if (isoMatch) return checked(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dayMatch = dayFirst.exec(text);
  if (dayMatch) return checked(Number(dayMatch[3]), Number(dayMatch[2]), Number(dayMatch[1]));
  return { ok: false };
}

function checked(year: number, month: number, day: number): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) return { ok: false };
  return { ok: true, value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A `YYYY-MM-DD` date as a date cell's value (UTC midnight), for the template. */
export function dateCellOf(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
