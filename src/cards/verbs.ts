import { z } from 'zod';
import { ReminderStageSchema } from '../domain/model.js';
import type { Failure } from '../app/result.js';
import { answerFingerprintLength } from './card-version.js';
import { answerEntries, type AnswerEntry } from './answer-inputs.js';
import { jsonByteLength } from './size.js';

/**
 * The verbs of the cards' Action.Execute buttons and the data each carries, parsed with zod.
 * Teams merges the card's input values into `action.data` (keyed by input id), so a follow-up
 * action's data holds both the ids below and the answer inputs. The ids say which card was
 * clicked; they are never proof of who may do what: the bot checks membership and the stored
 * round and activities itself.
 *
 * `followUp.page` carries the inputs of the page being left. A card cannot also carry unsaved
 * answers of other pages within 28 KB, so the bot records those inputs as it does for a submit
 * (same guard; on a refusal it returns the same page with the values and messages) and then
 * shows the page asked for; the card says that answers are saved on changing page.
 * `followUp.signOff` (Klarmarkera) likewise saves inputs changed since the card was shown, then
 * signs off the department's part of the round.
 */

export const cardVerbs = [
  'followUp.submit',
  'followUp.page',
  'followUp.refresh',
  'followUp.signOff',
  'channel.link',
  'channel.unlink',
] as const;
export type CardVerb = (typeof cardVerbs)[number];

export function isCardVerb(verb: unknown): verb is CardVerb {
  return typeof verb === 'string' && (cardVerbs as readonly string[]).includes(verb);
}

const id = z.string().min(1).max(100);

const followUpPlace = {
  roundId: id,
  departmentId: id,
  /** For submit and refresh: the page shown; for followUp.page: the page asked for. 1-based. */
  page: z.number().int().min(1).max(1000),
  stage: z.optional(ReminderStageSchema),
  /**
   * The team of the channel the card was posted to: only a hint that lets the membership check
   * start beside loading the plan; the answer is checked against the team stored for the department.
   */
  team: id.optional(),
};

/** Activities a card's `seen` may name: a page holds a few; more is not a card of ours. */
const seenLimit = 20;

export const FollowUpCardDataSchema = z.discriminatedUnion('v', [
  /**
   * `v` is the card data's own format version. Version 2: `seen` holds what the card showed of
   * each activity on its page (see card-version.ts); the card is stale only for an activity
   * whose stored answer changed since.
   */
  z.object({
    v: z.literal(2),
    ...followUpPlace,
    seen: z
      .record(
        id,
        z
          .string()
          .max(answerFingerprintLength)
          .regex(/^(?:[0-9a-f]{8}\.[0-9a-f]{8})?$/),
      )
      .refine((seen) => Object.keys(seen).length <= seenLimit),
  }),
  /**
   * Version 1, on cards posted before: one fingerprint of every answer of the department
   * (followUpCardVersion); any difference makes the card stale, as it did when it was posted.
   */
  z.object({ v: z.literal(1), ...followUpPlace, cardVersion: z.string().min(1).max(200) }),
]);
export type FollowUpCardData = z.infer<typeof FollowUpCardDataSchema>;

export const ChannelCardDataSchema = z.object({
  v: z.literal(1),
  /** A department id, or 'workingGroup' (the ChoiceSet input `target` on the link card). */
  target: id,
});
export type ChannelCardData = z.infer<typeof ChannelCardDataSchema>;

/** The ids of one activity's inputs on the follow-up card. */
export function answerInputIds(activityId: string): {
  readonly status: string;
  readonly comment: string;
  readonly nextSteps: string;
} {
  return {
    status: `status.${activityId}`,
    comment: `comment.${activityId}`,
    nextSteps: `nextSteps.${activityId}`,
  };
}

/**
 * The id of an activity's value input: `indicator.<indicatorId>.<activityId>` or
 * `fundsUsed.<activityId>`, i.e. the answer's field key (answer-values.ts), a point, the activity.
 * Indicator ids hold no point (indicator-definitions.ts), so the id reads back unambiguously.
 */
export function valueInputId(field: string, activityId: string): string {
  return `${field}.${activityId}`;
}

export type CardAction =
  | {
      /** signOff carries the inputs too: changed ones are saved before the sign-off. */
      readonly verb: 'followUp.submit' | 'followUp.page' | 'followUp.signOff';
      readonly data: FollowUpCardData;
      readonly entries: readonly AnswerEntry[];
    }
  | { readonly verb: 'followUp.refresh'; readonly data: FollowUpCardData }
  | { readonly verb: 'channel.link' | 'channel.unlink'; readonly data: ChannelCardData };

export type CardActionProblem = 'unknownVerb' | 'malformed' | 'oversized';
export type CardActionFailure = Failure<'invalid'> & { readonly problem: CardActionProblem };
export type ParsedCardAction =
  | { readonly ok: true; readonly value: CardAction }
  | { readonly ok: false; readonly error: CardActionFailure };

/** Card data larger than this is refused before parsing (a page of inputs is far smaller). */
export const cardDataByteLimit = 40_000;

const problemMessages: Readonly<Record<CardActionProblem, string>> = {
  unknownVerb: 'Kortets knapp känns inte igen.',
  malformed: 'Kortets uppgifter kunde inte läsas.',
  oversized: 'Svaret är för stort för att tas emot.',
};

function failure(problem: CardActionProblem): {
  readonly ok: false;
  readonly error: CardActionFailure;
} {
  return { ok: false, error: { reason: 'invalid', message: problemMessages[problem], problem } };
}

const AnswerInputsSchema = z.record(z.string(), z.unknown());

/** Parses an Action.Execute invoke's verb and data (inputs merged in, as Teams sends them). */
export function parseCardAction(verb: unknown, data: unknown): ParsedCardAction {
  if (!isCardVerb(verb)) return failure('unknownVerb');
  const size = jsonByteLength(data ?? null);
  if (size === undefined) return failure('malformed');
  if (size > cardDataByteLimit) return failure('oversized');
  const raw = AnswerInputsSchema.safeParse(data);
  if (!raw.success) return failure('malformed');
  if (verb === 'channel.link' || verb === 'channel.unlink') {
    const parsed = ChannelCardDataSchema.safeParse(raw.data);
    return parsed.success ? { ok: true, value: { verb, data: parsed.data } } : failure('malformed');
  }
  const parsed = FollowUpCardDataSchema.safeParse(raw.data);
  if (!parsed.success) return failure('malformed');
  if (verb === 'followUp.refresh') return { ok: true, value: { verb, data: parsed.data } };
  const entries = answerEntries(raw.data);
  if (entries === undefined) return failure('malformed');
  return { ok: true, value: { verb, data: parsed.data, entries } };
}
