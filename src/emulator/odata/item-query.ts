import type { ColumnDefinition } from '../fields/column-types.js';
import { GraphFailure, invalidRequest } from '../http/errors.js';
import type { Limits } from '../limits.js';
import { parseFilter } from './filter-parser.js';
import { compileItemFilter, resolveField, type QueryField } from './item-sql.js';

export type ItemQueryPlan = {
  readonly where: string;
  readonly params: readonly unknown[];
  /** SQL ORDER BY; paging is keyset on id when this is `id`, otherwise by offset. */
  readonly orderBy: string;
  readonly byId: boolean;
  readonly pageSize: number;
  readonly afterId: number;
  readonly offset: number;
};

const preferNonIndexed = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export type ItemQueryInput = {
  readonly filter: string | undefined;
  readonly orderby: string | undefined;
  readonly top: string | undefined;
  readonly skiptoken: string | undefined;
  readonly prefer: string | undefined;
  readonly itemCount: number;
  readonly timeZone: string;
};

/** Plans `GET …/items`: the indexed-column rule, the list view threshold, paging. */
export function planItemQuery(
  input: ItemQueryInput,
  columns: readonly ColumnDefinition[],
  limits: Limits,
): ItemQueryPlan {
  const filter = input.filter?.trim()
    ? compileItemFilter(parseFilter(input.filter), columns, input.timeZone)
    : { sql: '1', params: [], fields: [] as QueryField[] };
  const order = parseOrderBy(input.orderby, columns);
  checkIndexes([...filter.fields, ...order.fields], input, limits);
  const pageSize = pageSizeOf(input.top, limits);
  const token = parseSkipToken(input.skiptoken);
  return {
    where: filter.sql,
    params: filter.params,
    orderBy: order.sql,
    byId: order.fields.length === 0 && !order.descending,
    pageSize,
    afterId: token.afterId,
    offset: token.offset,
  };
}

function checkIndexes(fields: readonly QueryField[], input: ItemQueryInput, limits: Limits): void {
  const prefer = (input.prefer ?? '').split(',').map((p) => p.trim().toLowerCase());
  const allowed = prefer.includes(preferNonIndexed.toLowerCase());
  const unindexed = fields.filter((f) => !f.indexed);
  if (unindexed.length === 0) return;
  if (!allowed) {
    throw invalidRequest(
      `Field '${unindexed[0]!.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${preferNonIndexed}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  if (input.itemCount > limits.listViewThreshold) {
    throw new GraphFailure(
      limits.listViewThresholdStatus,
      'notSupported',
      'The request is unprocessable because it uses too many resources',
      {},
      'tooManyResources',
    );
  }
}

function parseOrderBy(orderby: string | undefined, columns: readonly ColumnDefinition[]) {
  const fields: QueryField[] = [];
  const parts: string[] = [];
  let descending = false;
  for (const clause of (orderby ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(clause);
    if (!m) throw invalidRequest(`Invalid $orderby '${clause}'`);
    const field = resolveField(m[1]!, columns);
    const dir = m[2]?.toLowerCase() === 'desc' ? 'DESC' : 'ASC';
    if (field.kind === 'id') {
      descending = dir === 'DESC';
      parts.push(`id ${dir}`);
      continue;
    }
    fields.push(field);
    parts.push(`${field.sql} COLLATE NOCASE ${dir}`);
  }
  if (!parts.some((p) => p.startsWith('id '))) parts.push('id ASC');
  return { sql: parts.join(', '), fields, descending };
}

function pageSizeOf(top: string | undefined, limits: Limits): number {
  if (top === undefined) return limits.defaultPageSize;
  if (!/^\d+$/.test(top.trim())) throw invalidRequest(`Invalid $top value '${top}'`);
  return Math.max(1, Math.min(Number(top), limits.maxPageSize));
}

/** `$skiptoken` is base64 of `Paged=TRUE&p_ID=<last id>` (plus `&PageFirstRow=<n>` when ordered). */
export function makeSkipToken(lastId: number, offset: number | undefined): string {
  const text = `Paged=TRUE&p_ID=${lastId}${offset !== undefined ? `&PageFirstRow=${offset}` : ''}`;
  return Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
}

function parseSkipToken(token: string | undefined): { afterId: number; offset: number } {
  if (token === undefined) return { afterId: 0, offset: 0 };
  const text = Buffer.from(token, 'base64').toString('utf8');
  const params = new URLSearchParams(text);
  const id = params.get('p_ID');
  if (params.get('Paged') !== 'TRUE' || id === null || !/^\d+$/.test(id)) {
    throw invalidRequest('The skip token is not valid.');
  }
  const offset = params.get('PageFirstRow');
  return { afterId: Number(id), offset: offset && /^\d+$/.test(offset) ? Number(offset) : 0 };
}
