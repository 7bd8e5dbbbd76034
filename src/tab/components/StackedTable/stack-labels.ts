import type { CSSProperties } from 'react';

/** The column names a stacked wrapper shows before each cell (`--stack-label-2` for the 2nd). */
export function stackLabels(labels: readonly string[]): CSSProperties {
  return Object.fromEntries(
    labels.map((label, i) => [`--stack-label-${i + 1}`, JSON.stringify(label)]),
  );
}
