/**
 * The measured part of an answer as stored (FollowUp.indicatorValues, FollowUp.fundsUsedTkr),
 * and its comparison. Apart from answer-values.ts (the reading of typed values) so that the
 * stores' rules, which the tab's first view loads, take nothing more than this.
 */

export type Measured = {
  readonly indicatorValues?: Readonly<Record<string, number>>;
  readonly fundsUsedTkr?: number;
};

/** Whether two answers hold the same values (order of keys aside). */
export function sameMeasured(a: Measured, b: Measured): boolean {
  const [x, y] = [a.indicatorValues ?? {}, b.indicatorValues ?? {}];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return a.fundsUsedTkr === b.fundsUsedTkr && [...keys].every((k) => x[k] === y[k]);
}
