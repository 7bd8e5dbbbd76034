import { invalidRequest } from '../http/errors.js';
import { newGuid } from '../ids.js';
import { facetNames, type ColumnDefinition, type FacetName } from './column-types.js';

const commonKeys = new Set([
  'name',
  'displayName',
  'description',
  'columnGroup',
  'enforceUniqueValues',
  'hidden',
  'indexed',
  'readOnly',
  'required',
  'defaultValue',
  'validation',
]);

/** SharePoint internal names: ASCII, start with a letter, at most 32 characters. */
const namePattern = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

export type LookupResolver = (listId: string) => { columnNames: readonly string[] } | undefined;

/** Checks a columnDefinition sent to `POST …/lists` or `POST …/columns`; throws 400s. */
export function parseColumnInput(input: unknown, resolveList: LookupResolver): ColumnDefinition {
  if (!isObject(input)) throw invalidRequest('Invalid request');
  const facets = Object.keys(input).filter((k) => (facetNames as readonly string[]).includes(k));
  for (const key of Object.keys(input)) {
    if (!commonKeys.has(key) && !facets.includes(key) && !key.includes('@odata.')) {
      throw invalidRequest('Invalid request');
    }
  }
  const name = input.name;
  if (typeof name !== 'string' || !namePattern.test(name)) {
    throw invalidRequest(`Invalid column name '${String(name)}'.`);
  }
  if (facets.length !== 1) throw invalidRequest('Invalid request');
  const facetName = facets[0] as FacetName;
  const facetInput = input[facetName];
  if (!isObject(facetInput)) throw invalidRequest('Invalid request');
  const column: ColumnDefinition = {
    id: newGuid(),
    name,
    displayName: str(input.displayName, name),
    description: str(input.description, ''),
    columnGroup: str(input.columnGroup, 'Custom Columns'),
    enforceUniqueValues: bool(input.enforceUniqueValues),
    hidden: bool(input.hidden),
    indexed: bool(input.indexed),
    readOnly: bool(input.readOnly),
    required: bool(input.required),
    facetName,
    facet: normalizeFacet(facetName, facetInput, resolveList),
  };
  if (isObject(input.defaultValue) && 'value' in input.defaultValue) {
    column.defaultValue = input.defaultValue.value;
  }
  if (facetName === 'calculated') column.readOnly = true;
  if (column.enforceUniqueValues && !column.indexed) {
    throw invalidRequest(
      `Column '${name}' cannot enforce unique values unless it is indexed: send "indexed": true.`,
    );
  }
  const kind =
    facetName === 'text' && column.facet.allowMultipleLines === true ? 'note' : facetName;
  if ((column.indexed || column.enforceUniqueValues) && unindexable.has(kind)) {
    throw invalidRequest(`Column '${name}' of this type cannot be indexed.`);
  }
  return column;
}

const unindexable = new Set(['note', 'hyperlinkOrPicture', 'calculated']);

function normalizeFacet(
  name: FacetName,
  input: Record<string, unknown>,
  resolveList: LookupResolver,
): Record<string, unknown> {
  switch (name) {
    case 'text':
      return textFacet(input);
    case 'choice': {
      const choices = input.choices ?? [];
      if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) {
        throw invalidRequest('Invalid request');
      }
      const displayAs = str(input.displayAs, 'dropDownMenu');
      if (!['checkBoxes', 'dropDownMenu', 'radioButtons'].includes(displayAs)) {
        throw invalidRequest('Invalid request');
      }
      return { allowTextEntry: bool(input.allowTextEntry), choices, displayAs };
    }
    case 'dateTime': {
      const format = str(input.format, 'dateTime');
      if (format !== 'dateTime' && format !== 'dateOnly') throw invalidRequest('Invalid request');
      return { displayAs: str(input.displayAs, 'default'), format };
    }
    case 'number':
      return numberFacet(input);
    case 'currency':
      return { locale: str(input.locale, 'en-us') };
    case 'boolean':
      return {};
    case 'lookup':
      return lookupFacet(input, resolveList);
    case 'personOrGroup':
      return {
        allowMultipleSelection: bool(input.allowMultipleSelection),
        chooseFromType: str(input.chooseFromType, 'peopleOnly'),
        displayAs: str(input.displayAs, 'account'),
      };
    case 'hyperlinkOrPicture':
      return { isPicture: bool(input.isPicture) };
    case 'calculated':
      if (typeof input.formula !== 'string' || !input.formula.startsWith('=')) {
        throw invalidRequest('Invalid request');
      }
      return {
        format: str(input.format, 'dateTime'),
        formula: input.formula,
        outputType: str(input.outputType, 'text'),
      };
  }
}

function textFacet(input: Record<string, unknown>): Record<string, unknown> {
  const multi = bool(input.allowMultipleLines);
  const maxLength = input.maxLength ?? (multi ? 63999 : 255);
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw invalidRequest('Invalid request');
  }
  if (!multi && maxLength > 255) {
    throw invalidRequest('The maximum length of a single line of text column is 255.');
  }
  return {
    allowMultipleLines: multi,
    appendChangesToExistingText: bool(input.appendChangesToExistingText),
    linesForEditing:
      typeof input.linesForEditing === 'number' ? input.linesForEditing : multi ? 6 : 0,
    maxLength,
    ...(multi ? { textType: str(input.textType, 'plain') } : {}),
  };
}

function numberFacet(input: Record<string, unknown>): Record<string, unknown> {
  const minimum = input.minimum ?? -Number.MAX_VALUE;
  const maximum = input.maximum ?? Number.MAX_VALUE;
  if (typeof minimum !== 'number' || typeof maximum !== 'number' || minimum > maximum) {
    throw invalidRequest('Invalid request');
  }
  return {
    decimalPlaces: str(input.decimalPlaces, 'automatic'),
    displayAs: str(input.displayAs, 'number'),
    maximum,
    minimum,
  };
}

function lookupFacet(
  input: Record<string, unknown>,
  resolveList: LookupResolver,
): Record<string, unknown> {
  const listId = input.listId;
  const target = typeof listId === 'string' ? resolveList(listId) : undefined;
  if (typeof listId !== 'string' || !target) {
    throw invalidRequest(`The lookup list '${String(listId)}' does not exist.`);
  }
  const columnName = str(input.columnName, 'Title');
  if (!target.columnNames.some((n) => n.toLowerCase() === columnName.toLowerCase())) {
    throw invalidRequest(`Column '${columnName}' does not exist in the lookup list.`);
  }
  return {
    allowMultipleValues: bool(input.allowMultipleValues),
    allowUnlimitedLength: bool(input.allowUnlimitedLength),
    columnName,
    listId,
    ...(typeof input.primaryLookupColumnId === 'string'
      ? { primaryLookupColumnId: input.primaryLookupColumnId }
      : {}),
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function bool(value: unknown): boolean {
  return value === true;
}
