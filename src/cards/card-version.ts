import { inputValue } from './user-text.js';

/**
 * What a follow-up card showed, per activity on its page: `<version>.<inputs>`, two short
 * fingerprints, of the stored answer's version and of the inputs as that answer filled them
 * ('' when it showed no answer). The card carries it in its action data. The bot judges the card
 * stale only for an activity whose stored answer now has another version, so an answer to another
 * activity of the department in between is no conflict; and inputs sent back exactly as the
 * stored answer filled them were left alone by the person, so they overwrite nothing (Teams
 * sends every input of the card, changed or not). FNV-1a (32 bit): not a secret, only a check;
 * two versions of one item sharing a fingerprint is a one-in-four-billion chance.
 */

/** activity id → `<version>.<inputs>` fingerprints of the answer the card showed ('' for none). */
export type SeenAnswers = Readonly<Record<string, string>>;

/** Longest entry of SeenAnswers; the card data's schema refuses longer ones. */
export const answerFingerprintLength = 17;

/** The longest comment and next steps the card's inputs take (the model's limits). */
export const answerInputLimits = { comment: 1000, nextSteps: 500 } as const;

function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function hex(hash: number): string {
  return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of a stored answer's version; '' when there is no answer. */
export function answerFingerprint(version: string | undefined): string {
  return version === undefined ? '' : hex(fnv1a(version));
}

type Inputs = { readonly status?: string; readonly comment: string; readonly nextSteps: string };

/** The fingerprint of a card's inputs as sent back (status, comment, next steps). */
export function inputsFingerprint(inputs: Inputs): string {
  return hex(fnv1a(`${inputs.status ?? ''}\u0000${inputs.comment}\u0000${inputs.nextSteps}`));
}

/** What the card carries for one answer: its version, and the inputs as it fills them. */
export function seenAnswer(answer: (Inputs & { readonly version?: string }) | undefined): string {
  if (answer === undefined) return '';
  const shown = {
    status: answer.status ?? '',
    comment: inputValue(answer.comment, answerInputLimits.comment),
    nextSteps: inputValue(answer.nextSteps, answerInputLimits.nextSteps),
  };
  return `${answerFingerprint(answer.version ?? '')}.${inputsFingerprint(shown)}`;
}

/** Splits a SeenAnswers entry into its version and inputs fingerprints. */
export function seenParts(entry: string | undefined): {
  readonly version: string | undefined;
  readonly inputs: string | undefined;
} {
  if (entry === undefined) return { version: undefined, inputs: undefined };
  const [version = '', inputs] = entry.split('.');
  return { version, inputs };
}

/** What a card showing `items` saw of each one's answer. */
export function seenAnswersOf(
  items: readonly {
    readonly activity: { readonly id: string };
    readonly answer?: (Inputs & { readonly version?: string }) | undefined;
  }[],
): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.activity.id, seenAnswer(item.answer)]));
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
