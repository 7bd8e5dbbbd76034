import type { Caller } from '../auth/caller.js';
import type { Permission } from '../http/route.js';
import type { GraphResponse } from '../http/dispatch.js';
import type { ListRecord } from '../store/lists.js';
import type { Site } from '../store/sites.js';
import type { Store } from '../store/store.js';
import type { SpFormat } from './format.js';
import type { Segment } from './path.js';

export type SpContext = {
  readonly store: Store;
  readonly site: Site;
  readonly list: ListRecord;
  readonly format: SpFormat;
  /** `https://localhost:PORT` + the site path: where `_api` lives. */
  readonly webUrl: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The JSON body with `__metadata` removed. */
  readonly body: Record<string, unknown>;
  readonly caller: Caller;
};

/** One SharePoint REST endpoint under `…/_api/web/lists/{list}/`. */
export type SpRoute = {
  readonly method: 'GET' | 'POST' | 'MERGE';
  /** For statistics, e.g. `/_api/web/lists/{list}/views/add`. */
  readonly template: string;
  readonly permission: Permission;
  /** The segments after the list, or undefined when this route does not apply. */
  match(tail: readonly Segment[]): Record<string, string> | undefined;
  handle(context: SpContext, params: Record<string, string>): GraphResponse;
};

/** Matches `views/getbytitle('X')`, `views(guid'…')` or `views/getbyid('…')` then `rest`. */
export function matchView(
  tail: readonly Segment[],
  rest: readonly string[],
): Record<string, string> | undefined {
  const [first, second, ...others] = tail;
  if (first?.name !== 'views') return undefined;
  let key: Record<string, string>;
  let remaining: readonly Segment[];
  if (first.arg !== undefined) {
    key = { viewId: first.arg };
    remaining = tail.slice(1);
  } else if (
    (second?.name === 'getbytitle' || second?.name === 'getbyid') &&
    second.arg !== undefined
  ) {
    key = second.name === 'getbytitle' ? { viewTitle: second.arg } : { viewId: second.arg };
    remaining = others;
  } else return undefined;
  return matchRest(remaining, rest, key);
}

/** Matches `fields/getbyinternalnameortitle('X')`, `fields/getbytitle('X')`, `fields(guid'…')`. */
export function matchField(tail: readonly Segment[]): Record<string, string> | undefined {
  const [first, second, ...others] = tail;
  if (first?.name !== 'fields') return undefined;
  if (first.arg !== undefined) return tail.length === 1 ? { fieldId: first.arg } : undefined;
  if (others.length || second?.arg === undefined) return undefined;
  if (second.name === 'getbyinternalnameortitle' || second.name === 'getbytitle')
    return { fieldName: second.arg };
  if (second.name === 'getbyid') return { fieldId: second.arg };
  return undefined;
}

function matchRest(
  segments: readonly Segment[],
  rest: readonly string[],
  params: Record<string, string>,
): Record<string, string> | undefined {
  if (segments.length !== rest.length) return undefined;
  const out = { ...params };
  for (let i = 0; i < rest.length; i++) {
    const [name, argName] = rest[i]!.split(':');
    const s = segments[i]!;
    if (s.name !== name) return undefined;
    if (argName) {
      if (s.arg === undefined) return undefined;
      out[argName] = s.arg;
    } else if (s.arg !== undefined) return undefined;
  }
  return out;
}

export function exactly(names: readonly string[]) {
  return (tail: readonly Segment[]) =>
    tail.length === names.length && tail.every((s, i) => s.name === names[i] && s.arg === undefined)
      ? {}
      : undefined;
}
