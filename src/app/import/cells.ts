import { dateRangeMessages, isStorableDate } from '../../domain/date-range.js';
import { financingLabelsSv, type Department, type Financing } from '../../domain/model.js';
import { closestName, normalizedName } from './closest.js';
import { headerOf, type CellValue, type ImportColumn } from './columns.js';
import { parseImportDate } from './dates.js';

/** Reading single cells of an import row: texts, lists of names, financing, dates, names. */

/** Short forms of the financing labels, as people write them. */
const financingShortSv: Readonly<Record<Financing, string>> = {
  ownBudget: 'Befintlig budgetram',
  developmentFunds: 'Utvecklingsmedel',
  other: 'Annan finansiering',
};

export function textOf(value: CellValue): string {
  if (value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Several names in one cell: separated by `;` or line breaks. */
export function namesIn(value: CellValue): string[] {
  const names = textOf(value)
    .split(/[;\n\r]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}

export function financingOf(text: string): Financing | undefined {
  const wanted = normalizedName(text);
  const codes = Object.keys(financingLabelsSv) as Financing[];
  return codes.find(
    (code) =>
      normalizedName(financingLabelsSv[code]) === wanted ||
      normalizedName(financingShortSv[code]) === wanted ||
      code.toLowerCase() === wanted,
  );
}

const unknownWords: Readonly<Record<string, string>> = {
  plan: 'Okänd plan',
  area: 'Okänt utvecklingsområde',
  department: 'Okänd förvaltning',
  goal: 'Okänt mål',
  financing: 'Okänd finansiering',
};

export function unknownMessage(
  kind: keyof typeof unknownWords,
  name: string,
  names: readonly string[],
) {
  const closest = closestName(name, names);
  const hint = closest ? ` Menade du "${closest}"?` : ' Välj ett värde från bladet Värden.';
  return `${unknownWords[kind]} "${name}".${hint}`;
}

export function byName<T>(
  items: readonly T[],
  name: (item: T) => string,
  wanted: string,
): T | undefined {
  const target = normalizedName(wanted);
  return items.find((item) => normalizedName(name(item)) === target);
}

/** Why an ended (or merged) department cannot be named, or nothing. */
export function endedDepartment(
  found: Department,
  departments: readonly Department[],
): string | undefined {
  if (!found.endedOn) return undefined;
  const into = departments.find((d) => d.id === found.mergedIntoId);
  return into
    ? `Förvaltningen "${found.name}" är sammanslagen med "${into.name}". Ange "${into.name}".`
    : `Förvaltningen "${found.name}" har upphört.`;
}

/** A department named by one of its former names: its name now. */
export function renamed(name: string, departments: readonly Department[]): string | undefined {
  const target = normalizedName(name);
  const now = departments.find((d) =>
    (d.formerNames ?? []).some((f) => normalizedName(f.name) === target),
  );
  return now ? `Förvaltningen "${name}" heter numera "${now.name}".` : undefined;
}

export function dateIn(
  column: 'start' | 'end',
  value: CellValue,
  problem: (column: ImportColumn, message: string) => void,
): string | undefined {
  const header = headerOf(column);
  if (textOf(value) === '') {
    problem(column, `${header} måste fyllas i.`);
    return undefined;
  }
  const parsed = parseImportDate(value);
  if (!parsed.ok) {
    problem(column, `${header}: ange ett datum, t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år).`);
    return undefined;
  }
  if (!isStorableDate(parsed.value)) {
    problem(column, `${header}: ${dateRangeMessages.sv}`);
    return undefined;
  }
  return parsed.value;
}
