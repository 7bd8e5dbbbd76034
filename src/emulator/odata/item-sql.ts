import { builtinFilterFields } from '../fields/builtin-columns.js';
import {
  columnKind,
  isLookupKind,
  type ColumnDefinition,
  type ColumnKind,
} from '../fields/column-types.js';
import { dateOnlyValue, parseIsoDate, toIsoSeconds } from '../fields/dates.js';
import { invalidRequest } from '../http/errors.js';
import { fieldExpression, fieldPath } from '../store/db.js';
import { invalidFilter, type FilterExpr, type Literal, type Operand } from './filter-parser.js';

/** A field a query names, resolved to SQL. */
export type QueryField = {
  readonly name: string;
  readonly sql: string;
  readonly kind: ColumnKind | 'id' | 'builtinDate';
  readonly indexed: boolean;
  readonly multi: boolean;
};

export type SqlFilter = {
  readonly sql: string;
  readonly params: unknown[];
  readonly fields: QueryField[];
};

const itemProperties: Record<string, string> = {
  id: 'ID',
  createdDateTime: 'Created',
  lastModifiedDateTime: 'Modified',
};

/** Resolves `fields/X`, `fields/XLookupId` or an item property to SQL; throws Graph's 400s. */
export function resolveField(path: string, columns: readonly ColumnDefinition[]): QueryField {
  const name = path.startsWith('fields/') ? path.slice('fields/'.length) : itemProperties[path];
  if (name === undefined) throw invalidFilter(`unknown property '${path}'`);
  const builtin = builtinFilterFields[name];
  if (builtin) {
    const kind =
      builtin.kind === 'id' ? 'id' : builtin.kind === 'lookup' ? 'lookup' : 'builtinDate';
    return { name, sql: builtin.sql, kind, indexed: builtin.indexed, multi: false };
  }
  const byName = (n: string) => columns.find((c) => c.name === n && !c.builtin);
  let column = byName(name);
  if (!column && name.endsWith('LookupId')) {
    const base = byName(name.slice(0, -'LookupId'.length));
    if (base && isLookupKind(columnKind(base))) column = base;
  }
  if (!column) throw invalidRequest(`Field '${name}' is not recognized`);
  const kind = columnKind(column);
  if (kind === 'note') {
    throw invalidRequest(
      `The field '${name}' of type 'Note' cannot be used in the query filter expression.`,
    );
  }
  if (kind === 'calculated' || kind === 'hyperlink') {
    throw invalidRequest(`The field '${name}' cannot be used in the query filter expression.`);
  }
  if (isLookupKind(kind) && column.name === name && name !== `${column.name}LookupId`) {
    throw invalidRequest(`Filter on the lookup id: 'fields/${name}LookupId'.`);
  }
  const multi = kind === 'multiChoice' || kind === 'multiLookup' || kind === 'multiPerson';
  return {
    name: column.name,
    sql: fieldExpression(column.name),
    kind,
    indexed: column.indexed,
    multi,
  };
}

/** Converts a literal to the stored form of the field it is compared with. */
function sqlValue(field: QueryField, literal: Literal, timeZone: string): unknown {
  const v = literal.value;
  const bad = () => invalidFilter(`the value '${String(v)}' does not fit field '${field.name}'`);
  switch (field.kind) {
    case 'number':
    case 'currency': {
      const n = typeof v === 'number' ? v : Number(v);
      if (typeof v === 'boolean' || !Number.isFinite(n)) throw bad();
      return n;
    }
    case 'id':
    case 'lookup':
    case 'multiLookup':
    case 'person':
    case 'multiPerson': {
      const n = typeof v === 'number' ? v : /^\d+$/.test(String(v)) ? Number(v) : NaN;
      if (!Number.isInteger(n)) throw bad();
      return n;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v === 1 || v === 0) return v;
      if (v === 'true' || v === 'false' || v === '1' || v === '0')
        return v === 'true' || v === '1' ? 1 : 0;
      throw bad();
    case 'dateTime':
    case 'builtinDate': {
      const date = typeof v === 'string' ? parseIsoDate(v) : undefined;
      if (!date) throw bad();
      return toIsoSeconds(date);
    }
    case 'dateOnly': {
      const day = typeof v === 'string' ? dateOnlyValue(v, timeZone) : undefined;
      if (!day) throw bad();
      return day;
    }
    case 'text':
    case 'note':
    case 'choice':
    case 'multiChoice':
    case 'hyperlink':
    case 'calculated':
    case 'builtin':
      if (typeof v === 'boolean') throw bad();
      return String(v);
  }
}

const sqlOps = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/** Compiles a $filter on list items to a SQL condition over the items table. */
export function compileItemFilter(
  expr: FilterExpr,
  columns: readonly ColumnDefinition[],
  timeZone: string,
): SqlFilter {
  const params: unknown[] = [];
  const fields: QueryField[] = [];
  const field = (o: Operand) => {
    if (o.kind !== 'prop') throw invalidFilter('compare a field with a value');
    const f = resolveField(o.path, columns);
    fields.push(f);
    return f;
  };
  const walk = (e: FilterExpr): string => {
    switch (e.kind) {
      case 'and':
      case 'or':
        return `(${walk(e.left)} ${e.kind.toUpperCase()} ${walk(e.right)})`;
      case 'not':
        return `(NOT ${walk(e.expr)})`;
      case 'startswith': {
        const f = field(e.prop);
        const prefix = String(e.value.value);
        params.push(prefix, `${prefix}\uffff`);
        return `(${f.sql} >= ? COLLATE NOCASE AND ${f.sql} < ? COLLATE NOCASE)`;
      }
      case 'cmp': {
        const [propSide, literal, op] =
          e.left.kind === 'prop' ? [e.left, e.right, e.op] : [e.right, e.left, flip(e.op)];
        const f = field(propSide);
        if (literal.kind !== 'literal') throw invalidFilter('compare a field with a value');
        if (literal.type === 'null') {
          if (op !== 'eq' && op !== 'ne') throw invalidFilter('null only with eq or ne');
          return `(${f.sql} IS ${op === 'eq' ? '' : 'NOT '}NULL)`;
        }
        params.push(sqlValue(f, literal, timeZone));
        if (f.multi) {
          const cmp = op === 'ne' ? '=' : sqlOps[op];
          const any = `EXISTS (SELECT 1 FROM json_each(fields, ${fieldPath(f.name)}) WHERE value ${cmp} ? COLLATE NOCASE)`;
          return op === 'ne' ? `(NOT ${any})` : any;
        }
        return `(${f.sql} ${sqlOps[op]} ? COLLATE NOCASE)`;
      }
    }
  };
  return { sql: walk(expr), params, fields };
}

function flip(op: keyof typeof sqlOps): keyof typeof sqlOps {
  const flipped = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' } as const;
  return flipped[op];
}
