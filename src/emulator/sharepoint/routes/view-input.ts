import type { SpContext } from '../context.js';
import { SpFailure, argumentException } from '../format.js';

export function str(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new SpFailure(400, argumentException, `'${name}' must be a string.`);
  return value;
}

export function bool(value: unknown, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean')
    throw new SpFailure(400, argumentException, `'${name}' must be true or false.`);
  return value;
}

export function rowLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5000) {
    throw new SpFailure(400, argumentException, 'RowLimit must be a whole number from 1 to 5000.');
  }
  return value;
}

/** ViewFields as nometadata sends it (an array) or verbose (`{results: […]}`). */
export function fieldNames(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list: unknown = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? (value as { results?: unknown }).results
      : undefined;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
    throw new SpFailure(400, argumentException, 'ViewFields must be a list of field names.');
  }
  return list;
}

/** A CAML fragment must be XML-ish: balanced angle brackets, no script. */
export function caml(value: string | undefined): string {
  const text = value ?? '';
  if (
    /<\s*script/i.test(text) ||
    (text.match(/</g) ?? []).length !== (text.match(/>/g) ?? []).length
  ) {
    throw new SpFailure(400, argumentException, 'The view query is not valid CAML.');
  }
  return text;
}

/** The Title of a new view: required, and unique in its list (as SharePoint answers both). */
export function newViewTitle(context: SpContext, value: unknown): string {
  const title = str(value, 'Title');
  if (!title) throw new SpFailure(400, argumentException, 'A view needs a Title.');
  if (context.store.views.find(context.list.pk, { title })) {
    throw new SpFailure(
      400,
      argumentException,
      `A view named '${title}' already exists in this list.`,
    );
  }
  return title;
}
