import { GraphFailure, invalidRequest } from '../http/errors.js';
import { isObject } from './column-input.js';
import {
  columnKind,
  isLookupKind,
  type ColumnDefinition,
  type ColumnKind,
} from './column-types.js';
import { dateOnlyValue, parseIsoDate, toIsoSeconds } from './dates.js';

export type WriteContext = {
  readonly timeZone: string;
  /** Whether a lookup id exists in the site's User Information List. */
  readonly userExists: (lookupId: number) => boolean;
};

/** Storage values keyed by column name; `null` clears a value. */
export type FieldChanges = Record<string, unknown>;

/**
 * Checks a fieldValueSet written by POST items / PATCH fields against the list's
 * columns and returns the values to store. Throws Graph's 400s.
 */
export function parseFieldWrites(
  columns: readonly ColumnDefinition[],
  input: unknown,
  context: WriteContext,
): FieldChanges {
  if (!isObject(input)) throw invalidRequest('Invalid request');
  const byName = new Map(columns.map((c) => [c.name, c]));
  const changes: FieldChanges = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('@') || key.endsWith('@odata.type')) continue;
    const lookupName = key.endsWith('LookupId') ? key.slice(0, -'LookupId'.length) : undefined;
    const lookupColumn = lookupName === undefined ? undefined : byName.get(lookupName);
    const column =
      lookupColumn && isLookupKind(columnKind(lookupColumn)) ? lookupColumn : byName.get(key);
    if (!column) throw invalidRequest(`Field '${key}' is not recognized`);
    const kind = columnKind(column);
    if (isLookupKind(kind) && column !== lookupColumn) {
      throw invalidRequest(`Field '${key}' is a lookup: write '${key}LookupId' instead.`);
    }
    if (column.readOnly || kind === 'builtin' || kind === 'calculated') {
      throw invalidRequest(`Field '${key}' is read-only`);
    }
    const annotation = input[`${key}@odata.type`];
    changes[column.name] =
      value === null ? null : convert(column, kind, value, annotation, context);
  }
  return changes;
}

function convert(
  column: ColumnDefinition,
  kind: ColumnKind,
  value: unknown,
  annotation: unknown,
  context: WriteContext,
): unknown {
  const wrong = (expected: string) =>
    invalidRequest(`The value of field '${column.name}' is not valid: expected ${expected}.`);
  switch (kind) {
    case 'text':
    case 'note':
    case 'choice': {
      if (typeof value !== 'string') throw wrong('a string');
      const max = typeof column.facet.maxLength === 'number' ? column.facet.maxLength : 255;
      if (kind !== 'choice' && value.length > max) {
        throw invalidRequest(
          `The value of field '${column.name}' exceeds its maximum length ${max}.`,
        );
      }
      return value === '' ? null : value;
    }
    case 'multiChoice':
      return collection(column, value, annotation, ['Collection(Edm.String)'], (v) => {
        if (typeof v !== 'string') throw wrong('an array of strings');
        return v;
      });
    case 'dateTime': {
      const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (!date) throw wrong('an ISO 8601 date and time');
      const stored = toIsoSeconds(date);
      if (!withinSharePointRange(stored)) throw dateOutOfRange();
      return stored;
    }
    case 'dateOnly': {
      const day = typeof value === 'string' ? dateOnlyValue(value, context.timeZone) : undefined;
      if (!day) throw wrong('an ISO 8601 date');
      if (!withinSharePointRange(String(value).trim().slice(0, 10))) throw dateOutOfRange();
      return day;
    }
    case 'number':
    case 'currency':
      return number(column, value, wrong);
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value;
    case 'lookup':
    case 'person': {
      const id = lookupId(value, wrong);
      if (kind === 'person' && !context.userExists(id)) throw unknownUser();
      return id;
    }
    case 'multiLookup':
    case 'multiPerson': {
      const types = ['Collection(Edm.Int32)', 'Collection(Edm.String)'];
      const ids = collection(column, value, annotation, types, (v) => lookupId(v, wrong));
      if (kind === 'multiPerson' && ids.some((id) => !context.userExists(id))) throw unknownUser();
      return ids;
    }
    case 'hyperlink':
      throw invalidRequest(
        `Field '${column.name}' is a hyperlink or picture column, which cannot be written through Microsoft Graph.`,
      );
    case 'calculated':
    case 'builtin':
      throw invalidRequest(`Field '${column.name}' is read-only`);
  }
}

/**
 * SharePoint stores a date and time column's value only from 1900-01-01 to 8900-12-31; outside it
 * SharePoint's field validation says "You must specify a valid date within the range of 1/1/1900
 * and 12/31/8900." (the message SharePoint Online returns, e.g. per field from
 * ValidateUpdateListItem, and its list forms show). Through Graph the refusal is a 400
 * `invalidRequest` carrying that message: Graph's mapping of a field validation failure, as for
 * other values that cannot be stored (graph-spec, "Wrong value type"). The status is inference;
 * the range and the message are SharePoint's. A dateOnly value is checked by its calendar day, a
 * dateTime value by its UTC instant.
 */
function withinSharePointRange(isoDateOrInstant: string): boolean {
  const day = isoDateOrInstant.slice(0, 10);
  return day >= '1900-01-01' && day <= '8900-12-31';
}

function dateOutOfRange(): GraphFailure {
  return invalidRequest(
    'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.',
  );
}

function collection<T>(
  column: ColumnDefinition,
  value: unknown,
  annotation: unknown,
  types: readonly string[],
  item: (v: unknown) => T,
): T[] {
  if (typeof annotation !== 'string' || !types.includes(annotation) || !Array.isArray(value)) {
    // Real SharePoint answers a multi-value write without its @odata.type this way.
    throw new GraphFailure(500, 'generalException', 'General exception while processing');
  }
  if (columnKind(column) === 'multiChoice' && value.length === 0) return [];
  return value.map(item);
}

function number(
  column: ColumnDefinition,
  value: unknown,
  wrong: (e: string) => GraphFailure,
): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n)) throw wrong('a number');
  const { minimum, maximum } = column.facet;
  if (
    (typeof minimum === 'number' && n < minimum) ||
    (typeof maximum === 'number' && n > maximum)
  ) {
    throw invalidRequest(`The value of field '${column.name}' is outside its allowed range.`);
  }
  return n;
}

function lookupId(value: unknown, wrong: (e: string) => GraphFailure): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isInteger(n) || n < 1) throw wrong('a lookup id');
  return n;
}

function unknownUser(): GraphFailure {
  return invalidRequest('The user does not exist or is not unique.');
}
