import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerInputIds,
  cardDataByteLimit,
  cardVerbs,
  isCardVerb,
  parseCardAction,
} from '../../src/cards/verbs.js';

const base = {
  v: 1,
  roundId: 'round-2026',
  departmentId: 'dep-kof',
  cardVersion: '2-abc',
  page: 1,
};

describe('parseCardAction', () => {
  it('parses a submit with its answers grouped by activity', () => {
    const result = parseCardAction('followUp.submit', {
      ...base,
      stage: 'threeWorkingDays',
      'status.act-1': 'done',
      'comment.act-1': 'Klart.',
      'nextSteps.act-1': '',
      'status.act-2': '',
      'comment.act-2': 'Ingen status vald',
      'status.act.with.dots': 'onTrack',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        verb: 'followUp.submit',
        data: { ...base, stage: 'threeWorkingDays' },
        entries: [
          { activityId: 'act-1', status: 'done', comment: 'Klart.', nextSteps: '' },
          { activityId: 'act-2', comment: 'Ingen status vald', nextSteps: '' },
          { activityId: 'act.with.dots', status: 'onTrack', comment: '', nextSteps: '' },
        ],
      },
    });
  });

  it('parses a page action with the page asked for, and a refresh without entries', () => {
    const page = parseCardAction('followUp.page', { ...base, page: 3, 'status.a': 'delayed' });
    expect(page.ok && page.value).toMatchObject({ verb: 'followUp.page', data: { page: 3 } });
    const refresh = parseCardAction('followUp.refresh', base);
    expect(refresh).toEqual({ ok: true, value: { verb: 'followUp.refresh', data: base } });
  });

  it('parses what a card (data version 2) showed per activity, and an older card (version 1)', () => {
    const seen = { 'act-1': '0badc0de.12345678', 'act-2': '' };
    const { cardVersion: _legacy, ...place } = base;
    const v2 = { ...place, v: 2, seen };
    const parsed = parseCardAction('followUp.submit', { ...v2, 'status.act-1': 'done' });
    expect(parsed.ok && parsed.value.verb === 'followUp.submit' && parsed.value.data).toEqual(v2);
    expect(parseCardAction('followUp.refresh', base).ok).toBe(true);
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${i}`, '']));
    expect(parseCardAction('followUp.refresh', { ...v2, seen: twenty }).ok).toBe(true);
  });

  it('parses channel link and unlink with their target', () => {
    expect(parseCardAction('channel.link', { v: 1, target: 'dep-kof' })).toEqual({
      ok: true,
      value: { verb: 'channel.link', data: { v: 1, target: 'dep-kof' } },
    });
    expect(parseCardAction('channel.unlink', { v: 1, target: 'workingGroup' }).ok).toBe(true);
    expect(parseCardAction('channel.link', { v: 1 })).toMatchObject({
      ok: false,
      error: { problem: 'malformed' },
    });
  });

  it('refuses an unknown verb as unknownVerb', () => {
    for (const verb of ['followUp.delete', '', undefined, 42]) {
      expect(parseCardAction(verb, base)).toEqual({
        ok: false,
        error: {
          reason: 'invalid',
          problem: 'unknownVerb',
          message: 'Kortets knapp känns inte igen.',
        },
      });
    }
  });

  it('refuses malformed data', () => {
    const malformed = [
      null,
      'text',
      [],
      { ...base, v: 2 },
      { ...base, v: 3 },
      { ...base, cardVersion: undefined },
      { ...base, v: 2, seen: { 'act-1': '0badc0de' } },
      { ...base, v: 2, seen: { 'act-1': '0badc0de.0badc0de0' } },
      { ...base, v: 2, seen: { 'act-1': 5 } },
      {
        ...base,
        v: 2,
        seen: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}`, ''])),
      },
      { ...base, page: 0 },
      { ...base, page: '1' },
      { ...base, roundId: '' },
      { ...base, roundId: 'x'.repeat(101) },
      { ...base, stage: 'overdue-0' },
      { ...base, 'status.act-1': 'finished' },
      { ...base, 'comment.act-1': 5 },
      { ...base, 'comment.act-1': 'x'.repeat(10_001) },
    ];
    for (const data of malformed) {
      expect(parseCardAction('followUp.submit', data)).toMatchObject({
        ok: false,
        error: { reason: 'invalid', problem: 'malformed' },
      });
    }
  });

  it('refuses data above the byte limit as oversized', () => {
    const big = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`comment.a${i}`, 'ö'.repeat(2_100)]),
    );
    expect(JSON.stringify(big).length).toBeLessThan(cardDataByteLimit);
    expect(parseCardAction('followUp.submit', { ...base, ...big })).toMatchObject({
      ok: false,
      error: { problem: 'oversized', message: 'Svaret är för stort för att tas emot.' },
    });
  });

  it('never throws, whatever the verb and data (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...cardVerbs), fc.string()),
        fc.jsonValue(),
        (verb, data) => {
          const result = parseCardAction(verb, data);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('card verbs', () => {
  it('are a closed list', () => {
    expect(cardVerbs).toEqual([
      'followUp.submit',
      'followUp.page',
      'followUp.refresh',
      'followUp.signOff',
      'channel.link',
      'channel.unlink',
    ]);
    expect(isCardVerb('followUp.submit')).toBe(true);
    expect(isCardVerb('followUp.Submit')).toBe(false);
  });

  it('name the inputs of an activity by field and id', () => {
    expect(answerInputIds('42')).toEqual({
      status: 'status.42',
      comment: 'comment.42',
      nextSteps: 'nextSteps.42',
    });
  });
});
