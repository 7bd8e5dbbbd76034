import {
  actionData,
  followUpRows,
  inputsOf,
  openRound,
  type BotWorld,
  type FollowUpRow,
} from './bot-world.js';
import { cardInvoke, channelMessage, type Person } from './teams-activities.js';

/** A card as someone has it in the channel: its JSON and the message it is shown in. */
export type Card = { readonly card: unknown; readonly messageId: string };

let messageCounter = 1_700_000_600_000;

/** Asks the bot for the social department's card (`kort`) and returns it as posted. */
export async function postedCard(w: BotWorld, who: Person = w.people.cecilia): Promise<Card> {
  const before = w.connector.calls.length;
  await w.post(channelMessage(w.place(), who, 'kort'));
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  const card = (call?.body.attachments as { content: unknown }[])[0]!.content;
  return { card, messageId: String(messageCounter++) };
}

function invoke(w: BotWorld, who: Person, on: Card, verb: string, data: Record<string, unknown>) {
  return w.post(cardInvoke(w.place(on.messageId), who, verb, data));
}

/** What `who` sees after refreshing page `page` of the posted card. */
export async function refreshed(
  w: BotWorld,
  who: Person,
  posted: Card,
  page: number,
): Promise<Card> {
  const refresh = (posted.card as { refresh: { action: { data: object } } }).refresh.action;
  const answer = await invoke(w, who, posted, 'followUp.refresh', { ...refresh.data, page });
  if (answer.status !== 200) throw new Error(`refresh answered ${answer.status}`);
  return { card: answer.body.value, messageId: posted.messageId };
}

/** Submits `card` as Teams does: its inputs, changed by `inputs`, merged into the data. */
export function submit(w: BotWorld, who: Person, card: Card, inputs: Record<string, string>) {
  const data = { ...inputsOf(card.card), ...actionData(card.card, 'followUp.submit'), ...inputs };
  return invoke(w, who, card, 'followUp.submit', data);
}

/** The stored FollowUps item of an activity in the open round, if any. */
export async function storedRow(w: BotWorld, activityId: string): Promise<FollowUpRow | undefined> {
  const rows = await followUpRows(w);
  return rows.find((r) => r.fields.Key === `${openRound.id}|${activityId}`);
}
