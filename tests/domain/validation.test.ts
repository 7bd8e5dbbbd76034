import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusCodes } from '../../src/domain/model.js';
import { personalDataMessages } from '../../src/domain/personal-data.js';
import {
  fieldMessages,
  textFieldRules,
  validateFollowUpAnswer,
  validateText,
  type TextField,
} from '../../src/domain/validation.js';

const fields = Object.keys(textFieldRules) as TextField[];
/** Letters, spaces and punctuation: never personal data, never a control character. */
const plainText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'abcåäöÅÄÖ xyz.,!?é'), minLength, maxLength });
const controlCharacter = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));

describe('validateText', () => {
  it('accepts plain text up to the limit and refuses longer text with its length', () => {
    const input = fc.constantFrom(...fields).chain((field) =>
      fc.record({
        field: fc.constant(field),
        text: plainText(0, textFieldRules[field].maxLength + 20),
      }),
    );
    fc.assert(
      fc.property(input, ({ field, text }) => {
        const rule = textFieldRules[field];
        const trimmed = text.trim();
        const error = validateText(field, text);
        if (rule.required && trimmed === '') expect(error?.reason).toBe('empty');
        else if (trimmed.length <= rule.maxLength) expect(error).toBeUndefined();
        else {
          expect(error).toMatchObject({
            field,
            reason: 'tooLong',
            maxLength: rule.maxLength,
            length: trimmed.length,
          });
        }
      }),
    );
  });

  it('counts UTF-16 code units, as SharePoint does, so an emoji counts two', () => {
    expect(validateText('comment', '🙂'.repeat(500))).toBeUndefined();
    expect(validateText('comment', '🙂'.repeat(501))).toMatchObject({
      reason: 'tooLong',
      length: 1002,
    });
    expect(validateText('title', 'å'.repeat(255))).toBeUndefined();
  });

  it('writes the limit in Swedish and English', () => {
    const error = validateText('comment', 'a'.repeat(1203));
    expect(error?.message).toBe('Kommentar får vara högst 1\u00A0000 tecken, nu 1\u00A0203.');
    expect(error?.messageEn).toBe('Comment may be at most 1,000 characters; it has 1,203.');
  });

  it('refuses an empty or blank title', () => {
    for (const title of ['', '   ', '\n\t']) {
      expect(validateText('title', title)).toMatchObject({ field: 'title', reason: 'empty' });
    }
    expect(validateText('comment', '  ')).toBeUndefined();
  });

  it('refuses control characters inside any field', () => {
    const input = fc.record({
      field: fc.constantFrom(...fields),
      before: plainText(1, 20),
      control: controlCharacter,
      after: plainText(1, 20),
    });
    fc.assert(
      fc.property(input, ({ field, before, control, after }) => {
        const error = validateText(field, `a${before}${control}${after}a`);
        const allowed = textFieldRules[field].multiLine && '\n\r\t'.includes(control);
        if (allowed) expect(error).toBeUndefined();
        else expect(error?.reason).toBe('controlCharacters');
      }),
    );
  });

  it('allows line breaks and tabs in comments but not in titles', () => {
    expect(validateText('comment', 'Rad ett\r\nRad två\n\tindrag')).toBeUndefined();
    expect(validateText('title', 'Rad ett\nRad två')).toMatchObject({
      reason: 'controlCharacters',
      message: 'Titel får inte innehålla radbrytningar eller andra styrtecken.',
    });
  });

  it('refuses personal data with the guard message and where it was found', () => {
    const error = validateText('nextSteps', 'Kontakta 811218-9876 i maj.');
    expect(error).toEqual({
      field: 'nextSteps',
      reason: 'personalData',
      message: personalDataMessages.sv.personalIdentityNumber,
      messageEn: personalDataMessages.en.personalIdentityNumber,
      findings: [{ kind: 'personalIdentityNumber', start: 9, end: 20 }],
    });
  });

  it('reports control characters before personal data, and personal data before length', () => {
    expect(validateText('title', `811218-9876\u0000${'a'.repeat(300)}`)?.reason).toBe(
      'controlCharacters',
    );
    expect(validateText('comment', `811218-9876 ${'a'.repeat(1000)}`)?.reason).toBe('personalData');
  });
});

describe('validateFollowUpAnswer', () => {
  it('returns the trimmed answer when every field is valid', () => {
    expect(
      validateFollowUpAnswer({ status: 'onTrack', comment: '  Utbildning hölls i mars. \n' }),
    ).toEqual({
      ok: true,
      value: { status: 'onTrack', comment: 'Utbildning hölls i mars.', nextSteps: '' },
    });
  });

  it('accepts every status code', () => {
    for (const status of statusCodes) {
      expect(validateFollowUpAnswer({ status }).ok).toBe(true);
    }
  });

  it('returns every field error at once', () => {
    const result = validateFollowUpAnswer({
      status: 'finished',
      comment: 'x'.repeat(1001),
      nextSteps: 'Ring anna.andersson@linkoping.se',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.reason])).toEqual([
      ['status', 'invalidChoice'],
      ['comment', 'tooLong'],
      ['nextSteps', 'personalData'],
    ]);
    expect(fieldMessages(result.errors)).toEqual({
      status: 'Välj en status.',
      comment: 'Kommentar får vara högst 1\u00A0000 tecken, nu 1\u00A0001.',
      nextSteps: personalDataMessages.sv.email,
    });
    expect(fieldMessages(result.errors, 'en').status).toBe('Choose a status.');
  });

  it('refuses an answer with a valid status when a text field is invalid', () => {
    expect(validateFollowUpAnswer({ status: 'done', comment: 'Ring 070-123 45 67.' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'comment', reason: 'personalData' })],
    });
  });

  it('refuses a missing status', () => {
    expect(validateFollowUpAnswer({ comment: 'Klart.' })).toMatchObject({
      ok: false,
      errors: [{ field: 'status', reason: 'invalidChoice' }],
    });
  });
});
