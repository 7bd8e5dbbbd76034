import { dateRangeMessages, isStorableDate } from './date-range.js';
import { statusCodes, type FollowUpStatus } from './model.js';
import { findTextProblem, textProblemMessages } from './text-safety.js';
import {
  findPersonalData,
  personalDataMessages,
  type Language,
  type PersonalDataFinding,
} from './personal-data.js';

/**
 * Validation of the text users write (titles, comments, next steps). Errors are values with a
 * stable `reason`, a Swedish `message` and an English `messageEn`.
 *
 * Decisions:
 * - Values are trimmed first; the trimmed value is what is checked and what is stored.
 * - Length is counted in UTF-16 code units (`string.length`). SharePoint's MaxLength counts .NET
 *   characters, which are UTF-16 code units, and so do zod's `.max` in model.ts and the browsers'
 *   `maxlength`; counting code points would let an emoji-rich text pass here and fail there.
 *   Swedish letters (å, ä, ö, precomposed) count one each.
 * - Control characters are Unicode category Cc. Multi-line fields allow \n, \r and \t; titles
 *   allow none.
 * - Text must be well-formed and free of bidirectional controls (text-safety.ts).
 * - One error per field, the first of: empty, controlCharacters, malformedText or bidiControl,
 *   personalData, tooLong.
 */

export type TextFieldRule = {
  readonly maxLength: number;
  readonly multiLine: boolean;
  readonly required: boolean;
  readonly label: Readonly<Record<Language, string>>;
};

export const textFieldRules = {
  title: { maxLength: 255, multiLine: false, required: true, label: { sv: 'Titel', en: 'Title' } },
  comment: {
    maxLength: 1000,
    multiLine: true,
    required: false,
    label: { sv: 'Kommentar', en: 'Comment' },
  },
  nextSteps: {
    maxLength: 500,
    multiLine: true,
    required: false,
    label: { sv: 'Nästa steg', en: 'Next steps' },
  },
  description: {
    maxLength: 2000,
    multiLine: true,
    required: false,
    label: { sv: 'Beskrivning', en: 'Description' },
  },
  expectedOutcome: {
    maxLength: 1000,
    multiLine: true,
    required: false,
    label: { sv: 'Förväntat resultat', en: 'Expected outcome' },
  },
} as const satisfies Record<string, TextFieldRule>;

export type TextField = keyof typeof textFieldRules;

/** Stable reasons; callers switch on `FieldError['reason']`. */
type ValidationReason =
  | 'empty'
  | 'controlCharacters'
  | 'malformedText'
  | 'bidiControl'
  | 'personalData'
  | 'tooLong'
  | 'invalidChoice'
  | 'dateOutOfRange'
  | 'invalidNumber';

export type FieldError = {
  readonly field: string;
  readonly reason: ValidationReason;
  readonly message: string;
  readonly messageEn: string;
  /** For `tooLong`: the limit and the length found (UTF-16 code units). */
  readonly maxLength?: number;
  readonly length?: number;
  /** For `personalData`: where in the trimmed value. */
  readonly findings?: readonly PersonalDataFinding[];
};

export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] };

const numberSv = new Intl.NumberFormat('sv-SE');
const numberEn = new Intl.NumberFormat('en-GB');

/** Checks one text field; the value is trimmed first. Undefined means the value is valid. */
export function validateText(
  field: TextField,
  value: string,
  rule: TextFieldRule = textFieldRules[field],
): FieldError | undefined {
  const text = value.trim();
  const { sv, en } = rule.label;
  if (rule.required && text === '') {
    return {
      field,
      reason: 'empty',
      message: `${sv} måste fyllas i.`,
      messageEn: `${en} is required.`,
    };
  }
  if (/\p{Cc}/u.test(rule.multiLine ? text.replace(/[\n\r\t]/g, '') : text)) {
    return { field, reason: 'controlCharacters', ...controlCharacterMessages(rule) };
  }
  const problem = findTextProblem(text);
  if (problem) {
    const reason = problem === 'malformed' ? 'malformedText' : 'bidiControl';
    return { field, reason, ...textProblemMessages(problem, rule.label) };
  }
  const findings = findPersonalData(text);
  const first = findings[0];
  if (first) {
    const message = personalDataMessages.sv[first.kind];
    const messageEn = personalDataMessages.en[first.kind];
    return { field, reason: 'personalData', message, messageEn, findings };
  }
  if (text.length > rule.maxLength) {
    const [max, length] = [rule.maxLength, text.length];
    return {
      field,
      reason: 'tooLong',
      message: `${sv} får vara högst ${numberSv.format(max)} tecken, nu ${numberSv.format(length)}.`,
      messageEn: `${en} may be at most ${numberEn.format(max)} characters; it has ${numberEn.format(length)}.`,
      maxLength: max,
      length,
    };
  }
  return undefined;
}

function controlCharacterMessages(rule: TextFieldRule): { message: string; messageEn: string } {
  const { sv, en } = rule.label;
  return rule.multiLine
    ? {
        message: `${sv} innehåller otillåtna styrtecken. Ta bort dem och försök igen.`,
        messageEn: `${en} contains control characters that are not allowed. Remove them and try again.`,
      }
    : {
        message: `${sv} får inte innehålla radbrytningar eller andra styrtecken.`,
        messageEn: `${en} must not contain line breaks or other control characters.`,
      };
}

/** Checks a `YYYY-MM-DD` date the app is to store: SharePoint keeps 1900-01-01 – 8900-12-31 only. */
export function validateDate(field: string, value: string): FieldError | undefined {
  if (isStorableDate(value)) return undefined;
  return {
    field,
    reason: 'dateOutOfRange',
    message: dateRangeMessages.sv,
    messageEn: dateRangeMessages.en,
  };
}

export type FollowUpAnswerInput = {
  readonly status?: string | undefined;
  readonly comment?: string | undefined;
  readonly nextSteps?: string | undefined;
};

export type FollowUpAnswer = {
  readonly status: FollowUpStatus;
  readonly comment: string;
  readonly nextSteps: string;
};

/** Validates a whole answer and returns every field's error at once, or the trimmed answer. */
export function validateFollowUpAnswer(input: FollowUpAnswerInput): Validated<FollowUpAnswer> {
  const comment = input.comment ?? '';
  const nextSteps = input.nextSteps ?? '';
  const errors = [
    validateStatus(input.status),
    validateText('comment', comment),
    validateText('nextSteps', nextSteps),
  ].filter((e): e is FieldError => e !== undefined);
  if (errors.length > 0 || !isStatus(input.status)) return { ok: false, errors };
  return {
    ok: true,
    value: { status: input.status, comment: comment.trim(), nextSteps: nextSteps.trim() },
  };
}

function isStatus(status: string | undefined): status is FollowUpStatus {
  return (statusCodes as readonly (string | undefined)[]).includes(status);
}

function validateStatus(status: string | undefined): FieldError | undefined {
  if (isStatus(status)) return undefined;
  return {
    field: 'status',
    reason: 'invalidChoice',
    message: 'Välj en status.',
    messageEn: 'Choose a status.',
  };
}

/** Field → message, for a Failure's `fields` and for showing messages beside the fields. */
export function fieldMessages(
  errors: readonly FieldError[],
  language: Language = 'sv',
): Record<string, string> {
  return Object.fromEntries(
    errors.map((e) => [e.field, language === 'sv' ? e.message : e.messageEn]),
  );
}
