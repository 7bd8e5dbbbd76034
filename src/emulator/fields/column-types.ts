/** How the emulator stores and checks a column; derived from its Graph facet. */
export type ColumnKind =
  | 'text'
  | 'note'
  | 'choice'
  | 'multiChoice'
  | 'dateTime'
  | 'dateOnly'
  | 'number'
  | 'currency'
  | 'boolean'
  | 'lookup'
  | 'multiLookup'
  | 'person'
  | 'multiPerson'
  | 'hyperlink'
  | 'calculated'
  | 'builtin';

export const facetNames = [
  'text',
  'choice',
  'dateTime',
  'number',
  'currency',
  'boolean',
  'lookup',
  'personOrGroup',
  'hyperlinkOrPicture',
  'calculated',
] as const;

export type FacetName = (typeof facetNames)[number];

/** A Graph columnDefinition as the emulator keeps it (the facet plus a few extras). */
export type ColumnDefinition = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  columnGroup: string;
  enforceUniqueValues: boolean;
  hidden: boolean;
  indexed: boolean;
  readOnly: boolean;
  required: boolean;
  facetName: FacetName | null;
  facet: Record<string, unknown>;
  /** A built-in column (id, Created, Author, …): read-only, computed from the item row. */
  builtin?: boolean;
  /** SharePoint JSON column formatting (SharePoint REST `CustomFormatter`). */
  customFormatter?: string;
  defaultValue?: unknown;
};

export function columnKind(column: ColumnDefinition): ColumnKind {
  if (column.builtin) return 'builtin';
  const f = column.facet;
  switch (column.facetName) {
    case 'text':
      return f.allowMultipleLines === true ? 'note' : 'text';
    case 'choice':
      return f.displayAs === 'checkBoxes' ? 'multiChoice' : 'choice';
    case 'dateTime':
      return f.format === 'dateOnly' ? 'dateOnly' : 'dateTime';
    case 'number':
      return 'number';
    case 'currency':
      return 'currency';
    case 'boolean':
      return 'boolean';
    case 'lookup':
      return f.allowMultipleValues === true ? 'multiLookup' : 'lookup';
    case 'personOrGroup':
      return f.allowMultipleSelection === true ? 'multiPerson' : 'person';
    case 'hyperlinkOrPicture':
      return 'hyperlink';
    case 'calculated':
      return 'calculated';
    case null:
      return 'builtin';
  }
}

export function isLookupKind(kind: ColumnKind): boolean {
  return kind === 'lookup' || kind === 'multiLookup' || kind === 'person' || kind === 'multiPerson';
}

/** The Graph JSON of a column (hyperlink columns come back without a type facet). */
export function columnJson(column: ColumnDefinition): Record<string, unknown> {
  const body: Record<string, unknown> = {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
  };
  if (column.defaultValue !== undefined) body.defaultValue = { value: column.defaultValue };
  if (column.facetName && column.facetName !== 'hyperlinkOrPicture') {
    body[column.facetName] = column.facet;
  }
  return body;
}
