import { parseSwedishNumber } from '../domain/numbers.js';
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

type Inputs = {
  readonly status?: string;
  readonly comment: string;
  readonly nextSteps: string;
  /** Indicator id → value as shown or sent ('' or absent: empty input). */
  readonly indicatorValues?: Readonly<Record<string, string | number>>;
  /** The funds-used input ('' or absent: empty). */
  readonly fundsUsed?: string | number;
};

/** A value as a number's canonical text when it reads as one ("12.50" and 12.5 are the same). */
function canonical(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const parsed = parseSwedishNumber(value);
  return parsed?.ok ? String(parsed.value) : value.trim();
}

/** The value inputs, sorted, empty ones left out: '' when there are none (older fingerprints). */
function measuredText(inputs: Inputs): string {
  const values = Object.entries(inputs.indicatorValues ?? {})
    .map(([id, value]) => [id, canonical(value)] as const)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, value]) => `${id}=${value}`);
  const funds = inputs.fundsUsed === undefined ? '' : canonical(inputs.fundsUsed);
  if (funds !== '') values.push(`\u0001funds=${funds}`);
  return values.join('\u0000');
}

/**
 * The fingerprint of a card's inputs as sent back (status, comment, next steps, and the values:
 * indicators and funds used). Without values it is the fingerprint cards carried before them.
 */
export function inputsFingerprint(inputs: Inputs): string {
  const texts = `${inputs.status ?? ''}\u0000${inputs.comment}\u0000${inputs.nextSteps}`;
  const measured = measuredText(inputs);
  return hex(fnv1a(measured === '' ? texts : `${texts}\u0000${measured}`));
}

type StoredAnswer = {
  readonly status?: string;
  readonly comment: string;
  readonly nextSteps: string;
  readonly indicatorValues?: Readonly<Record<string, number>> | undefined;
  readonly fundsUsedTkr?: number | undefined;
  readonly version?: string;
};

/** Which value inputs the card shows for the activity (its indicators, funds when allocated). */
export type ShownValues = {
  readonly indicatorIds: readonly string[];
  readonly funds: boolean;
};

/** What the card carries for one answer: its version, and the inputs as it fills them. */
export function seenAnswer(
  answer: StoredAnswer | undefined,
  shownValues: ShownValues = { indicatorIds: [], funds: false },
): string {
  if (answer === undefined) return '';
  const stored = answer.indicatorValues ?? {};
  const shown = {
    status: answer.status ?? '',
    comment: inputValue(answer.comment, answerInputLimits.comment),
    nextSteps: inputValue(answer.nextSteps, answerInputLimits.nextSteps),
    indicatorValues: Object.fromEntries(
      shownValues.indicatorIds.flatMap((id) =>
        stored[id] === undefined ? [] : [[id, stored[id]]],
      ),
    ),
    ...(shownValues.funds && answer.fundsUsedTkr !== undefined
      ? { fundsUsed: answer.fundsUsedTkr }
      : {}),
  };
  return `${answerFingerprint(answer.version ?? '')}.${inputsFingerprint(shown)}`;
}

/** The value inputs the card shows for an activity. */
export function shownValuesOf(activity: {
  readonly indicators?: readonly { readonly id: string }[] | undefined;
  readonly allocatedTkr?: number | undefined;
}): ShownValues {
  return {
    indicatorIds: (activity.indicators ?? []).map((i) => i.id),
    funds: activity.allocatedTkr !== undefined,
  };
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
    readonly activity: Parameters<typeof shownValuesOf>[0] & { readonly id: string };
    readonly answer?: StoredAnswer | undefined;
  }[],
): Record<string, string> {
  return Object.fromEntries(
    items.map((item) => [item.activity.id, seenAnswer(item.answer, shownValuesOf(item.activity))]),
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
