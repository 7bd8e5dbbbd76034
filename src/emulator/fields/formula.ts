import type { ColumnDefinition } from './column-types.js';

type Value = string | number | boolean | null;
type Token = { t: 'ref' | 'str' | 'num' | 'op' | 'name' | '(' | ')' | ','; v: string };

/**
 * A small subset of SharePoint calculated-column formulas: [Column] references,
 * "text", numbers, & + - * / = <> < > <= >=, IF, AND, OR, NOT, ISBLANK, CONCATENATE.
 * Anything else evaluates to no value (the field is left out).
 */
export function evaluateFormula(
  column: ColumnDefinition,
  fields: Readonly<Record<string, unknown>>,
): Value | undefined {
  const formula = column.facet.formula;
  if (typeof formula !== 'string') return undefined;
  try {
    const parser = new Parser(tokenize(formula.slice(1)), fields);
    const value = parser.expression();
    if (!parser.done()) return undefined;
    return output(value, column.facet.outputType);
  } catch {
    return undefined;
  }
}

function output(value: Value, type: unknown): Value | undefined {
  if (value === null) return undefined;
  if (type === 'number' || type === 'currency')
    return typeof value === 'number' ? value : Number(value);
  if (type === 'boolean') return Boolean(value);
  return typeof value === 'string' ? value : String(value);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:\[([^\]]+)\]|"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|(<=|>=|<>|[&+\-*/=<>])|([A-Za-z]+)|([(),]))/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < source.length && (m = re.exec(source))) {
    if (m[1] !== undefined) tokens.push({ t: 'ref', v: m[1] });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ t: 'num', v: m[3] });
    else if (m[4] !== undefined) tokens.push({ t: 'op', v: m[4] });
    else if (m[5] !== undefined) tokens.push({ t: 'name', v: m[5].toUpperCase() });
    else if (m[6] !== undefined) tokens.push({ t: m[6] as '(' | ')' | ',', v: m[6] });
  }
  if (re.lastIndex < source.trimEnd().length) throw new Error('unsupported formula');
  return tokens;
}

const levels = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/']];

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly fields: Readonly<Record<string, unknown>>,
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  expression(level = 0): Value {
    if (level >= levels.length) return this.primary();
    let left = this.expression(level + 1);
    for (;;) {
      const token = this.tokens[this.i];
      if (token?.t !== 'op' || !levels[level]!.includes(token.v)) return left;
      this.i++;
      left = apply(token.v, left, this.expression(level + 1));
    }
  }

  private primary(): Value {
    const token = this.tokens[this.i++];
    if (!token) throw new Error('end');
    if (token.t === 'num') return Number(token.v);
    if (token.t === 'str') return token.v;
    if (token.t === 'ref') return scalar(this.fields[token.v]);
    if (token.t === 'op' && token.v === '-') return -Number(this.primary());
    if (token.t === '(') {
      const value = this.expression();
      this.expect(')');
      return value;
    }
    if (token.t === 'name') return this.call(token.v);
    throw new Error('unexpected');
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [];
    while (this.tokens[this.i]?.t !== ')') {
      args.push(this.expression());
      if (this.tokens[this.i]?.t === ',') this.i++;
    }
    this.expect(')');
    switch (name) {
      case 'IF':
        return truthy(args[0] ?? null) ? (args[1] ?? true) : (args[2] ?? false);
      case 'AND':
        return args.every(truthy);
      case 'OR':
        return args.some(truthy);
      case 'NOT':
        return !truthy(args[0] ?? null);
      case 'ISBLANK':
        return args[0] === null || args[0] === '';
      case 'CONCATENATE':
        return args.map((a) => (a === null ? '' : String(a))).join('');
      default:
        throw new Error(`unsupported function ${name}`);
    }
  }

  private expect(type: Token['t']): void {
    if (this.tokens[this.i]?.t !== type) throw new Error(`expected ${type}`);
    this.i++;
  }
}

function scalar(value: unknown): Value {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

function truthy(value: Value): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

function apply(op: string, a: Value, b: Value): Value {
  switch (op) {
    case '&':
      return `${a ?? ''}${b ?? ''}`;
    case '+':
      return Number(a) + Number(b);
    case '-':
      return Number(a) - Number(b);
    case '*':
      return Number(a) * Number(b);
    case '/':
      return Number(b) === 0 ? null : Number(a) / Number(b);
    case '=':
      return (a ?? '') === (b ?? '');
    case '<>':
      return (a ?? '') !== (b ?? '');
    default:
      return compare(op, a ?? '', b ?? '');
  }
}

function compare(op: string, a: string | number | boolean, b: string | number | boolean): boolean {
  if (op === '<') return a < b;
  if (op === '>') return a > b;
  if (op === '<=') return a <= b;
  return a >= b;
}
