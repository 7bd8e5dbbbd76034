import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  botWorld,
  cardText,
  followUpRows,
  inputsOf,
  openRound,
  type BotWorld,
} from './support/bot-world.js';
import { checkCard } from '../cards/support/card-checks.js';
import { cardInvoke, channelMessage, type Person } from './support/teams-activities.js';

/**
 * Klarmarkera on the department's card, over HTTP: Teams-shaped invokes to the real
 * /api/messages, the Graph emulator behind it, a recording Bot Connector. The social department
 * has six activities; five are answered from the tab before the card is asked for, so its first
 * page shows A1.2 unanswered.
 */

let messageCounter = 1_800_000_000_000;

type Posted = { readonly card: unknown; readonly messageId: string };

async function postedCard(w: BotWorld): Promise<Posted> {
  const before = w.connector.calls.length;
  const sent = await w.post(channelMessage(w.place(), w.people.cecilia, 'kort'));
  expect(sent.status).toBe(200);
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  const card = (call?.body.attachments as { content: unknown }[])[0]!.content;
  return { card, messageId: String(messageCounter++) };
}

async function click(
  w: BotWorld,
  who: Person,
  posted: Posted,
  verb: string,
  inputs: Record<string, string> = {},
) {
  const data = { ...inputsOf(posted.card), ...actionData(posted.card, verb), ...inputs };
  const response = await w.post(cardInvoke(w.place(posted.messageId), who, verb, data));
  expect(response.status).toBe(200);
  return response.body.value;
}

const actionsOf = (card: unknown) =>
  ((card as { actions?: { verb?: string }[] }).actions ?? []).map((a) => a.verb);

const putsTo = (w: BotWorld, messageId: string) =>
  w.connector.updates().filter((u) => u.path.endsWith(`/activities/${messageId}`));

async function signOffs(w: BotWorld) {
  const snapshot = await w.store.loadPlan();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value.signOffs ?? [];
}

describe('Klarmarkera on the card over HTTP', () => {
  let w: BotWorld;
  /** The card with every answer in, as the person had it before signing off. */
  let beforeSignOff: Posted | undefined;
  beforeAll(async () => {
    w = await botWorld();
    const view = await w.useCases.showDepartmentRound(openRound.id, 'social-omsorg');
    if (!view.ok) throw new Error(view.error.message);
    const answered = await w.useCases.answerFollowUps({
      roundId: openRound.id,
      departmentId: 'social-omsorg',
      entries: view.value.items
        .filter((item) => item.activity.id !== 'A1.2')
        .map((item) => ({ activityId: item.activity.id, status: 'onTrack', comment: '' })),
      caller: w.people.cecilia,
      source: 'tab',
      seen: { kind: 'versions' },
    });
    if (!answered.ok) throw new Error(answered.error.message);
  });
  afterAll(() => w.close());

  it('offers Klarmarkera once the last answer is in, and signs off for everyone in the channel', async () => {
    const posted = await postedCard(w);
    expect(actionsOf(posted.card)).not.toContain('followUp.signOff');
    const saved = await click(w, w.people.cecilia, posted, 'followUp.submit', {
      'status.A1.2': 'done',
    });
    expect(actionsOf(saved)).toContain('followUp.signOff');
    checkCard(saved as object);

    const notMember = await click(w, w.people.anna, { ...posted, card: saved }, 'followUp.signOff');
    expect(cardText(notMember)).toContain('Du kan inte svara för den här förvaltningen');
    expect(await signOffs(w)).toEqual([]);

    beforeSignOff = { ...posted, card: saved };
    const signed = await click(w, w.people.cecilia, beforeSignOff, 'followUp.signOff');
    const text = cardText(signed);
    expect(text).toMatch(/Klarmarkerad av Cecilia Carlsson den 1 februari 2027 kl\. \d\d\.\d\d\./);
    expect(inputsOf(signed)).toEqual({});
    expect(actionsOf(signed)).not.toContain('followUp.submit');
    checkCard(signed as object);
    const puts = putsTo(w, posted.messageId);
    expect(cardText(puts.at(-1)?.card)).toContain('Klarmarkerad av Cecilia Carlsson');
    expect(await signOffs(w)).toMatchObject([
      { state: 'signedOff', signedBy: { name: 'Cecilia Carlsson' } },
    ]);
  });

  it('refuses a change on a card shown before the sign-off, and stores nothing', async () => {
    const row = async () =>
      (await followUpRows(w)).find((r) => r.fields.Key === `${openRound.id}|A2.1`);
    const before = await row();
    const refused = await click(w, w.people.cecilia, beforeSignOff!, 'followUp.submit', {
      'status.A2.1': 'delayed',
    });
    expect(cardText(refused)).toContain(
      'Förvaltningen har klarmarkerat sin del, så svaren kan inte ändras. Inget sparades.',
    );
    expect(inputsOf(refused)).toEqual({});
    const after = await row();
    expect(after?.versions).toBe(before?.versions);
    expect(after?.fields.Status).toBe('Pågår enligt plan');
  });

  it('shows the reopened notice and the inputs again once the working group reopens', async () => {
    const reopened = await w.useCases.reopenDepartment({
      caller: w.people.anna,
      roundId: openRound.id,
      departmentId: 'social-omsorg',
    });
    expect(reopened.ok).toBe(true);
    const card = (await postedCard(w)).card;
    expect(cardText(card)).toMatch(/Arbetsgruppen öppnade förvaltningens del igen den/);
    expect(Object.keys(inputsOf(card)).length).toBeGreaterThan(0);
    expect(actionsOf(card)).toContain('followUp.signOff');
  });
});
