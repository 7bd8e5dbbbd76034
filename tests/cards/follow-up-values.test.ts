import { describe, expect, it } from 'vitest';
import { inputsFingerprint, seenAnswer, seenParts } from '../../src/cards/card-version.js';
import type { FollowUpItem } from '../../src/cards/follow-up-activity.js';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { followUpPageOf } from '../../src/cards/follow-up-pages.js';
import { cardByteLength, cardByteLimit } from '../../src/cards/size.js';
import { parseCardAction, valueInputId } from '../../src/cards/verbs.js';
import type { Indicator } from '../../src/domain/model.js';
import { checkCard } from './support/card-checks.js';
import { activity, answer, cardInput, round } from './support/fixtures.js';
import { worstCaseInput, worstCaseOptions } from './support/worst-case.js';

const units: Indicator['unit'][] = ['percent', 'count', 'kronor', 'yesNo', 'count'];

function indicators(count: number, char: string): Indicator[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${i}`.padStart(40, 'i'),
    name: char.repeat(255),
    unit: units[i % units.length]!,
    better: 'higher',
    target: 100,
    targetYear: 2026,
  }));
}

/** The worst case with `count` indicators and funds on every activity, a message on every value. */
function worstWithValues(char: string, count: number) {
  const base = worstCaseInput(char, 6);
  const items: FollowUpItem[] = base.items.map((item) => ({
    ...item,
    activity: { ...item.activity, indicators: indicators(count, char), allocatedTkr: 999_999.999 },
    answer: {
      ...item.answer!,
      indicatorValues: Object.fromEntries(indicators(count, char).map((i) => [i.id, 1])),
      fundsUsedTkr: 999_999.999,
    },
  }));
  const input = { ...base, items };
  const options = worstCaseOptions(input, char);
  const errors: Record<string, string> = { ...options.errors };
  for (const item of items) {
    for (const indicator of item.activity.indicators ?? [])
      errors[valueInputId(`indicator.${indicator.id}`, item.activity.id)] = char.repeat(120);
    errors[valueInputId('fundsUsed', item.activity.id)] = char.repeat(120);
  }
  return { input, options: { ...options, errors } };
}

describe('the follow-up card with indicators and funds', () => {
  it('asks for each value with the unit, its range and the target, and the funds used', () => {
    const act = activity('act-1', 'Utbildning', {
      indicators: [
        {
          id: 'andel',
          name: 'Andel utbildade',
          unit: 'percent',
          better: 'higher',
          target: 80,
          targetYear: 2026,
        },
        { id: 'rutin', name: 'Rutin antagen', unit: 'yesNo', better: 'higher' },
      ],
      allocatedTkr: 120,
    });
    const stored = answer('act-1', {
      indicatorValues: { andel: 62.5, rutin: 0 },
      fundsUsedTkr: 40,
    });
    const card = followUpCard(cardInput({ items: [{ activity: act, answer: stored }] }));
    const rendered = checkCard(card);
    expect(rendered.inputIds).toEqual([
      'status.act-1',
      'comment.act-1',
      'nextSteps.act-1',
      'indicator.andel.act-1',
      'indicator.rutin.act-1',
      'fundsUsed.act-1',
    ]);
    expect(String(rendered.inputValue('indicator.andel.act-1'))).toBe('62.5');
    expect(rendered.inputValue('indicator.rutin.act-1')).toBe('0');
    const json = JSON.stringify(card);
    expect(json).toContain(
      '"label":"Andel utbildade (procent, 0–100; mål 80 år 2026)","min":0,"max":100',
    );
    expect(json).toContain('Förbrukade utvecklingsmedel i omgången, tkr (tilldelat 120 tkr)');
    expect(json).toContain('"placeholder":"Ej angivet"');
  });

  it('shows a closed round’s values as text', () => {
    const act = activity('act-1', 'Utbildning', {
      indicators: [{ id: 'andel', name: 'Andel utbildade', unit: 'percent', better: 'higher' }],
      allocatedTkr: 120,
    });
    const stored = answer('act-1', { indicatorValues: { andel: 62.5 }, fundsUsedTkr: 1250 });
    const closed = { ...round, state: 'closed' as const };
    const rendered = checkCard(
      followUpCard(cardInput({ round: closed, items: [{ activity: act, answer: stored }] })),
    );
    expect(rendered.inputIds).toEqual([]);
    expect(rendered.text).toContain('Andel utbildade (procent, 0–100): 62,5');
    expect(rendered.text).toContain('Förbrukade utvecklingsmedel: 1\u00a0250 tkr');
  });

  it.each([
    ['a', 1],
    ['ö', 1],
    ['€', 1],
    ['€', 2],
    ['a', 5],
    ['€', 5],
  ])(
    'keeps the worst case in %s with %i indicators and funds per activity under 28 KB',
    (char, count) => {
      const { input, options } = worstWithValues(char, count);
      const sizes: number[] = [];
      for (const page of [1, 2, 3, 4, 5, 6]) {
        const card = followUpCard(input, { ...options, page });
        sizes.push(cardByteLength(card));
        expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
        checkCard(card);
      }
      // Two activities share a page while they have at most three value inputs together.
      const perPage = 2 * (count + 1) > 3 ? 1 : 2;
      expect(followUpPageOf(input.items, input.items[5]!.activity.id)).toBe(6 / perPage);
      console.info(`card with ${count} indicators + funds, '${char}': ${Math.max(...sizes)} bytes`);
    },
  );

  it('reads the value inputs back from the card’s data, numbers as sent', () => {
    const parsed = parseCardAction('followUp.submit', {
      v: 2,
      roundId: 'r',
      departmentId: 'd',
      page: 1,
      seen: {},
      'status.a.1': 'onTrack',
      'indicator.andel.a.1': '12.5',
      'indicator.antal.a.1': 7,
      'fundsUsed.a.1': '',
    });
    expect(parsed.ok && parsed.value.verb === 'followUp.submit' && parsed.value.entries).toEqual([
      {
        activityId: 'a.1',
        status: 'onTrack',
        comment: '',
        nextSteps: '',
        indicatorValues: { andel: '12.5', antal: '7' },
        fundsUsed: '',
      },
    ]);
    const bad = parseCardAction('followUp.submit', {
      v: 2,
      roundId: 'r',
      departmentId: 'd',
      page: 1,
      seen: {},
      'indicator.andel.a': { x: 1 },
    });
    expect(bad.ok).toBe(false);
  });
});

describe('card fingerprints with values', () => {
  const stored = { status: 'onTrack', comment: 'Klart.', nextSteps: '', version: '"v1"' };
  const shown = { indicatorIds: ['andel', 'rutin'], funds: true };

  it('keeps the fingerprint of an answer without values as cards carried it before', () => {
    const before = inputsFingerprint({ status: 'onTrack', comment: 'Klart.', nextSteps: '' });
    expect(seenParts(seenAnswer(stored, shown)).inputs).toBe(before);
  });

  it('matches values sent back as the card showed them, and not changed ones', () => {
    const answer = { ...stored, indicatorValues: { andel: 62.5, rutin: 0 }, fundsUsedTkr: 40 };
    const { inputs } = seenParts(seenAnswer(answer, shown));
    const sent = (andel: string) =>
      inputsFingerprint({
        status: 'onTrack',
        comment: 'Klart.',
        nextSteps: '',
        indicatorValues: { andel, rutin: '0' },
        fundsUsed: '40',
      });
    expect(sent('62.5')).toBe(inputs);
    expect(sent('62,50')).toBe(inputs);
    expect(sent('63')).not.toBe(inputs);
  });
});
