import { describe, expect, it } from 'vitest';
import {
  channelLinkCard,
  channelLinkedCard,
  channelUnlinkedCard,
} from '../../src/cards/channel-link-card.js';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { summaryCard } from '../../src/cards/summary-card.js';
import { renderCard } from './support/card-renderer.js';
import { checkCard, markupIn } from './support/card-checks.js';
import { activity, answer, areas, cardInput, department, round } from './support/fixtures.js';

/**
 * Text from users and from the plan's data must reach the screen as text. The test host renders
 * markdown with raw HTML and bare-URL links switched on, so anything the cards sent through
 * markdown would turn into elements here.
 */

const hostile = [
  '[klicka](https://evil.example)',
  '<b>x</b>',
  '<img src=x onerror=alert(1)>',
  '**fet** och _kursiv_',
  '- punkt',
  '1. numrerad',
  '# rubrik',
  '> citat',
  '`kod`',
  'se https://evil.example/sida',
  '<at>Alla</at>',
];
const nasty = hostile.join('\n');

function hostileFollowUpCard(state: 'open' | 'closed') {
  const items = [
    {
      activity: activity('act-1', hostile.join(' ').slice(0, 255), { example: true }),
      area: { ...areas[0]!, title: '[område](https://evil.example) <b>x</b>' },
      answer: answer('act-1', {
        comment: nasty,
        nextSteps: '<b>x</b> [nästa](https://evil.example)',
        answeredBy: { id: 'u', name: '[Anna](https://evil.example) <b>A</b>' },
      }),
    },
  ];
  return followUpCard(
    cardInput({
      round: { ...round, state, title: '**Årsuppföljning** [2026](https://evil.example)' },
      department: { ...department, name: '<b>Förvaltning</b> [x](https://evil.example)' },
      items,
    }),
    {
      stage: 'due',
      errors: { 'comment.act-1': '<b>fel</b> [här](https://evil.example)' },
      stale: [
        {
          name: '<b>Bo</b>',
          activityTitle: '[t](https://evil.example)',
          answeredAt: '2027-02-21T09:05:00+01:00',
        },
      ],
    },
  );
}

describe('text from data on cards', () => {
  it('would become a link and markup in the test host if it went through a TextBlock', () => {
    const control = renderCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: nasty, wrap: true }],
    });
    expect(control.element.querySelector('a[href="https://evil.example"]')).not.toBeNull();
    expect(control.element.querySelector('b')).not.toBeNull();
    expect(control.element.querySelector('img')).not.toBeNull();
  });

  it('shows comments, titles, names and messages on an open follow-up card as text', () => {
    const rendered = checkCard(hostileFollowUpCard('open'));
    expect(markupIn(rendered)).toEqual([]);
    expect(rendered.inputValue('comment.act-1')).toBe(nasty);
    for (const text of [
      '**Årsuppföljning** [2026](https://evil.example)',
      '<b>Förvaltning</b> [x](https://evil.example)',
      '[område](https://evil.example) <b>x</b>',
      'Besvarad av [Anna](https://evil.example) <b>A</b>',
      '<b>fel</b> [här](https://evil.example)',
      '<b>Bo</b> svarade på ”[t](https://evil.example)”',
      hostile.join(' ').slice(0, 255),
    ]) {
      expect(rendered.text).toContain(text);
    }
  });

  it('shows the stored comment of a closed round as text, line for line', () => {
    const rendered = checkCard(hostileFollowUpCard('closed'));
    expect(markupIn(rendered)).toEqual([]);
    expect(rendered.text).toContain(`Kommentar: ${nasty}`);
    expect(rendered.text).toContain('Nästa steg: <b>x</b> [nästa](https://evil.example)');
  });

  it('shows department and round names on the summary card as text', () => {
    const evil = { ...department, name: '[klicka](https://evil.example) <b>x</b>' };
    const card = summaryCard({
      rounds: [
        {
          round: { ...round, title: '<b>R</b>' },
          missing: [{ department: evil, answered: 0, assigned: 2 }],
        },
      ],
      unreachable: [evil],
      tabUrl: 'https://x.example/tab',
    });
    const rendered = checkCard(card);
    expect(markupIn(rendered)).toEqual([]);
    expect(rendered.text).toContain('[klicka](https://evil.example) <b>x</b>: 0 av 2 besvarade');
  });

  it('shows department names on the channel cards as text', () => {
    const evil = { ...department, name: '[klicka](https://evil.example) <b>x</b>' };
    const target = { target: evil.id, name: evil.name };
    for (const card of [
      channelLinkCard({ departments: [evil], current: target }),
      channelLinkedCard(target),
      channelUnlinkedCard(target),
    ]) {
      const rendered = checkCard(card);
      expect(markupIn(rendered)).toEqual([]);
      expect(rendered.text).toContain('[klicka](https://evil.example) <b>x</b>');
    }
  });
});
