import { describe, expect, it } from 'vitest';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { cardByteLength, cardByteLimit } from '../../src/cards/size.js';
import type { SignOff } from '../../src/domain/sign-off.js';
import { checkCard } from './support/card-checks.js';
import { answer, cardInput, items } from './support/fixtures.js';
import { worstCaseInput } from './support/worst-case.js';

const answered = items.map((item) => ({ ...item, answer: answer(item.activity.id) }));

const signedOff: SignOff = {
  roundId: 'round-2026',
  departmentId: 'dep-kof',
  state: 'signedOff',
  signedBy: { id: 'user-cecilia', name: 'Cecilia Carlsson' },
  signedAt: '2027-02-24T09:05:00Z',
};

describe('follow-up card: department sign-off', () => {
  it('offers Klarmarkera only once every activity has its answer', () => {
    const partly = checkCard(followUpCard(cardInput()));
    expect(partly.actionTitles).not.toContain('Klarmarkera');
    const all = checkCard(followUpCard(cardInput({ items: answered })));
    expect(all.actionTitles).toEqual(['Skicka svar', 'Klarmarkera', 'Öppna i fliken']);
    expect(all.text).toContain('Klarmarkera när förvaltningens del är klar');
    const action = all.click('Klarmarkera');
    expect(action).toMatchObject({ verb: 'followUp.signOff' });
    const readOnly = checkCard(followUpCard(cardInput({ items: answered }), { readOnly: true }));
    expect(readOnly.actionTitles).not.toContain('Klarmarkera');
  });

  it('shows who signed off and when, with the answers as text and no inputs', () => {
    const card = followUpCard(cardInput({ items: answered, signOff: signedOff }));
    const rendered = checkCard(card);
    expect(rendered.text).toContain(
      'Klarmarkerad av Cecilia Carlsson den 24 februari 2027 kl. 10.05.',
    );
    expect(rendered.text).toContain('Svaren är låsta. Arbetsgruppen kan öppna dem igen.');
    expect(rendered.inputIds).toEqual([]);
    expect(rendered.actionTitles).toEqual(['Öppna i fliken']);
  });

  it('says when the working group reopened the part, with the inputs back', () => {
    const reopened: SignOff = {
      ...signedOff,
      state: 'reopened',
      reopenedBy: { id: 'user-anna', name: 'Anna Andersson' },
      reopenedAt: '2027-02-25T08:00:00Z',
    };
    const rendered = checkCard(followUpCard(cardInput({ items: answered, signOff: reopened })));
    expect(rendered.text).toContain(
      'Arbetsgruppen öppnade förvaltningens del igen den 25 februari 2027 kl. 09.00',
    );
    expect(rendered.inputIds.length).toBeGreaterThan(0);
    expect(rendered.actionTitles).toContain('Klarmarkera');
  });

  it('says why a change was refused on a signed-off part', () => {
    const card = followUpCard(cardInput({ items: answered, signOff: signedOff }), {
      refusal: 'signedOff',
    });
    expect(checkCard(card).text).toContain('Förvaltningen har klarmarkerat sin del');
  });

  it('keeps a signed-off worst case under 28 KB', () => {
    for (const char of ['ö', '€']) {
      const input = worstCaseInput(char, 6);
      const signOff = { ...signedOff, signedBy: { id: 'u', name: char.repeat(255) } };
      const card = followUpCard({ ...input, signOff }, { stage: 'overdue-12', page: 2 });
      expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
      checkCard(card);
    }
  });
});
