import { hasMeasured, readMeasured, type MeasuredInput } from '../../domain/answer-values.js';
import { sameMeasured, type Measured } from '../../domain/measured.js';
import type { FollowUp } from '../../domain/model.js';
import {
  validateFollowUpAnswer,
  type FieldError,
  type FollowUpAnswer,
} from '../../domain/validation.js';
import type { Answer, Versioned } from '../ports.js';
import type { DepartmentItem } from './department-view.js';

/**
 * The pure rules of answering: which entries count, their validation, and what to write given
 * what is stored. Kept apart from the use case so they can be tested without any store.
 */

/** One activity's inputs as sent (from a card's inputs or the tab's form). */
export type AnswerEntryInput = MeasuredInput & {
  readonly activityId: string;
  readonly status?: string | undefined;
  readonly comment?: string | undefined;
  readonly nextSteps?: string | undefined;
  /** The stored version the answerer saw (the tab sends it; cards send a fingerprint instead). */
  readonly expectedVersion?: string | undefined;
};

/** `status`, `comment`, `nextSteps`, `indicator.<id>` or `fundsUsed`. */
type AnswerField = string;

export type AnswerFieldError = {
  readonly activityId: string;
  readonly field: AnswerField;
  readonly reason: FieldError['reason'];
  /** Swedish, shown next to the field. */
  readonly message: string;
};

export type ValidEntry = FollowUpAnswer & {
  readonly activityId: string;
  readonly measured: Measured;
  readonly expectedVersion?: string | undefined;
};

/** An entry with nothing chosen and nothing written is left out: partial answers are fine. */
export function isBlank(entry: AnswerEntryInput): boolean {
  return (
    (entry.status ?? '') === '' &&
    (entry.comment ?? '').trim() === '' &&
    (entry.nextSteps ?? '').trim() === '' &&
    !hasMeasured(entry)
  );
}

/**
 * Validates every non-blank entry against its activity (its indicators and allocated funds) and
 * the round's stored answer (values the entry does not name are kept); every field's message at
 * once, or the trimmed answers.
 */
export function validateEntries(
  entries: readonly AnswerEntryInput[],
  items: ReadonlyMap<string, DepartmentItem>,
):
  | { readonly ok: true; readonly value: readonly ValidEntry[] }
  | { readonly ok: false; readonly errors: readonly AnswerFieldError[] } {
  const valid: ValidEntry[] = [];
  const errors: AnswerFieldError[] = [];
  for (const entry of entries.filter((e) => !isBlank(e))) {
    const item = items.get(entry.activityId);
    const checked = validateFollowUpAnswer(entry);
    const measured = item
      ? readMeasured(item.activity, entry, item.answer)
      : { ok: true as const, value: {} };
    if (checked.ok && measured.ok) {
      valid.push({
        activityId: entry.activityId,
        ...checked.value,
        measured: measured.value,
        expectedVersion: entry.expectedVersion,
      });
      continue;
    }
    const found = [...(checked.ok ? [] : checked.errors), ...(measured.ok ? [] : measured.errors)];
    for (const error of found) {
      errors.push({
        activityId: entry.activityId,
        field: error.field,
        reason: error.reason,
        message: error.message,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: valid };
}

/** Field messages keyed `<activityId>.<field>`, as the tab's API sends them. */
export function fieldMessagesOf(errors: readonly AnswerFieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [`${e.activityId}.${e.field}`, e.message]));
}

/** The same status, texts and values as stored: nothing to write, whoever wrote it. */
function sameContent(stored: FollowUp | undefined, entry: ValidEntry): boolean {
  return (
    stored !== undefined &&
    stored.status === entry.status &&
    stored.comment === entry.comment &&
    stored.nextSteps === entry.nextSteps &&
    sameMeasured(stored, entry.measured)
  );
}

export type WritePlan = {
  /** What to hand to PlanStore.recordFollowUps. */
  readonly answers: readonly Answer[];
  /** Entries that equal what is stored (a retried delivery, or inputs left as they were). */
  readonly unchanged: readonly string[];
  /** Stored answers someone else gave that this (stale) answer would overwrite. */
  readonly conflicts: readonly Versioned<FollowUp>[];
};

/** What a card says of each activity it showed (see SeenAnswers in answer-follow-ups). */
export type CardCheck = {
  /** Whether the card showed the activity's answer as it is stored now. */
  fresh(activityId: string): boolean;
  /** Whether the entry's inputs came back exactly as the answer the card showed filled them. */
  leftAsShown(activityId: string): boolean;
};

/**
 * What to write. With a card, `card.fresh(activityId)` says whether the answerer saw that
 * activity's answer as it is stored now; without one (the tab) per-entry versions decide, and
 * the store refuses a stale version itself. Inputs left as the card showed them are not an
 * answer (Teams sends every input of the card). An entry whose answer changed since it was shown
 * still writes when that answer is the caller's own; over another person's answer it is a
 * conflict. Entries the card showed unanswered are sent as first answers that must not land on
 * top of one stored meanwhile.
 */
export function planWrites(
  entries: readonly ValidEntry[],
  items: ReadonlyMap<string, DepartmentItem>,
  callerId: string,
  card: CardCheck | undefined,
): WritePlan {
  const answers: Answer[] = [];
  const unchanged: string[] = [];
  const conflicts: Versioned<FollowUp>[] = [];
  for (const entry of entries) {
    const stored = items.get(entry.activityId)?.answer;
    if (sameContent(stored, entry)) {
      unchanged.push(entry.activityId);
      continue;
    }
    const { activityId, status, comment, nextSteps, measured } = entry;
    if (card === undefined) {
      const expected = entry.expectedVersion;
      answers.push({
        activityId,
        status,
        comment,
        nextSteps,
        ...measured,
        ...(expected ? { expectedVersion: expected } : {}),
      });
      continue;
    }
    const seen = card.fresh(activityId);
    if (!seen && card.leftAsShown(activityId)) {
      unchanged.push(activityId);
      continue;
    }
    if (!seen && stored && stored.answeredBy.id !== callerId) {
      conflicts.push(stored);
      continue;
    }
    answers.push({
      activityId,
      status,
      comment,
      nextSteps,
      ...measured,
      ...(stored ? { expectedVersion: stored.version } : { sawNoAnswer: true }),
    });
  }
  return { answers, unchanged, conflicts };
}
