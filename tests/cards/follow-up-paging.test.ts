import { describe, expect, it } from 'vitest';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { followUpPageCount, followUpPageSize } from '../../src/cards/follow-up-pages.js';
import { reminderTitle } from '../../src/cards/reminder-titles.js';
import { parseCardAction } from '../../src/cards/verbs.js';
import type { ReminderStage } from '../../src/domain/model.js';
import { checkCard } from './support/card-checks.js';
import { cardInput, manyItems } from './support/fixtures.js';

const titlesOnPage = (text: string) =>
  [...text.matchAll(/Aktivitet (\d+)/g)].map((m) => Number(m[1]));

describe('followUpCard paging', () => {
  it('shows the page size of activities per page and every activity on exactly one page', () => {
    const count = followUpPageSize * 3 + 1;
    const input = cardInput({ items: manyItems(count) });
    const pages = followUpPageCount(count);
    expect(pages).toBe(4);
    const seen = Array.from({ length: pages }, (_, i) =>
      titlesOnPage(checkCard(followUpCard(input, { page: i + 1 })).text),
    );
    expect(seen.map((p) => p.length)).toEqual([
      followUpPageSize,
      followUpPageSize,
      followUpPageSize,
      1,
    ]);
    expect(seen.flat()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('has a next button on the first page, both on a middle page and a previous on the last', () => {
    const input = cardInput({ items: manyItems(followUpPageSize * 3) });
    const titles = (page: number) => checkCard(followUpCard(input, { page })).actionTitles;
    expect(titles(1)).toEqual(['Skicka svar', 'Nästa sida', 'Öppna i fliken']);
    expect(titles(2)).toEqual(['Skicka svar', 'Föregående sida', 'Nästa sida', 'Öppna i fliken']);
    expect(titles(3)).toEqual(['Skicka svar', 'Föregående sida', 'Öppna i fliken']);
    expect(checkCard(followUpCard(input, { page: 2 })).text).toContain('Sida 2 av 3');
  });

  it('sends followUp.page with the target page and the inputs of the page shown', () => {
    const input = cardInput({ items: manyItems(followUpPageSize * 3) });
    const rendered = checkCard(followUpCard(input, { page: 2, stage: 'due' }));
    const [first] = rendered.inputIds;
    rendered.setInput(first!, 'done');
    const next = rendered.click('Nästa sida');
    expect(next.verb).toBe('followUp.page');
    expect(next.data).toMatchObject({ page: 3, stage: 'due', [first!]: 'done' });
    const parsed = parseCardAction(next.verb, next.data);
    expect(parsed.ok && parsed.value.verb === 'followUp.page' && parsed.value.data.page).toBe(3);
    expect(rendered.click('Föregående sida').data).toMatchObject({ page: 1 });
    expect(rendered.click('Skicka svar').data).toMatchObject({ page: 2 });
  });

  it('keeps the given values of the page it shows', () => {
    const input = cardInput({ items: manyItems(followUpPageSize * 2) });
    const id = `act-${String(followUpPageSize + 1).padStart(3, '0')}`;
    const card = followUpCard(input, { page: 2, values: { [id]: { comment: 'Sparas inte än' } } });
    expect(checkCard(card).inputValue(`comment.${id}`)).toBe('Sparas inte än');
  });

  it('clamps a page number outside the pages to the nearest page', () => {
    const input = cardInput({ items: manyItems(followUpPageSize + 1) });
    expect(titlesOnPage(checkCard(followUpCard(input, { page: 99 })).text)).toEqual([
      followUpPageSize + 1,
    ]);
    expect(titlesOnPage(checkCard(followUpCard(input, { page: 0 })).text)[0]).toBe(1);
  });

  it('has a single page without paging buttons or note for a small department', () => {
    const rendered = checkCard(followUpCard(cardInput({ items: manyItems(followUpPageSize) })));
    expect(rendered.actionTitles).toEqual(['Skicka svar', 'Öppna i fliken']);
    expect(rendered.text).not.toContain('Sida 1');
    expect(rendered.text).not.toContain('byter sida');
  });
});

describe('followUpCard reminder stages', () => {
  const stages: [ReminderStage, string, string][] = [
    ['opening', 'Uppföljningen har öppnat', 'The follow-up has opened'],
    ['twoWeeks', 'Påminnelse: två veckor kvar', 'Reminder: two weeks left'],
    ['threeWorkingDays', 'Påminnelse: 3 arbetsdagar kvar', 'Reminder: 3 working days left'],
    ['due', 'Sista dag idag', 'Last day today'],
    [
      'overdue-1',
      'Sista svarsdagen har passerat: svar saknas',
      'The due date has passed: answers missing',
    ],
    [
      'overdue-7',
      'Sista svarsdagen har passerat: svar saknas',
      'The due date has passed: answers missing',
    ],
  ];

  it.each(stages)('titles the %s card in Swedish and English', (stage, sv, en) => {
    expect(reminderTitle(stage, 'sv')).toBe(sv);
    expect(reminderTitle(stage, 'en')).toBe(en);
    const card = followUpCard(cardInput(), { stage });
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: sv, style: 'heading' });
    expect(checkCard(card).text.startsWith(sv)).toBe(true);
    expect(checkCard(followUpCard(cardInput(), { stage, locale: 'en' })).text.startsWith(en)).toBe(
      true,
    );
  });

  it('carries the stage in every action so a refreshed card keeps its title', () => {
    const card = followUpCard(cardInput({ items: manyItems(followUpPageSize + 1) }), {
      stage: 'overdue-2',
    });
    const executes = [...(card.actions ?? []), card.refresh!.action].filter(
      (a) => a.type === 'Action.Execute',
    );
    expect(executes).toHaveLength(3);
    for (const action of executes) expect(action.data).toMatchObject({ stage: 'overdue-2' });
  });

  it('starts with the round title when it is no reminder', () => {
    const card = followUpCard(cardInput());
    expect(card.body[0]).toMatchObject({ type: 'RichTextBlock' });
    expect(checkCard(card).text.startsWith('Årsuppföljning 2026')).toBe(true);
  });
});
