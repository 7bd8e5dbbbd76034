import type { ColumnSpec, ListSpec, SiteSchema } from './schema.js';

/** SharePoint allows at most 20 indexed columns per list. */
export const maxIndexesPerList = 20;

/** Columns every generic list has; a manifest column may not reuse these names. */
const builtInColumns = [
  'Title',
  'ID',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'Attachments',
  'ContentType',
  'LinkTitle',
  'LinkTitleNoMenu',
  'Edit',
] as const;

/** Columns a view may show besides the manifest's own. */
const viewBuiltIns = new Set<string>(builtInColumns);

export function isIndexed(column: ColumnSpec): boolean {
  return column.indexed || column.unique;
}

function isMultiValued(column: ColumnSpec): boolean {
  return column.type === 'lookup' && column.multiple;
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) twice.add(name);
    seen.add(key);
  }
  return [...twice];
}

function columnProblems(list: ListSpec, column: ColumnSpec, listNames: Set<string>): string[] {
  const where = `${list.name}.${column.name}`;
  const problems: string[] = [];
  if ((column.type === 'note' || isMultiValued(column)) && isIndexed(column)) {
    problems.push(
      `${where}: kolumner av typen ${column.type} (flera rader eller flera värden) kan inte indexeras.`,
    );
  }
  if (
    column.unique &&
    (column.type === 'boolean' || column.type === 'note' || isMultiValued(column))
  ) {
    problems.push(`${where}: en kolumn av typen ${column.type} kan inte ha unika värden.`);
  }
  if (column.type === 'lookup' && !listNames.has(column.list)) {
    problems.push(
      `${where}: uppslaget pekar på en lista som inte finns i schemat (${column.list}).`,
    );
  }
  if (column.type === 'choice') {
    for (const value of duplicates(column.choices.map((c) => c.value))) {
      problems.push(`${where}: valet ${value} förekommer två gånger.`);
    }
    for (const label of duplicates(column.choices.map((c) => c.label))) {
      problems.push(`${where}: etiketten ${label} förekommer två gånger.`);
    }
  }
  if (column.type === 'number' && column.min !== undefined && column.max !== undefined) {
    if (column.min > column.max) problems.push(`${where}: min är större än max.`);
  }
  return problems;
}

function viewProblems(list: ListSpec): string[] {
  const known = new Set([...list.columns.map((c) => c.name), ...viewBuiltIns]);
  const problems: string[] = [];
  for (const title of duplicates(list.views.map((v) => v.title))) {
    problems.push(`${list.name}: vyn ${title} finns två gånger.`);
  }
  for (const view of list.views) {
    const referenced = [
      ...view.fields,
      ...[...view.query.matchAll(/FieldRef Name="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ];
    for (const field of referenced) {
      if (!known.has(field))
        problems.push(
          `${list.name}: vyn ${view.title} använder kolumnen ${field}, som inte finns.`,
        );
    }
  }
  return problems;
}

function listProblems(list: ListSpec, listNames: Set<string>): string[] {
  const problems: string[] = [];
  const names = [...builtInColumns, ...list.columns.map((c) => c.name)];
  for (const name of duplicates(names)) {
    problems.push(
      `${list.name}: kolumnen ${name} finns två gånger (eller krockar med en inbyggd kolumn).`,
    );
  }
  const indexes = list.columns.filter(isIndexed).length;
  if (indexes > maxIndexesPerList) {
    problems.push(
      `${list.name}: ${indexes} indexerade kolumner; SharePoint tillåter högst ${maxIndexesPerList} per lista.`,
    );
  }
  for (const column of list.columns) problems.push(...columnProblems(list, column, listNames));
  problems.push(...viewProblems(list));
  for (const format of list.formatting) {
    if (!list.columns.some((c) => c.name === format.column)) {
      problems.push(
        `${list.name}: formateringen gäller kolumnen ${format.column}, som inte finns.`,
      );
    }
  }
  return problems;
}

/** Every rule of the site schema zod cannot check field by field; empty when the schema is sound. */
export function siteSchemaProblems(schema: SiteSchema): string[] {
  const listNames = new Set(schema.lists.map((l) => l.name));
  const problems: string[] = [];
  for (const name of duplicates(schema.lists.map((l) => l.name))) {
    problems.push(`Listan ${name} finns två gånger.`);
  }
  for (const name of duplicates(schema.lists.map((l) => l.displayName))) {
    problems.push(`Visningsnamnet ${name} används av två listor.`);
  }
  for (const list of schema.lists) problems.push(...listProblems(list, listNames));
  return problems;
}
