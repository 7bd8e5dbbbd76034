import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelLinkCard } from '../../src/cards/channel-link-card.js';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { followUpPageCount, followUpPageSize } from '../../src/cards/follow-up-pages.js';
import { cardByteLength, cardByteLimit, jsonByteLength } from '../../src/cards/size.js';
import { summaryCard } from '../../src/cards/summary-card.js';
import type { Department } from '../../src/domain/model.js';
import { checkCard } from './support/card-checks.js';
import { cardSchemaErrors } from './support/card-schema.js';
import { activity, answer, cardInput, round } from './support/fixtures.js';
import { worstCaseInput, worstCaseOptions } from './support/worst-case.js';

describe('card size', () => {
  it('measures UTF-8 bytes of the JSON', () => {
    expect(jsonByteLength({ a: 'ö€' })).toBe('{"a":""}'.length + 2 + 3);
    expect(jsonByteLength(() => 1)).toBeUndefined();
  });

  it.each([1, 2, 3])(
    'keeps page %i of the worst case in ASCII under 28 KB in full form, members listed',
    (page) => {
      const input = worstCaseInput('a', followUpPageSize * 3);
      const card = followUpCard(input, { ...worstCaseOptions(input, 'a'), page });
      expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
      expect(card.refresh?.userIds).toHaveLength(60);
      const text = checkCard(card).text;
      expect(text).toContain('a'.repeat(255));
      expect(text).toContain('2 svar till');
    },
  );

  it('keeps the posted card (no notices) with the longest Swedish texts in full form', () => {
    const input = worstCaseInput('ö', followUpPageSize * 3);
    const card = followUpCard(input, { stage: 'overdue-12', page: 2 });
    expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(checkCard(card).text).toContain('ö'.repeat(255));
  });

  it.each(['ö', '€'])(
    'keeps the worst case in %s under 28 KB in compact form, with the inputs whole',
    (char) => {
      const input = worstCaseInput(char, followUpPageSize * 3);
      const card = followUpCard(input, { ...worstCaseOptions(input, char), page: 2 });
      expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
      expect(card.refresh).not.toHaveProperty('userIds');
      const rendered = checkCard(card);
      const [status, comment, nextSteps] = rendered.inputIds;
      expect(status).toMatch(/^status\./);
      expect(rendered.inputValue(comment!)).toBe(char.repeat(1000));
      expect(rendered.inputValue(nextSteps!)).toBe(char.repeat(500));
      expect(rendered.text).toContain('5 nya svar har kommit in.');
      expect(rendered.actionTitles).toEqual([
        'Skicka svar',
        'Klarmarkera',
        'Föregående sida',
        'Nästa sida',
        'Öppna i fliken',
      ]);
    },
  );

  it('stays under 28 KB and schema-valid for any texts and options (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom('€', 'ö', 'a', '"', '\\', '\n', '\u0001', '\uD800', '😀'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    const text = (max: number) => fc.string({ unit, minLength: 1, maxLength: max });
    const entry = fc.record({
      title: text(255),
      comment: text(1000),
      nextSteps: text(500),
      name: text(120),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (entries, page, withNotices) => {
          const items = entries.map((e, i) => ({
            activity: activity(`a${i}`, e.title),
            answer: answer(`a${i}`, {
              comment: e.comment,
              nextSteps: e.nextSteps,
              answeredBy: { id: 'u', name: e.name },
            }),
          }));
          const input = cardInput({ items, round: { ...round, title: entries[0]?.title ?? 'R' } });
          const notices = withNotices
            ? worstCaseOptions(input, '€')
            : { values: { a0: { comment: entries[0]?.comment ?? '' } } };
          const card = followUpCard(input, { ...notices, page });
          expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
          expect(cardSchemaErrors(card)).toEqual([]);
          expect(followUpPageCount(items.length)).toBe(
            Math.max(1, Math.ceil(items.length / followUpPageSize)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

const longDepartments = (count: number, prefix: string): Department[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `${i} ${'€'.repeat(250)}`,
    coordinating: false,
  }));

describe('list cards size', () => {
  it('keeps a summary of 3 rounds × 290 departments and 290 unreachable under 28 KB, counting the rest', () => {
    const departments = longDepartments(290, 'd');
    const rounds = [1, 2, 3].map((n) => ({
      round: { ...round, id: `r${n}`, title: '€'.repeat(255) },
      missing: departments.map((department) => ({ department, answered: 3, assigned: 20 })),
    }));
    const card = summaryCard({
      rounds,
      unreachable: longDepartments(290, 'u'),
      tabUrl: 'https://x.example/tab',
    });
    expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
    const text = checkCard(card).text;
    expect(text).toContain('Kan inte nås, ingen kanal kopplad (290):');
    expect(text).toMatch(/… och \d+ till\. Fliken visar alla\./);
  });

  it('keeps a link card for 300 departments under 28 KB and says that some are left out', () => {
    const card = channelLinkCard({ departments: longDepartments(300, 'd') });
    expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
    expect(checkCard(card).text).toContain('Alla förvaltningar får inte plats här');
  });
});
