/**
 * What a follow-up card showed, per activity: for each activity on its page, a short
 * fingerprint of the stored answer's version ('' when it showed no answer). The card carries it
 * in its action data; the bot judges the card stale only for an activity whose stored answer
 * now has another fingerprint, so an answer to another activity of the department in between is
 * no conflict. FNV-1a (32 bit): not a secret, only a check; two versions of one item sharing a
 * fingerprint is a one-in-four-billion chance.
 */

/** activity id → fingerprint of the answer version the card showed ('' for none). */
export type SeenAnswers = Readonly<Record<string, string>>;

/** Longest fingerprint (8 hex digits); the card data's schema refuses longer ones. */
export const answerFingerprintLength = 8;

function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fingerprint of a stored answer's version; '' when there is no answer. */
export function answerFingerprint(version: string | undefined): string {
  return version === undefined ? '' : fnv1a(version).toString(16).padStart(8, '0');
}

/** What a card showing `items` saw of each one's answer. */
export function seenAnswersOf(
  items: readonly {
    readonly activity: { readonly id: string };
    readonly answer?: { readonly version?: string } | undefined;
  }[],
): Record<string, string> {
  return Object.fromEntries(
    items.map((item) => [
      item.activity.id,
      answerFingerprint(item.answer ? (item.answer.version ?? '') : undefined),
    ]),
  );
}

/**
 * The whole-department fingerprint older cards carry (card data `v: 1`): the stored version of
 * every answer of the department in the round. Such a card is judged as before: any difference
 * makes it stale. Order-independent.
 */
export function followUpCardVersion(
  answers: readonly { readonly activityId: string; readonly version: string }[],
): string {
  const lines = answers.map((a) => `${a.activityId}\u0000${a.version}`).sort();
  let hash = 0x811c9dc5;
  for (const line of lines) {
    hash = fnv1a(line, hash);
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${lines.length}-${hash.toString(16).padStart(8, '0')}`;
}
