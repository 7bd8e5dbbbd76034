import { jsonByteLength } from './size.js';

/**
 * Long lists (department names on the summary and link cards) share a byte budget: entries are
 * taken in order while their JSON fits, and the caller says how many were left out.
 */
export type Budget = { remaining: number };

export function takeWithinBudget<T, E>(
  values: readonly T[],
  budget: Budget,
  toJson: (value: T) => E,
): { readonly taken: E[]; readonly leftOut: number } {
  const taken: E[] = [];
  for (const value of values) {
    const entry = toJson(value);
    const cost = (jsonByteLength(entry) ?? 0) + 1;
    if (cost > budget.remaining) break;
    budget.remaining -= cost;
    taken.push(entry);
  }
  return { taken, leftOut: values.length - taken.length };
}
