import type { SignOff } from './sign-off.js';

/**
 * The rules of department sign-off (see sign-off.ts), apart from its schema so that the tab's
 * first view, which reads sign-offs with the plan, ships the schema without them.
 */

/** Whether the department's answers in the round are locked. */
export function isSignedOff(signOff: Pick<SignOff, 'state'> | undefined): boolean {
  return signOff?.state === 'signedOff';
}

/** Where a department stands in a round: Ej påbörjad, Pågår, Klar (signed off). */
export type DepartmentRoundProgress = 'notStarted' | 'inProgress' | 'complete';

export function departmentRoundProgress(
  answered: number,
  signOff: Pick<SignOff, 'state'> | undefined,
): DepartmentRoundProgress {
  if (isSignedOff(signOff)) return 'complete';
  return answered > 0 ? 'inProgress' : 'notStarted';
}

/** The sign-off of one department in one round, among a snapshot's. */
export function signOffOf<S extends SignOff>(
  signOffs: readonly S[] | undefined,
  roundId: string,
  departmentId: string,
): S | undefined {
  return signOffs?.find((s) => s.roundId === roundId && s.departmentId === departmentId);
}
