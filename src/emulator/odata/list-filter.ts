import { evaluateFilter, parseFilter } from './filter-parser.js';

/** A predicate over list, channel or member JSON from a $filter (no filter: everything). */
export function compileListFilter(
  filter: string | undefined,
): (json: Record<string, unknown>) => boolean {
  if (!filter || filter.trim() === '') return () => true;
  const expr = parseFilter(filter);
  return (json) => evaluateFilter(expr, json);
}
