import { invalidRequest } from '../http/errors.js';

export type ItemProjection = {
  /** Whether `fields` is expanded. */
  readonly fields: boolean;
  /** The fields named in `$expand=fields($select=…)`, or undefined for all. */
  readonly fieldSelect: readonly string[] | undefined;
  /** Item properties named in `$select`, or undefined for all. */
  readonly select: readonly string[] | undefined;
};

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Parses `$expand=fields`, `fields($select=A,B)` or the older `fields(select=A,B)`, and `$select`. */
export function parseItemProjection(
  expand: string | undefined,
  select: string | undefined,
): ItemProjection {
  let fields = false;
  let fieldSelect: string[] | undefined;
  for (const part of splitTopLevel(expand ?? '')) {
    const m = /^(\w+)(?:\((.*)\))?$/s.exec(part);
    if (!m) throw invalidRequest(`Invalid $expand '${part}'`);
    if (m[1]!.toLowerCase() !== 'fields') continue;
    fields = true;
    for (const option of (m[2] ?? '').split(';')) {
      const o = /^\s*\$?select\s*=\s*(.*)$/i.exec(option);
      if (o)
        fieldSelect = o[1]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
    }
  }
  const names = select
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { fields, fieldSelect, select: names };
}
