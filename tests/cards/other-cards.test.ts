import { describe, expect, it } from 'vitest';
import {
  channelLinkCard,
  channelLinkedCard,
  channelUnlinkedCard,
  workingGroupTarget,
} from '../../src/cards/channel-link-card.js';
import { errorCard, problemOf, type ErrorProblem } from '../../src/cards/error-card.js';
import { summaryCard } from '../../src/cards/summary-card.js';
import { parseCardAction } from '../../src/cards/verbs.js';
import type { Department } from '../../src/domain/model.js';
import { checkCard } from './support/card-checks.js';
import { department, round, tabUrl } from './support/fixtures.js';

const social: Department = {
  id: 'dep-sof',
  name: 'Social- och omsorgsförvaltningen',
  coordinating: true,
};

describe('summaryCard', () => {
  const input = {
    rounds: [
      { round, missing: [{ department, answered: 1, assigned: 3 }] },
      {
        round: { ...round, id: 'r2', title: 'Mandatperiodsuppföljning 2027', dueOn: '2027-05-31' },
        missing: [],
      },
    ],
    unreachable: [social],
    tabUrl,
  };

  it('says "1 av 1 besvarad" in the singular', () => {
    const one = summaryCard({
      ...input,
      rounds: [{ round, missing: [{ department, answered: 0, assigned: 1 }] }],
    });
    expect(checkCard(one).text).toContain('Kultur- och fritidsförvaltningen: 0 av 1 besvarad');
  });

  it('lists per round the departments missing answers, and the unreachable ones, with a tab link', () => {
    const card = summaryCard(input);
    const rendered = checkCard(card);
    expect(rendered.text).toContain('Uppföljning: förvaltningar som saknar svar');
    expect(rendered.text).toContain('Årsuppföljning 2026Sista svarsdag: 26 februari 2027');
    expect(rendered.text).toContain('Kultur- och fritidsförvaltningen: 1 av 3 besvarade');
    expect(rendered.text).toContain(
      'Mandatperiodsuppföljning 2027Sista svarsdag: 31 maj 2027Alla förvaltningar har svarat.',
    );
    expect(rendered.text).toContain('Kan inte nås, ingen kanal kopplad (1):');
    expect(rendered.text).toMatch(/\(1\):\s*Social- och omsorgsförvaltningenKoppla en kanal/);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Öppna uppföljningen i fliken', url: tabUrl },
    ]);
  });

  it('leaves out the unreachable section when every department has a channel', () => {
    expect(checkCard(summaryCard({ ...input, unreachable: [] })).text).not.toContain(
      'Kan inte nås',
    );
  });

  it('is written in English when the locale is English', () => {
    const text = checkCard(summaryCard(input, { locale: 'en' })).text;
    expect(text).toContain('Kultur- och fritidsförvaltningen: 1 of 3 answered');
    expect(text).toContain('Cannot be reached, no channel linked (1):');
    expect(text).toContain('Due date: 31 May 2027');
  });
});

describe('channel cards', () => {
  it('lets a department or the working group be picked and sends channel.link with the choice', () => {
    const rendered = checkCard(channelLinkCard({ departments: [department, social] }));
    expect(rendered.inputIds).toEqual(['target']);
    const options = Array.from(rendered.element.querySelectorAll('option')).map(
      (o) => o.textContent,
    );
    expect(options).toEqual([
      'Välj förvaltning',
      'Arbetsgruppen (sammanställningar och eskaleringar)',
      'Kultur- och fritidsförvaltningen',
      'Social- och omsorgsförvaltningen',
    ]);
    rendered.setInput('target', social.id);
    const action = rendered.click('Koppla');
    expect(action).toEqual({ verb: 'channel.link', data: { v: 1, target: 'dep-sof' } });
    expect(parseCardAction(action.verb, action.data).ok).toBe(true);
  });

  it('preselects and names the current link', () => {
    const current = { target: department.id, name: department.name };
    const rendered = checkCard(channelLinkCard({ departments: [department, social], current }));
    expect(rendered.inputValue('target')).toBe(department.id);
    expect(rendered.text).toContain('Kopplad nu: Kultur- och fritidsförvaltningen');
  });

  it('confirms a link and offers to unlink it with channel.unlink', () => {
    const rendered = checkCard(channelLinkedCard({ target: department.id, name: department.name }));
    expect(rendered.text).toContain('Kanalen hör nu till: Kultur- och fritidsförvaltningen');
    expect(rendered.click('Koppla från')).toEqual({
      verb: 'channel.unlink',
      data: { v: 1, target: department.id },
    });
    const group = checkCard(channelLinkedCard({ target: workingGroupTarget, name: 'ignored' }));
    expect(group.text).toContain('Arbetsgruppen (sammanställningar och eskaleringar)');
    expect(group.text).toContain('eskaleringar till arbetsgruppen postas här');
  });

  it('confirms an unlink, and says when there was nothing to unlink', () => {
    const text = checkCard(
      channelUnlinkedCard({ target: department.id, name: department.name }),
    ).text;
    expect(text).toContain('Kanalen är inte längre kopplad');
    expect(text).toContain('Kopplingen är borttagen för: Kultur- och fritidsförvaltningen');
    expect(checkCard(channelUnlinkedCard(undefined)).text).toContain(
      'Kanalen var inte kopplad till någon förvaltning.',
    );
  });

  it('is written in English when the locale is English', () => {
    const rendered = checkCard(channelLinkCard({ departments: [department] }, { locale: 'en' }));
    expect(rendered.text).toContain('Link this channel');
    expect(rendered.actionTitles).toEqual(['Link']);
    expect(checkCard(channelUnlinkedCard(undefined, { locale: 'en' })).text).toContain(
      'The channel was not linked to any department.',
    );
  });
});

describe('errorCard', () => {
  const problems: ErrorProblem[] = [
    'unknownVerb',
    'malformed',
    'oversized',
    'forbidden',
    'roundClosed',
    'notFound',
    'throttled',
    'unavailable',
  ];

  it.each(problems)('explains %s in Swedish and English and says nothing was saved', (problem) => {
    const sv = checkCard(errorCard(problem)).text;
    expect(sv.startsWith('Det gick inte')).toBe(true);
    expect(sv).toContain('Inget sparades.');
    const en = checkCard(errorCard(problem, { locale: 'en' })).text;
    expect(en.startsWith('That did not work')).toBe(true);
    expect(en).toContain('Nothing was saved.');
  });

  it('gives each problem its own message', () => {
    const texts = new Set(problems.map((p) => checkCard(errorCard(p)).text));
    expect(texts.size).toBe(problems.length);
  });

  it('links to the tab when given the address', () => {
    const card = errorCard('forbidden', { tabUrl });
    expect(checkCard(card).actionTitles).toEqual(['Öppna fliken']);
    expect(checkCard(errorCard('forbidden')).actionTitles).toEqual([]);
  });

  it('maps a use case failure reason to its problem', () => {
    expect(problemOf('forbidden')).toBe('forbidden');
    expect(problemOf('throttled')).toBe('throttled');
  });
});
