/**
 * A structural reading of a .bicep file, for tests (no Bicep compiler is available offline):
 * declarations, where each name is used, and whether brackets balance outside strings.
 */
type BicepParam = {
  readonly name: string;
  readonly type: string;
  readonly hasDefault: boolean;
  readonly decorators: readonly string[];
};
type BicepResource = {
  readonly symbol: string;
  readonly type: string;
  readonly apiVersion: string;
};
type BicepOutput = { readonly name: string; readonly type: string; readonly value: string };

export type BicepOutline = {
  readonly params: readonly BicepParam[];
  readonly vars: readonly string[];
  readonly resources: readonly BicepResource[];
  readonly outputs: readonly BicepOutput[];
  /** The source without comments. */
  readonly code: string;
  readonly balanced: boolean;
};

/** Removes // and /* *\/ comments that are not inside '…' strings. */
function stripComments(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === "'") inString = false;
    } else if (c === "'") {
      inString = true;
      out += c;
    } else if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') i += 1;
      out += '\n';
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
    } else out += c;
  }
  return out;
}

function bracketsBalance(code: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === "'") inString = false;
    } else if (c === "'") inString = true;
    else if ('([{'.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0 && !inString;
}

export function outlineBicep(source: string): BicepOutline {
  const code = stripComments(source);
  const lines = code.split('\n');
  const params: BicepParam[] = [];
  let decorators: string[] = [];
  for (const line of lines) {
    const decorator = /^\s*@(\w+)\(/.exec(line);
    if (decorator) {
      decorators.push(decorator[1]!);
      continue;
    }
    const param = /^\s*param\s+(\w+)\s+(\w+)(\s*=.*)?$/.exec(line);
    if (param)
      params.push({ name: param[1]!, type: param[2]!, hasDefault: !!param[3], decorators });
    if (line.trim() !== '') decorators = [];
  }
  const all = (pattern: RegExp) => [...code.matchAll(pattern)];
  return {
    params,
    vars: all(/^\s*var\s+(\w+)\s*=/gm).map((m) => m[1]!),
    resources: all(/^\s*resource\s+(\w+)\s+'([^'@]+)@([^']+)'/gm).map((m) => ({
      symbol: m[1]!,
      type: m[2]!,
      apiVersion: m[3]!,
    })),
    outputs: all(/^\s*output\s+(\w+)\s+(\w+)\s*=\s*(.+)$/gm).map((m) => ({
      name: m[1]!,
      type: m[2]!,
      value: m[3]!.trim(),
    })),
    code,
    balanced: bracketsBalance(code),
  };
}

/** How often a name occurs as a whole word in the code (its declaration included). */
export function occurrences(code: string, name: string): number {
  return [...code.matchAll(new RegExp(`(?<![\\w.'])${name}\\b`, 'g'))].length;
}
