import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botWorld, cardText, inputsOf, type BotWorld } from './support/bot-world.js';
import { postedCard, refreshed, storedRow, submit, type Card } from './support/card-clicks.js';

/**
 * A card is stale only for the activities whose stored answer changed since it showed them
 * (issue 16): an answer to another activity of the department in between is no conflict, while
 * two people answering the same activity still end with one answer stored and the other told.
 * The social department's card has three pages: A1.2, A2.1 | A2.2, A3.1 | A4.1, A5.2.
 */

function setup() {
  const ctx = {} as { w: BotWorld; posted: Card };
  beforeAll(async () => {
    ctx.w = await botWorld();
    ctx.posted = await postedCard(ctx.w);
  });
  afterAll(() => ctx.w.close());
  return ctx;
}

describe('stale follow-up cards, per activity', () => {
  const ctx = setup();

  it('stores an answer from a card that showed the activity as stored (issue 16, steps 1-5)', async () => {
    const { w, posted } = ctx;
    const { bertil, cecilia } = w.people;
    const first = await refreshed(w, bertil, posted, 3);
    const saved1 = await submit(w, bertil, first, { 'status.A4.1': 'onTrack' });
    expect(cardText(saved1.body.value)).toContain('Tack! Svaren är sparade.');
    const ceciliaPage3 = await refreshed(w, cecilia, posted, 3);
    const saved2 = await submit(w, cecilia, ceciliaPage3, { 'status.A4.1': 'delayed' });
    expect(cardText(saved2.body.value)).toContain('Tack! Svaren är sparade.');
    const bertilPage3 = await refreshed(w, bertil, posted, 3);
    expect(cardText(bertilPage3.card)).toMatch(/Besvarad av Cecilia Carlsson/);
    const ceciliaPage1 = await refreshed(w, cecilia, posted, 1);
    const saved3 = await submit(w, cecilia, ceciliaPage1, { 'status.A1.2': 'done' });
    expect(cardText(saved3.body.value)).toContain('Tack! Svaren är sparade.');

    const answer = await submit(w, bertil, bertilPage3, {
      'status.A4.1': 'done',
      'comment.A4.1': 'Klart i mars.',
    });
    const text = cardText(answer.body.value);
    expect(text).not.toMatch(/Någon hann svara/);
    expect(text).toContain('Tack! Svaren är sparade.');
    expect((await storedRow(w, 'A4.1'))?.fields).toMatchObject({
      Status: 'Genomförd',
      Comment: 'Klart i mars.',
      AnsweredByName: 'Bertil Berg',
    });
  });

  it('still refuses a card whose activity was answered by someone else since it was shown', async () => {
    const { w, posted } = ctx;
    const { bertil, cecilia } = w.people;
    const bertilPage2 = await refreshed(w, bertil, posted, 2);
    const ceciliaPage2 = await refreshed(w, cecilia, posted, 2);
    await submit(w, cecilia, ceciliaPage2, { 'status.A3.1': 'delayed', 'comment.A3.1': 'Sent.' });
    const before = await storedRow(w, 'A3.1');
    const answer = await submit(w, bertil, bertilPage2, { 'status.A3.1': 'dropped' });
    const text = cardText(answer.body.value);
    expect(text).toMatch(/Någon hann svara/);
    expect(text).toMatch(/Cecilia Carlsson svarade på/);
    expect(inputsOf(answer.body.value)['status.A3.1']).toBe('dropped');
    expect(await storedRow(w, 'A3.1')).toEqual(before);
  });

  it('takes inputs left as the card showed them as no answer, so they overwrite nobody', async () => {
    const { w, posted } = ctx;
    const { bertil, cecilia } = w.people;
    const bertilPage1 = await refreshed(w, bertil, posted, 1);
    const ceciliaPage1 = await refreshed(w, cecilia, posted, 1);
    expect(inputsOf(bertilPage1.card)['status.A1.2']).toBe('done');
    await submit(w, cecilia, ceciliaPage1, { 'status.A1.2': 'onTrack', 'comment.A1.2': 'Igång.' });
    const answer = await submit(w, bertil, bertilPage1, { 'status.A2.1': 'delayed' });
    expect(cardText(answer.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await storedRow(w, 'A2.1'))?.fields.Status).toBe('Försenad');
    expect((await storedRow(w, 'A1.2'))?.fields).toMatchObject({
      Status: 'Pågår enligt plan',
      Comment: 'Igång.',
      AnsweredByName: 'Cecilia Carlsson',
    });
  });

  it('judges inputs shown again after a refusal against the answer the person saw, not a newer one', async () => {
    const { w, posted } = ctx;
    const { bertil, cecilia } = w.people;
    const bertilPage3 = await refreshed(w, bertil, posted, 3);
    const ceciliaPage3 = await refreshed(w, cecilia, posted, 3);
    await submit(w, cecilia, ceciliaPage3, { 'status.A5.2': 'done', 'comment.A5.2': 'Klart.' });
    const refused = await submit(w, bertil, bertilPage3, {
      'status.A5.2': 'delayed',
      'comment.A5.2': 'Ring 19121212-1212.',
    });
    expect(cardText(refused.body.value)).toMatch(/Inget sparades/);
    const again = await submit(
      w,
      bertil,
      { card: refused.body.value, messageId: posted.messageId },
      { 'comment.A5.2': 'Försenat.' },
    );
    expect(cardText(again.body.value)).toMatch(/Cecilia Carlsson svarade på/);
    expect((await storedRow(w, 'A5.2'))?.fields).toMatchObject({
      Comment: 'Klart.',
      AnsweredByName: 'Cecilia Carlsson',
    });
  });

  it('ends two first answers to one activity at the same moment with one stored and the other told', async () => {
    const { w, posted } = ctx;
    const { bertil, cecilia } = w.people;
    const bertilPage2 = await refreshed(w, bertil, posted, 2);
    const ceciliaPage2 = await refreshed(w, cecilia, posted, 2);
    const [one, two] = await Promise.all([
      submit(w, bertil, bertilPage2, { 'status.A2.2': 'done', 'comment.A2.2': 'Bertils svar.' }),
      submit(w, cecilia, ceciliaPage2, {
        'status.A2.2': 'delayed',
        'comment.A2.2': 'Cecilias svar.',
      }),
    ]);
    const texts = [one, two].map((a) => cardText(a.body.value));
    const saved = texts.filter((t) => t.includes('Tack! Svaren är sparade.'));
    const told = texts.filter((t) => /Någon hann svara/.test(t));
    expect([saved.length, told.length]).toEqual([1, 1]);
    const row = await storedRow(w, 'A2.2');
    expect(row?.versions).toBe(1);
    const winner =
      row?.fields.AnsweredByName === 'Bertil Berg' ? 'Bertil Berg' : 'Cecilia Carlsson';
    const loser = winner === 'Bertil Berg' ? 'Cecilia Carlsson' : 'Bertil Berg';
    expect(told[0]).toContain(`${winner} svarade på`);
    expect(told[0]).not.toContain(`${loser} svarade på`);
  });
});
