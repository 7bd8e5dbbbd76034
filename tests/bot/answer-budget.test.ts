import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botWorld, cardText, inputsOf, type BotWorld } from './support/bot-world.js';
import { postedCard, refreshed, storedRow, submit, type Card } from './support/card-clicks.js';

/**
 * A card answer has a time budget that fits Teams (issue 16): Graph throttling whose Retry-After
 * would outlast it is not waited out. Faults come from the emulator's fault injection
 * (`POST /_emulator/faults/script`), each for one batch part, with Retry-After 5 s (beyond the
 * budget) or 1 s (within it). Nothing refused is stored, what was typed is kept, and "saved" is
 * said only of what is stored.
 */

const items = '/sites/{site-id}/lists/{list-id}/items';
const fields = '/sites/{site-id}/lists/{list-id}/items/{item-id}/fields';
const busy = 'SharePoint är tillfälligt överbelastat, så svaret sparades inte.';

function setup() {
  const ctx = {} as { w: BotWorld; posted: Card };
  beforeAll(async () => {
    ctx.w = await botWorld();
    ctx.posted = await postedCard(ctx.w);
  });
  afterEach(() => ctx.w.emulator.resetFaults());
  afterAll(() => ctx.w.close());
  return ctx;
}

/** Graph answers 429 with this Retry-After to the next batch part of this method and route. */
function throttle(w: BotWorld, method: string, route: string, retryAfterSeconds: number) {
  return w.emulator.scriptFault({
    status: 429,
    retryAfterSeconds,
    method,
    route,
    scope: 'batchPart',
  });
}

async function derivedStatus(w: BotWorld, activityId: string): Promise<unknown> {
  const list = `/sites/${w.site.siteId}/lists/${w.site.lists.Activities}/items`;
  const read = await w.emulator.graph.send({
    method: 'GET',
    url: `${list}?$expand=fields&$top=500`,
  });
  if (!read.ok) throw new Error(read.message);
  const value = (read.body as { value: { fields: Record<string, unknown> }[] }).value;
  return value.find((item) => item.fields.Key === activityId)?.fields.LatestStatus;
}

describe('card answers within the time Teams waits', () => {
  const ctx = setup();

  it('refuses an answer whose write stays throttled past the budget, keeping the inputs, and stores it when sent again', async () => {
    const { w, posted } = ctx;
    const page3 = await refreshed(w, w.people.cecilia, posted, 3);
    const puts = w.connector.updates().length;
    await throttle(w, 'POST', items, 5);
    const answer = await submit(w, w.people.cecilia, page3, {
      'status.A5.2': 'delayed',
      'comment.A5.2': 'Väntar på nya lokaler.',
    });
    const card = answer.body.value;
    expect(cardText(card)).toContain(busy);
    expect(cardText(card)).not.toContain('Tack! Svaren är sparade.');
    expect(inputsOf(card)).toMatchObject({
      'status.A5.2': 'delayed',
      'comment.A5.2': 'Väntar på nya lokaler.',
    });
    expect(await storedRow(w, 'A5.2')).toBeUndefined();
    expect(w.connector.updates()).toHaveLength(puts);

    const again = await submit(w, w.people.cecilia, { card, messageId: posted.messageId }, {});
    expect(cardText(again.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await storedRow(w, 'A5.2'))?.fields).toMatchObject({
      Status: 'Försenad',
      Comment: 'Väntar på nya lokaler.',
    });
  });

  it('waits out a throttled write whose Retry-After ends within the budget', async () => {
    const { w, posted } = ctx;
    const page2 = await refreshed(w, w.people.cecilia, posted, 2);
    await throttle(w, 'POST', items, 1);
    const answer = await submit(w, w.people.cecilia, page2, { 'status.A3.1': 'onTrack' });
    expect(cardText(answer.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await storedRow(w, 'A3.1'))?.fields.Status).toBe('Pågår enligt plan');
  });

  it('leaves the card as the person has it, with a sentence, when the plan cannot be read in time', async () => {
    const { w, posted } = ctx;
    const page1 = await refreshed(w, w.people.cecilia, posted, 1);
    await throttle(w, 'GET', items, 5);
    const answer = await submit(w, w.people.cecilia, page1, { 'status.A1.2': 'done' });
    expect(answer.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.body.value).toMatch(/sparades inte.*försök igen om en minut/);
    expect(await storedRow(w, 'A1.2')).toBeUndefined();
  });

  it('says which part was saved when only part of an answer could be stored in time', async () => {
    const { w, posted } = ctx;
    const page1 = await refreshed(w, w.people.cecilia, posted, 1);
    const puts = w.connector.updates().length;
    await throttle(w, 'POST', items, 5);
    const answer = await submit(w, w.people.cecilia, page1, {
      'status.A1.2': 'done',
      'comment.A1.2': 'Första delen.',
      'status.A2.1': 'delayed',
      'comment.A2.1': 'Andra delen.',
    });
    const card = answer.body.value;
    expect(cardText(card)).toContain('en del av svaret sparades, resten inte');
    const stored = [await storedRow(w, 'A1.2'), await storedRow(w, 'A2.1')];
    expect(stored.filter((row) => row !== undefined)).toHaveLength(1);
    const missing = stored[0] === undefined ? 'A1.2' : 'A2.1';
    const comment = missing === 'A1.2' ? 'Första delen.' : 'Andra delen.';
    expect(inputsOf(card)[`comment.${missing}`]).toBe(comment);
    expect(w.connector.updates()).toHaveLength(puts + 1);
  });

  it('says saved once the answer is stored, and writes its derived columns after the reply', async () => {
    const { w, posted } = ctx;
    const page2 = await refreshed(w, w.people.cecilia, posted, 2);
    await throttle(w, 'PATCH', fields, 5);
    const answer = await submit(w, w.people.cecilia, page2, { 'status.A2.2': 'done' });
    expect(cardText(answer.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await storedRow(w, 'A2.2'))?.fields.Status).toBe('Genomförd');
    await w.store.settled();
    expect(await derivedStatus(w, 'A2.2')).toBe('Genomförd');
  });
});
