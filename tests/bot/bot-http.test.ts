import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualRound, toFollowUpRound } from '../../src/domain/calendar/rounds.js';
import { PlanDataSchema } from '../../src/domain/model.js';
import {
  actionData,
  botPlanData,
  botWorld,
  cardText,
  followUpRows,
  inputsOf,
  openRound,
  type BotWorld,
} from './support/bot-world.js';
import { checkCard } from '../cards/support/card-checks.js';
import { cardInvoke, channelMessage, type Person } from './support/teams-activities.js';
import { connectorRoster } from '../support/recording-connector.js';

/**
 * Teams-shaped invokes posted to the real /api/messages with the Graph emulator behind it and a
 * recording Bot Connector: what lands in the FollowUps list, and which card replaces the posted
 * message for everyone. The social department's card shows A1.2 and A2.1 on its first page.
 */

const cardMime = 'application/vnd.microsoft.card.adaptive';
let messageCounter = 1_700_000_100_000;

type Posted = { readonly card: unknown; readonly messageId: string };

function setup(options: Parameters<typeof botWorld>[0] = {}) {
  const ctx = {} as { w: BotWorld };
  beforeAll(async () => {
    ctx.w = await botWorld(options);
  });
  afterAll(() => ctx.w.close());
  return ctx;
}

/** Asks the bot for the department's card (`kort`) and returns it as posted. */
async function postedCard(w: BotWorld, who: Person = w.people.cecilia): Promise<Posted> {
  const before = w.connector.calls.length;
  const sent = await w.post(channelMessage(w.place(), who, 'kort'));
  expect(sent.status).toBe(200);
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  const card = (call?.body.attachments as { content: unknown }[])[0]!.content;
  return { card, messageId: String(messageCounter++) };
}

/** Clicks a button as Teams does: the card's inputs, changed by `inputs`, merged into the data. */
function click(
  w: BotWorld,
  who: Person,
  posted: Posted,
  inputs: Record<string, string>,
  options: { verb?: string; id?: string } = {},
) {
  const verb = options.verb ?? 'followUp.submit';
  const data = { ...inputsOf(posted.card), ...actionData(posted.card, verb), ...inputs };
  const invoke = cardInvoke(w.place(posted.messageId), who, verb, data, {
    ...(options.id ? { id: options.id } : {}),
  });
  return w.post(invoke);
}

async function rowOf(w: BotWorld, activityId: string) {
  return (await followUpRows(w)).find((r) => r.fields.Key === `${openRound.id}|${activityId}`);
}

function putsTo(w: BotWorld, messageId: string) {
  return w.connector.updates().filter((u) => u.path.endsWith(`/activities/${messageId}`));
}

describe('bot over HTTP with the emulator', () => {
  const ctx = setup();

  it('stores an answer and replaces the posted card for everyone', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const answer = await click(w, w.people.cecilia, posted, {
      'status.A1.2': 'onTrack',
      'comment.A1.2': 'Grupper på tre språk.',
    });
    expect([answer.status, answer.body.type]).toEqual([200, cardMime]);
    expect(cardText(answer.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await rowOf(w, 'A1.2'))?.fields).toMatchObject({
      Status: 'Pågår enligt plan',
      Comment: 'Grupper på tre språk.',
      AnsweredByName: 'Cecilia Carlsson',
      AnswerSource: 'Kort i Teams',
    });
    const puts = putsTo(w, posted.messageId);
    expect(puts.map((p) => p.path)).toEqual([
      `/v3/conversations/${w.place().channelId};messageid=${posted.messageId}/activities/${posted.messageId}`,
    ]);
    const everyone = cardText(puts[0]?.card);
    expect(everyone).toMatch(/Besvarad av Cecilia Carlsson, 1 februari 2027/);
    expect(everyone).toMatch(/1 av 6 aktiviteter besvarade/);
    expect(everyone).toMatch(/Inte besvarad ännu/);
    expect(everyone).not.toContain('Tack!');
  });

  it('takes a partial answer without rewriting inputs left as they were', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const answer = await click(w, w.people.bertil, posted, {});
    expect(answer.body.type).toBe(cardMime);
    expect((await rowOf(w, 'A1.2'))?.versions).toBe(1);
    expect(await rowOf(w, 'A2.1')).toBeUndefined();
    expect(putsTo(w, posted.messageId)).toHaveLength(0);
  });

  it('lets an answer be changed, keeping the earlier version', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    await click(w, w.people.bertil, posted, { 'status.A1.2': 'delayed' });
    const row = await rowOf(w, 'A1.2');
    expect(row?.fields).toMatchObject({ Status: 'Försenad', AnsweredByName: 'Bertil Berg' });
    expect(row?.versions).toBe(2);
  });

  it('saves the page being left and shows the next page', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const answer = await click(
      w,
      w.people.cecilia,
      posted,
      { 'status.A2.1': 'done' },
      { verb: 'followUp.page' },
    );
    const text = cardText(answer.body.value);
    expect(text).toMatch(/Sida 2 av 3/);
    expect((await rowOf(w, 'A2.1'))?.fields.Status).toBe('Genomförd');
    expect(cardText(putsTo(w, posted.messageId)[0]?.card)).toMatch(/Sida 1 av 3/);
  });

  it('answers a stale card with the current card naming who answered, overwriting nothing', async () => {
    const { w } = ctx;
    const stale = await postedCard(w);
    const fresh = await postedCard(w);
    await click(w, w.people.cecilia, fresh, {
      'status.A2.1': 'onTrack',
      'comment.A2.1': 'Ny bedömning.',
    });
    const before = await rowOf(w, 'A2.1');
    const answer = await click(w, w.people.bertil, stale, { 'status.A2.1': 'dropped' });
    expect(answer.status).toBe(200);
    const text = cardText(answer.body.value);
    expect(text).toMatch(/Någon hann svara/);
    expect(text).toMatch(/Cecilia Carlsson svarade på/);
    expect(await rowOf(w, 'A2.1')).toEqual(before);
    expect(putsTo(w, stale.messageId)).toHaveLength(0);
  });

  it('writes a twice-delivered invoke once and updates the card once', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const before = (await rowOf(w, 'A1.2'))?.versions ?? 0;
    const change = { 'status.A1.2': 'notStarted', 'comment.A1.2': 'Startar i höst.' };
    const [one, two] = await Promise.all([
      click(w, w.people.cecilia, posted, change, { id: 'retried-invoke-1' }),
      click(w, w.people.cecilia, posted, change, { id: 'retried-invoke-1' }),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(cardText(two.body.value)).toContain('Tack! Svaren är sparade.');
    expect((await rowOf(w, 'A1.2'))?.versions).toBe(before + 1);
    expect(putsTo(w, posted.messageId)).toHaveLength(1);
  });

  it('writes a redelivery under a new id once too', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const before = (await rowOf(w, 'A1.2'))?.versions ?? 0;
    await click(w, w.people.cecilia, posted, { 'status.A1.2': 'done' });
    await click(w, w.people.cecilia, posted, { 'status.A1.2': 'done' });
    expect((await rowOf(w, 'A1.2'))?.versions).toBe(before + 1);
  });

  it('refuses someone outside the department team with the card read-only, the reason on top and the tab link', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const before = await followUpRows(w);
    const answer = await click(w, w.people.anna, posted, { 'status.A1.2': 'dropped' });
    expect([answer.status, answer.body.type]).toEqual([200, cardMime]);
    const card = answer.body.value;
    checkCard(card as object);
    expect(cardText(card)).toMatch(
      /Bara medlemmar i förvaltningens team kan svara\. Inget sparades\./,
    );
    // Not wiped: the round, the department and the activities are still there, without inputs.
    expect(cardText(card)).toContain('Social- och omsorgsförvaltningen');
    expect(cardText(card)).toMatch(/Föräldraskapsstöd om hedersnormer/);
    expect(inputsOf(card)).toEqual({});
    const verbs = ((card as { actions?: { verb?: string; title?: string }[] }).actions ?? []).map(
      (a) => a.verb ?? a.title,
    );
    expect(verbs).not.toContain('followUp.submit');
    expect(verbs).toContain('Öppna i fliken');
    expect(await followUpRows(w)).toEqual(before);
    expect(putsTo(w, posted.messageId)).toHaveLength(0);
  });

  it('shows the card read-only on refresh to someone outside the team, and with inputs to a member', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const data = (posted.card as { refresh: { action: { data: unknown } } }).refresh.action.data;
    const refresh = (who: Person) =>
      w
        .post(
          cardInvoke(w.place(posted.messageId), who, 'followUp.refresh', data, {
            trigger: 'automatic',
          }),
        )
        .then((r) => r.body.value);
    const outsider = await refresh(w.people.anna);
    checkCard(outsider as object);
    expect(inputsOf(outsider)).toEqual({});
    expect(cardText(outsider)).toMatch(/Du kan läsa kortet men inte svara/);
    const member = await refresh(w.people.cecilia);
    expect(Object.keys(inputsOf(member))).toContain('status.A1.2');
    expect(cardText(member)).not.toMatch(/Du kan läsa kortet men inte svara/);
  });

  it('refuses personal data: same card, inputs kept, a Swedish message by the field, nothing stored', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const before = await followUpRows(w);
    const comment = 'Flickan med personnummer 19121212-1212 har fått skydd.';
    const answer = await click(w, w.people.cecilia, posted, {
      'status.A2.1': 'done',
      'comment.A2.1': comment,
    });
    const card = answer.body.value;
    expect(inputsOf(card)['comment.A2.1']).toBe(comment);
    expect(inputsOf(card)['status.A2.1']).toBe('done');
    expect(cardText(card)).toMatch(/Texten verkar innehålla ett personnummer/);
    expect(cardText(card)).toMatch(/Inget sparades/);
    expect(await followUpRows(w)).toEqual(before);
    expect(putsTo(w, posted.messageId)).toHaveLength(0);
  });

  it('refuses a right-to-left override or a lone surrogate on the card by the field, storing nothing', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const before = await followUpRows(w);
    const comment = 'Klart \u202Eåt\u202C nu';
    const answer = await click(w, w.people.cecilia, posted, {
      'status.A2.1': 'done',
      'comment.A2.1': comment,
      'nextSteps.A2.1': 'Halv \uD83D emoji',
    });
    const card = answer.body.value;
    expect(inputsOf(card)['comment.A2.1']).toBe(comment);
    expect(cardText(card)).toMatch(
      /Kommentar innehåller osynliga tecken som ändrar skrivriktningen/,
    );
    expect(cardText(card)).toMatch(/Nästa steg innehåller ett trasigt tecken/);
    expect(await followUpRows(w)).toEqual(before);
    expect(putsTo(w, posted.messageId)).toHaveLength(0);
  });

  it('answers unknown verbs, malformed data and oversized bodies with error cards, never a 500', async () => {
    const { w } = ctx;
    const place = w.place('1700000000002');
    const who = w.people.cecilia;
    const unknown = await w.post(cardInvoke(place, who, 'followUp.delete', { v: 1 }));
    expect([unknown.status, unknown.body.type]).toEqual([200, cardMime]);
    expect(cardText(unknown.body.value)).toMatch(/Knappen känns inte igen/);
    const malformed = await w.post(cardInvoke(place, who, 'followUp.submit', { v: 9 }));
    expect(cardText(malformed.body.value)).toMatch(/kunde inte läsas/);
    const missing = await w.post(cardInvoke(place, who, undefined, undefined));
    expect([missing.status, missing.body.type]).toEqual([200, cardMime]);
    const big = await w.post(
      cardInvoke(place, who, 'followUp.submit', { 'comment.A2.2': 'x'.repeat(60_000) }),
    );
    expect(cardText(big.body.value)).toMatch(/för stort/);
    const huge = await w.post(
      cardInvoke(place, who, 'followUp.submit', { 'comment.A2.2': 'x'.repeat(400_000) }),
    );
    expect([huge.status, huge.body.type]).toEqual([200, cardMime]);
    expect(cardText(huge.body.value)).toMatch(/för stort/);
  });
  it('lists the channel’s members for Teams’ automatic refresh, reading the roster once', async () => {
    const { w } = ctx;
    const rosterReads = () =>
      w.connector.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/pagedmembers'));
    const before = rosterReads().length;
    const posted = await postedCard(w);
    const refresh = (card: unknown) =>
      (card as { refresh?: { userIds?: string[] } } | undefined)?.refresh;
    expect(refresh(posted.card)?.userIds).toEqual(connectorRoster);
    const answer = await click(w, w.people.cecilia, posted, { 'status.A2.1': 'notStarted' });
    expect(refresh(answer.body.value)?.userIds).toEqual(connectorRoster);
    expect(refresh(putsTo(w, posted.messageId)[0]?.card)?.userIds).toEqual(connectorRoster);
    expect(rosterReads().length - before).toBeLessThanOrEqual(1);
    expect(rosterReads().at(-1)?.path).toBe(
      `/v3/conversations/${w.place().channelId}/pagedmembers`,
    );
  });
});

describe('bot over HTTP with a closed round', () => {
  const ctx = setup();

  it('refuses answers once the round is closed and shows everyone the closed card', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    const snapshot = await w.store.loadPlan();
    const version = snapshot.ok ? snapshot.value.rounds[0]!.version : '';
    expect((await w.store.saveRound({ ...openRound, state: 'closed' }, version)).ok).toBe(true);
    const answer = await click(w, w.people.cecilia, posted, { 'status.A2.1': 'notStarted' });
    expect(answer.status).toBe(200);
    expect(cardText(answer.body.value)).toMatch(/Uppföljningen är stängd/);
    expect(await followUpRows(w)).toHaveLength(0);
    const [put] = putsTo(w, posted.messageId);
    expect(cardText(put?.card)).toMatch(/Uppföljningen är stängd/);
    expect(JSON.stringify(put?.card)).not.toContain('followUp.submit');
  });
});

describe('bot over HTTP with an open round and a closed one', () => {
  const closed = toFollowUpRound(annualRound(2025), openRound.planId, 'closed');
  const ctx = setup({
    data: PlanDataSchema.parse({ ...botPlanData(), rounds: [closed, openRound] }),
  });

  it('shows only the clicker a closed round named by an invoke on the live card, never the channel', async () => {
    const { w } = ctx;
    const posted = await postedCard(w);
    expect(JSON.stringify(posted.card)).toContain(openRound.id);
    const forged = await click(w, w.people.cecilia, posted, {
      roundId: closed.id,
      'status.A2.1': 'done',
    });
    expect(forged.status).toBe(200);
    expect(cardText(forged.body.value)).toMatch(/Uppföljningen är stängd/);
    expect(putsTo(w, posted.messageId)).toHaveLength(0);
    expect(await followUpRows(w)).toHaveLength(0);
  });
});
