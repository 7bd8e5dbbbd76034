import { invalidRequest } from '../http/errors.js';

export type Literal = {
  readonly kind: 'literal';
  readonly value: string | number | boolean | null;
  /** `date` for an unquoted ISO date or date-time. */
  readonly type: 'string' | 'number' | 'boolean' | 'null' | 'date';
};
type Property = { readonly kind: 'prop'; readonly path: string };
export type Operand = Literal | Property;
type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterExpr =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  | {
      readonly kind: 'cmp';
      readonly op: Comparison;
      readonly left: Operand;
      readonly right: Operand;
    }
  | { readonly kind: 'startswith'; readonly prop: Property; readonly value: Literal };

type Token = { type: 'word' | 'string' | 'number' | 'date' | '(' | ')' | ','; text: string };

const comparisons = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export function invalidFilter(detail?: string): Error {
  return invalidRequest(`Invalid filter clause${detail ? `: ${detail}` : ''}`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:'((?:[^']|'')*)'|(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)(?![\w])|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w])|([A-Za-z_][\w/@.]*)|([(),]))/y;
  let index = 0;
  while (index < source.length) {
    re.lastIndex = index;
    const m = re.exec(source);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(source.slice(index))) break;
      throw invalidFilter(`syntax error at position ${index}`);
    }
    index = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ type: 'string', text: m[1].replace(/''/g, "'") });
    else if (m[2] !== undefined) tokens.push({ type: 'date', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ type: 'number', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ type: 'word', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ type: m[5] as '(' | ')' | ',', text: m[5] });
  }
  return tokens;
}

/** Parses an OData $filter: eq ne gt ge lt le, and, or, not, parentheses, startswith. */
export function parseFilter(source: string): FilterExpr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (text: string) => peek()?.type === 'word' && peek()!.text.toLowerCase() === text;
  const expect = (type: Token['type']) => {
    if (peek()?.type !== type) throw invalidFilter(`expected '${type}'`);
    i++;
  };

  function or(): FilterExpr {
    let left = and();
    while (isWord('or')) {
      i++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }
  function and(): FilterExpr {
    let left = unary();
    while (isWord('and')) {
      i++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }
  function unary(): FilterExpr {
    if (isWord('not')) {
      i++;
      return { kind: 'not', expr: unary() };
    }
    if (peek()?.type === '(') {
      i++;
      const inner = or();
      expect(')');
      return inner;
    }
    if (isWord('startswith') && tokens[i + 1]?.type === '(') {
      i += 2;
      const prop = operand();
      expect(',');
      const value = operand();
      expect(')');
      if (prop.kind !== 'prop' || value.kind !== 'literal' || value.type !== 'string') {
        throw invalidFilter('startswith takes a field and a string');
      }
      return { kind: 'startswith', prop, value };
    }
    const left = operand();
    const op = peek();
    if (op?.type !== 'word' || !comparisons.has(op.text.toLowerCase())) {
      throw invalidFilter('expected a comparison');
    }
    i++;
    return { kind: 'cmp', op: op.text.toLowerCase() as Comparison, left, right: operand() };
  }
  function operand(): Operand {
    const token = tokens[i++];
    if (!token) throw invalidFilter('unexpected end');
    switch (token.type) {
      case 'string':
        return { kind: 'literal', value: token.text, type: 'string' };
      case 'number':
        return { kind: 'literal', value: Number(token.text), type: 'number' };
      case 'date':
        return { kind: 'literal', value: token.text, type: 'date' };
      case 'word': {
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          return { kind: 'literal', value: lower === 'true', type: 'boolean' };
        }
        if (lower === 'null') return { kind: 'literal', value: null, type: 'null' };
        if (tokens[i]?.type === '(') throw invalidFilter(`unsupported function '${token.text}'`);
        return { kind: 'prop', path: token.text };
      }
      case '(':
      case ')':
      case ',':
        throw invalidFilter(`unexpected '${token.text}'`);
    }
  }

  const expr = or();
  if (i < tokens.length) throw invalidFilter(`unexpected '${tokens[i]!.text}'`);
  return expr;
}

/** Evaluates a filter against plain JSON objects (lists, channels, members). */
export function evaluateFilter(expr: FilterExpr, object: Record<string, unknown>): boolean {
  const value = (o: Operand): unknown =>
    o.kind === 'literal'
      ? o.value
      : o.path
          .split('/')
          .filter((k) => !k.startsWith('microsoft.graph.'))
          .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], object);
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, object) && evaluateFilter(expr.right, object);
    case 'or':
      return evaluateFilter(expr.left, object) || evaluateFilter(expr.right, object);
    case 'not':
      return !evaluateFilter(expr.expr, object);
    case 'startswith': {
      const v = value(expr.prop);
      return (
        typeof v === 'string' && v.toLowerCase().startsWith(String(expr.value.value).toLowerCase())
      );
    }
    case 'cmp': {
      const a = value(expr.left);
      const b = value(expr.right);
      const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : (v ?? null));
      const [x, y] = [norm(a), norm(b)] as [
        string | number | boolean | null,
        string | number | boolean | null,
      ];
      switch (expr.op) {
        case 'eq':
          return x === y;
        case 'ne':
          return x !== y;
        case 'gt':
          return x !== null && y !== null && x > y;
        case 'ge':
          return x !== null && y !== null && x >= y;
        case 'lt':
          return x !== null && y !== null && x < y;
        case 'le':
          return x !== null && y !== null && x <= y;
      }
    }
  }
}
