import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerFingerprint,
  followUpCardVersion,
  inputsFingerprint,
  seenAnswersOf,
  seenParts,
} from '../../src/cards/card-version.js';
import { formatDate, formatDateTime } from '../../src/cards/dates.js';
import { cardLocale, statusLabel } from '../../src/cards/locale.js';
import { cleanText, inputValue, shownText } from '../../src/cards/user-text.js';
import { jsonByteLength } from '../../src/cards/size.js';

describe('card dates', () => {
  it('writes a date in words in Swedish and English', () => {
    expect(formatDate('2027-02-26', 'sv')).toBe('26 februari 2027');
    expect(formatDate('2027-02-26', 'en')).toBe('26 February 2027');
    expect(formatDate('2031-05-01', 'sv')).toBe('1 maj 2031');
  });

  it('writes an instant in Stockholm time, in winter and in summer', () => {
    expect(formatDateTime('2027-02-20T09:15:00Z', 'sv')).toBe('20 februari 2027 kl. 10.15');
    expect(formatDateTime('2027-05-20T09:15:00Z', 'sv')).toBe('20 maj 2027 kl. 11.15');
    expect(formatDateTime('2027-05-20T23:30:00Z', 'en')).toBe('21 May 2027, 01:30');
    expect(formatDateTime('2027-02-20T10:15:00+01:00', 'en')).toBe('20 February 2027, 10:15');
  });

  it('throws on a value that is no instant (a bug in the caller)', () => {
    expect(() => formatDateTime('igår', 'sv')).toThrow(/Not an ISO 8601 instant/);
  });
});

describe('cardLocale', () => {
  it('is English for English locales and Swedish otherwise', () => {
    for (const locale of ['en', 'en-US', 'EN-gb', 'en_GB']) expect(cardLocale(locale)).toBe('en');
    for (const locale of ['sv-SE', 'sv', 'nb-NO', 'fi-FI', 'eng', '', undefined]) {
      expect(cardLocale(locale)).toBe('sv');
    }
  });

  it('labels statuses as the domain does', () => {
    expect(statusLabel('onTrack', 'sv')).toBe('Pågår enligt plan');
    expect(statusLabel('notStarted', 'en')).toBe('Not started');
  });
});

describe('user text on cards', () => {
  it('replaces control characters and lone surrogates and keeps line breaks and pairs', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\re\tf')).toBe('a b c\nd\ne\tf');
    expect(cleanText('x\uD800y\uDC00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });

  it('cuts input values at their limit without splitting a surrogate pair', () => {
    expect(inputValue('abc', 2)).toBe('ab');
    expect(inputValue('a😀', 2)).toBe('a');
    expect(shownText('abcdef', 4)).toBe('abc…');
    expect(shownText('abcd', 4)).toBe('abcd');
  });

  it('costs at most 3 bytes of JSON per code unit once cleaned (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 50 }),
        (a, b) => {
          const text = cleanText(a + b);
          expect(jsonByteLength(text)! - 2).toBeLessThanOrEqual(3 * text.length);
        },
      ),
    );
  });
});

describe('followUpCardVersion', () => {
  it('is the same for the same answers in any order and changes with any version', () => {
    const a = { activityId: 'act-1', version: '"g1,3"' };
    const b = { activityId: 'act-2', version: '"g2,1"' };
    expect(followUpCardVersion([a, b])).toBe(followUpCardVersion([b, a]));
    expect(followUpCardVersion([a, b])).not.toBe(
      followUpCardVersion([a, { ...b, version: '"g2,2"' }]),
    );
    expect(followUpCardVersion([a])).not.toBe(followUpCardVersion([a, b]));
    expect(followUpCardVersion([])).toBe('0-811c9dc5');
    expect(followUpCardVersion([a, b])).toMatch(/^2-[0-9a-f]{8}$/);
  });
});

describe('counts on cards', () => {
  it('uses the singular for one activity, in Swedish and English', async () => {
    const { followUpStrings } = await import('../../src/cards/follow-up-strings.js');
    expect(followUpStrings('sv').progress(0, 1)).toBe('0 av 1 aktivitet besvarad.');
    expect(followUpStrings('sv').progress(1, 1)).toBe('1 av 1 aktivitet besvarad.');
    expect(followUpStrings('sv').progress(1, 2)).toBe('1 av 2 aktiviteter besvarade.');
    expect(followUpStrings('en').progress(0, 1)).toBe('0 of 1 activity answered.');
    expect(followUpStrings('en').progress(0, 3)).toBe('0 of 3 activities answered.');
  });
});

describe('answerFingerprint and seenAnswersOf', () => {
  it('tells versions apart, has 8 hex digits, and is empty for no answer', () => {
    expect(answerFingerprint('"g1,3"')).toMatch(/^[0-9a-f]{8}$/);
    expect(answerFingerprint('"g1,3"')).toBe(answerFingerprint('"g1,3"'));
    expect(answerFingerprint('"g1,3"')).not.toBe(answerFingerprint('"g1,4"'));
    expect(answerFingerprint(undefined)).toBe('');
  });

  it('records each activity shown with its answer version and inputs, unanswered ones as empty', () => {
    const answer = { version: '"g1,3"', status: 'done', comment: 'Klart.', nextSteps: '' };
    const seen = seenAnswersOf([
      { activity: { id: 'act-1' }, answer },
      { activity: { id: 'act-2' } },
    ]);
    const inputs = inputsFingerprint({ status: 'done', comment: 'Klart.', nextSteps: '' });
    expect(seen).toEqual({ 'act-1': `${answerFingerprint('"g1,3"')}.${inputs}`, 'act-2': '' });
    expect(seenParts(seen['act-1'])).toEqual({ version: answerFingerprint('"g1,3"'), inputs });
    expect(seenParts('')).toEqual({ version: '', inputs: undefined });
    expect(inputs).not.toBe(inputsFingerprint({ status: 'done', comment: 'Klart', nextSteps: '' }));
  });
});
