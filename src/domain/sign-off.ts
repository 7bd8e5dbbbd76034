import { z } from './zod-mini.js';

/**
 * A department's sign-off of its part of a round (klarmarkering): once every activity of the
 * department in the round has an answer, a member of its team marks the part complete; the
 * answers are then locked and no reminder goes to the department for that round. The working
 * group may reopen it. One record per round and department; every change is a new version of it
 * (SharePoint's version history, the fake's history), so both events stay in history.
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const person = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
});
const isoDateTime = z.iso.datetime({ offset: true });

export const SignOffSchema = z.object({
  roundId: id,
  departmentId: id,
  state: z.enum(['signedOff', 'reopened']),
  /** Who signed off last, and when (kept after a reopening). */
  signedBy: person,
  signedAt: isoDateTime,
  /** Who reopened last, and when. */
  reopenedBy: z.optional(person),
  reopenedAt: z.optional(isoDateTime),
});
export type SignOff = z.infer<typeof SignOffSchema>;

/** The unique key of a sign-off: one per round and department. */
export function signOffKey(roundId: string, departmentId: string): string {
  return `${roundId}|${departmentId}`;
}
