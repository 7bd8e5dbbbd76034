import { describe, expect, it } from 'vitest';
import { inputsFingerprint, seenAnswer, seenParts } from '../../src/cards/card-version.js';
import type { FollowUpItem } from '../../src/cards/follow-up-activity.js';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { followUpPageOf, followUpPageValueInputs } from '../../src/cards/follow-up-pages.js';
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
    expect(rendered.inputValue('indicator.andel.act-1')).toBe('62,5');
    expect(rendered.inputValue('indicator.rutin.act-1')).toBe('0');
    expect(rendered.inputValue('fundsUsed.act-1')).toBe('40');
    const json = JSON.stringify(card);
    expect(json).toContain(
      '"label":"Andel utbildade (procent, 0–100; mål 80 år 2026)","maxLength":30,"regex":',
    );
    expect(json).toContain(
      '"errorMessage":"Skriv ett tal 0–100 med högst två decimaler, t.ex. 12,5.","placeholder":"t.ex. 12,5"',
    );
    expect(json).toContain('Skriv ett belopp i tkr med högst tre decimaler, t.ex. 12,5.');
    expect(json).not.toContain('Input.Number');
    expect(json).toContain('Förbrukade utvecklingsmedel i omgången, tkr (tilldelat 120 tkr)');
    expect(json).toContain('"placeholder":"Ej angivet"');
  });

  /** A card with a percentage, a count and funds, for typing into the rendered inputs. */
  function typedCard(kept?: Record<string, string>) {
    const act = activity('act-1', 'Utbildning', {
      indicators: [
        { id: 'andel', name: 'Andel utbildade', unit: 'percent', better: 'higher' },
        { id: 'antal', name: 'Utbildade', unit: 'count', better: 'higher' },
      ],
      allocatedTkr: 120,
    });
    const values = kept === undefined ? {} : { values: { 'act-1': { indicatorValues: kept } } };
    return followUpCard(cardInput({ items: [{ activity: act }] }), values);
  }

  it('sends a value typed with a decimal comma as typed (Input.Number dropped it)', () => {
    const rendered = checkCard(typedCard());
    rendered.setInput('status.act-1', 'onTrack');
    rendered.setInput('indicator.andel.act-1', '12,5');
    rendered.setInput('indicator.antal.act-1', '1 250');
    rendered.setInput('fundsUsed.act-1', '0,25');
    const sent = rendered.click('Skicka svar');
    expect(sent.verb).toBe('followUp.submit');
    expect(sent.data).toMatchObject({
      'indicator.andel.act-1': '12,5',
      'indicator.antal.act-1': '1 250',
      'fundsUsed.act-1': '0,25',
    });
    const parsed = parseCardAction(sent.verb, sent.data);
    expect(parsed.ok && parsed.value.verb === 'followUp.submit' && parsed.value.entries).toEqual([
      expect.objectContaining({
        indicatorValues: { andel: '12,5', antal: '1 250' },
        fundsUsed: '0,25',
      }),
    ]);
  });

  it.each([
    ['indicator.andel.act-1', '12,5,3', 'Skriv ett tal 0–100 med högst två decimaler, t.ex. 12,5.'],
    ['indicator.andel.act-1', 'abc', 'Skriv ett tal 0–100 med högst två decimaler, t.ex. 12,5.'],
    ['indicator.antal.act-1', '12,5', 'Skriv ett heltal, t.ex. 12, utan enhet eller bokstäver.'],
    ['fundsUsed.act-1', '1.250', 'Skriv ett belopp i tkr med högst tre decimaler, t.ex. 12,5.'],
  ])('stops %s = %s in the client with its message, sending nothing', (id, text, message) => {
    const rendered = checkCard(typedCard());
    rendered.setInput(id, text);
    expect(() => rendered.click('Skicka svar')).toThrow(/executed nothing/);
    expect(rendered.element.textContent).toContain(message);
    rendered.setInput(id, '12');
    expect(rendered.click('Skicka svar').data).toMatchObject({ [id]: '12' });
  });

  it('shows a refused value again as it was typed, so that it can be corrected', () => {
    const rendered = checkCard(typedCard({ andel: '12,5,3', antal: ' 7 ' }));
    expect(rendered.inputValue('indicator.andel.act-1')).toBe('12,5,3');
    expect(rendered.inputValue('indicator.antal.act-1')).toBe(' 7 ');
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

  it.each(['a', 'ö', '€'])(
    'keeps two activities sharing a page at the value budget under 28 KB, in %s',
    (char) => {
      const { input, options } = worstWithValues(char, followUpPageValueInputs);
      // Every other activity without values: two share a page with the budget's inputs.
      const items = input.items.map((item, i) =>
        i % 2 === 0
          ? { ...item, activity: { ...item.activity, indicators: [], allocatedTkr: undefined } }
          : { ...item, activity: { ...item.activity, allocatedTkr: undefined } },
      );
      const shared = { ...input, items };
      // No messages for the indicators taken away (the card would print them as refusals of
      // inputs it does not show, as for an indicator ended after the card was posted).
      const without = new Set(items.filter((_, i) => i % 2 === 0).map((i) => i.activity.id));
      const errors = Object.fromEntries(
        Object.entries(options.errors ?? {}).filter(
          ([key]) =>
            !key.startsWith('indicator.') || !without.has(key.split('.').slice(2).join('.')),
        ),
      );
      const sizes = [1, 2, 3].map((page) => {
        const card = followUpCard(shared, { ...options, errors, page });
        expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
        expect(JSON.stringify(card).split('"id":"status.')).toHaveLength(3);
        checkCard(card);
        return cardByteLength(card);
      });
      console.info(
        `two activities, ${followUpPageValueInputs} values, '${char}': ${Math.max(...sizes)} bytes`,
      );
    },
  );

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
      // Two activities share a page while they have at most two value inputs together.
      const perPage = 2 * (count + 1) > followUpPageValueInputs ? 1 : 2;
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

  it('matches the values as the text inputs show them (1 250,5 with a no-break space)', () => {
    const withValues = { ...stored, indicatorValues: { andel: 62.5 }, fundsUsedTkr: 1250.5 };
    const card = followUpCard(
      cardInput({
        items: [
          {
            activity: activity('act-1', 'Utbildning', {
              indicators: [{ id: 'andel', name: 'Andel', unit: 'percent', better: 'higher' }],
              allocatedTkr: 2000,
            }),
            answer: answer('act-1', { indicatorValues: { andel: 62.5 }, fundsUsedTkr: 1250.5 }),
          },
        ],
      }),
    );
    const rendered = checkCard(card);
    const shownText = {
      andel: rendered.inputValue('indicator.andel.act-1')!,
      funds: rendered.inputValue('fundsUsed.act-1')!,
    };
    expect(shownText).toEqual({ andel: '62,5', funds: '1\u00a0250,5' });
    const { inputs } = seenParts(seenAnswer(withValues, { indicatorIds: ['andel'], funds: true }));
    const sent = inputsFingerprint({
      status: 'onTrack',
      comment: 'Klart.',
      nextSteps: '',
      indicatorValues: { andel: shownText.andel },
      fundsUsed: shownText.funds,
    });
    expect(sent).toBe(inputs);
  });
});
