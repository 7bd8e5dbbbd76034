import type { FollowUp } from '../../domain/model.js';
import type { FollowUpConflict, Versioned } from '../ports.js';
import { fail, type Failure } from '../result.js';
import type { AnswerFieldError } from './answer-rules.js';
import { withAnswers, type DepartmentRoundView } from './department-view.js';

/** How answerFollowUps refuses: its messages, and a refusal with what the edge needs to show the card again. */
export type AnswerRefusal = {
  readonly ok: false;
  readonly error: Failure;
  /** The department and round as stored, when they could be read. */
  readonly view?: DepartmentRoundView;
  /** For `invalid` and `personalData`: the message of each field, by activity. */
  readonly fieldErrors?: readonly AnswerFieldError[];
  /** For a stale answer: the stored answers it would have overwritten. */
  readonly conflicts?: readonly Versioned<FollowUp>[];
  /**
   * Answers of this call that were stored before the failure (part of a write that was cut
   * short); `view` shows them. Absent or empty: nothing was stored.
   */
  readonly written?: readonly Versioned<FollowUp>[];
  /** `forbidden` because the department has signed off its part of the round (answers locked). */
  readonly locked?: true;
};

export const answerMessages = {
  roundNotOpen:
    'Uppföljningen är inte öppen, så svar kan inte lämnas eller ändras. Inget sparades.',
  notInRound:
    'Svaret gäller en aktivitet som inte hör till förvaltningen i den här uppföljningen. Inget sparades.',
  duplicateActivity: 'Samma aktivitet finns två gånger i svaret. Inget sparades.',
  nothingChosen: 'Välj en status för minst en aktivitet. Inget sparades.',
  invalid: 'Inget sparades. Rätta det som är markerat och skicka igen.',
  personalData:
    'Inget sparades: texten verkar innehålla personuppgifter. Avidentifiera: skriv aldrig namn eller personnummer.',
  stale:
    'Någon annan har svarat under tiden, så inget skrevs över. Se det senaste svaret och svara igen.',
  partlyStored:
    'SharePoint är tillfälligt överbelastat: en del av svaret sparades, resten inte. Det som inte sparades finns kvar: försök igen om en minut.',
  signedOff:
    'Förvaltningen har klarmarkerat sin del av uppföljningen, så svaren kan inte ändras. Inget sparades. Arbetsgruppen kan öppna den igen.',
  outOfTime:
    'SharePoint är tillfälligt överbelastat, så svaret sparades inte. Det du skrev finns kvar: försök igen om en minut.',
} as const;

export function refuse(
  error: Failure,
  extra: Omit<AnswerRefusal, 'ok' | 'error'> = {},
): AnswerRefusal {
  return { ok: false, error, ...extra };
}

/** A failed write, with whatever it stored before failing shown in the view. */
export function recordFailure(error: Failure, view: DepartmentRoundView): AnswerRefusal {
  const current = error.current as Partial<FollowUpConflict> | undefined;
  const written = current?.written ?? [];
  const extra = written.length > 0 ? { written } : {};
  if (error.reason === 'conflict') {
    const conflicts = current?.conflicts ?? [];
    const refusal = staleRefusal(withAnswers(view, [...written, ...conflicts]), conflicts);
    return { ...refusal, ...extra };
  }
  return refuse(throttledInWords(error, written.length > 0), {
    view: withAnswers(view, written),
    ...extra,
  });
}

/** A throttled store said in the card's words (nothing of it stored unless `partly`). */
export function throttledInWords(error: Failure, partly = false): Failure {
  if (error.reason !== 'throttled') return error;
  const message = partly ? answerMessages.partlyStored : answerMessages.outOfTime;
  const wait = error.retryAfterSeconds;
  return fail('throttled', message, wait === undefined ? {} : { retryAfterSeconds: wait }).error;
}

export function staleRefusal(
  view: DepartmentRoundView,
  conflicts: readonly Versioned<FollowUp>[],
): AnswerRefusal {
  const current: FollowUpConflict = { conflicts };
  return refuse(fail('conflict', answerMessages.stale, { current }).error, { view, conflicts });
}
