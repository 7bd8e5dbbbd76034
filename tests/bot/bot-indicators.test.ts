import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, PlanData } from '../../src/domain/model.js';
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
import { renderCard } from '../cards/support/card-renderer.js';
import { cardInvoke, channelMessage, type Person } from './support/teams-activities.js';

/**
 * The follow-up card with indicators and funds, over HTTP as Teams sends it, with the Graph
 * emulator behind the bot: values typed on the card are stored with the answer (one read, one
 * `$batch`), refused values store nothing and come back with a Swedish message beside the input.
 * A1.2 (first on the social department's card) has a percentage, a ja/nej and 100 tkr.
 */

const cardMime = 'application/vnd.microsoft.card.adaptive';
let messageCounter = 1_700_000_900_000;

const indicators: Indicator[] = [
  {
    id: 'andel',
    name: 'Andel nåd personal',
    unit: 'percent',
    better: 'higher',
    target: 80,
    targetYear: 2026,
  },
  // Ended on the day the round opened: the round still asks for it.
  {
    id: 'rutin',
    name: 'Rutin antagen',
    unit: 'yesNo',
    better: 'higher',
    endedOn: openRound.opensOn,
  },
  // Ended the day before: the round no longer asks for it (indicator-end.ts).
  {
    id: 'besok',
    name: 'Antal besök',
    unit: 'count',
    better: 'higher',
    endedOn: dayBefore(openRound.opensOn),
    endReason: 'Mäts inte längre.',
  },
];

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function data(): PlanData {
  const base = botPlanData();
  return PlanDataSchema.parse({
    ...base,
    activities: base.activities.map((a) =>
      a.id === 'A1.2' ? { ...a, indicators, allocatedTkr: 100 } : a,
    ),
  });
}

let w: BotWorld;
beforeAll(async () => {
  w = await botWorld({ data: data() });
});
afterAll(() => w.close());

async function postedCard(who: Person = w.people.cecilia) {
  const before = w.connector.calls.length;
  await w.post(channelMessage(w.place(), who, 'kort'));
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  const card = (call?.body.attachments as { content: unknown }[])[0]!.content;
  return { card, messageId: String(messageCounter++) };
}

function click(
  who: Person,
  posted: { card: unknown; messageId: string },
  inputs: Record<string, string>,
) {
  const verb = 'followUp.submit';
  const body = { ...inputsOf(posted.card), ...actionData(posted.card, verb), ...inputs };
  return w.post(cardInvoke(w.place(posted.messageId), who, verb, body));
}

async function rowOf(activityId: string) {
  return (await followUpRows(w)).find((r) => r.fields.Key === `${openRound.id}|${activityId}`);
}

describe('answering on the card with indicator values and funds', () => {
  it('shows the value inputs on the posted card, schema-valid', async () => {
    const { card } = await postedCard();
    checkCard(card as object);
    expect(Object.keys(inputsOf(card))).toEqual(
      expect.arrayContaining(['indicator.andel.A1.2', 'indicator.rutin.A1.2', 'fundsUsed.A1.2']),
    );
  });

  it('leaves out an indicator ended before the round opened, and refuses a value sent for it', async () => {
    const posted = await postedCard();
    expect(Object.keys(inputsOf(posted.card))).not.toContain('indicator.besok.A1.2');
    expect(cardText(posted.card)).not.toContain('Antal besök');
    const reply = await click(w.people.cecilia, posted, {
      'status.A1.2': 'onTrack',
      'indicator.besok.A1.2': '12',
    });
    checkCard(reply.body.value as object);
    expect(cardText(reply.body.value)).toContain(
      'Indikatorn följs inte upp i den här omgången (den kan ha avslutats). Inget sparades.',
    );
    expect(await rowOf('A1.2')).toBeUndefined();
  });

  it('refuses a value out of range or not a number, storing nothing and keeping the inputs', async () => {
    const posted = await postedCard();
    const reply = await click(w.people.cecilia, posted, {
      'status.A1.2': 'onTrack',
      'comment.A1.2': 'Utbildningar hölls.',
      'indicator.andel.A1.2': '140',
      'fundsUsed.A1.2': '12 tkr',
    });
    expect([reply.status, reply.body.type]).toEqual([200, cardMime]);
    const text = cardText(reply.body.value);
    expect(text).toContain('Värdet ska vara mellan 0 och 100 procent.');
    expect(text).toContain(
      'Förbrukat belopp: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
    );
    expect(inputsOf(reply.body.value)['comment.A1.2']).toBe('Utbildningar hölls.');
    expect(await rowOf('A1.2')).toBeUndefined();
  });

  it('refuses a text the card’s regex would stop (12,5,3, abc), keeping it as typed', async () => {
    const posted = await postedCard();
    const reply = await click(w.people.cecilia, posted, {
      'status.A1.2': 'onTrack',
      'indicator.andel.A1.2': '12,5,3',
      'fundsUsed.A1.2': 'abc',
    });
    const text = cardText(reply.body.value);
    expect(text).toContain('Värdet: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.');
    expect(text).toContain(
      'Förbrukat belopp: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
    );
    const inputs = inputsOf(reply.body.value);
    expect([inputs['indicator.andel.A1.2'], inputs['fundsUsed.A1.2']]).toEqual(['12,5,3', 'abc']);
    checkCard(reply.body.value as object);
    expect(await rowOf('A1.2')).toBeUndefined();
  });

  it('stores the values with the answer and shows them to everyone', async () => {
    const posted = await postedCard();
    const reply = await click(w.people.cecilia, posted, {
      'status.A1.2': 'onTrack',
      'indicator.andel.A1.2': '62,5',
      'indicator.rutin.A1.2': '1',
      'fundsUsed.A1.2': '40,25',
    });
    expect(cardText(reply.body.value)).toContain('Tack! Svaren är sparade.');
    const row = await rowOf('A1.2');
    expect(row?.fields).toMatchObject({ FundsUsedTkr: 40.25, Status: 'Pågår enligt plan' });
    expect(JSON.parse(String(row?.fields.IndicatorValues))).toEqual({ andel: 62.5, rutin: 1 });
    const inputs = inputsOf(reply.body.value);
    expect([
      inputs['indicator.andel.A1.2'],
      inputs['indicator.rutin.A1.2'],
      inputs['fundsUsed.A1.2'],
    ]).toEqual(['62,5', '1', '40,25']);
  });

  it('stores 12,5 typed into the rendered card as 12.5 (the data the renderer sends)', async () => {
    const posted = await postedCard(w.people.bertil);
    const rendered = renderCard(posted.card as object);
    rendered.setInput('indicator.andel.A1.2', '12,5');
    rendered.setInput('fundsUsed.A1.2', '1 250');
    const sent = rendered.click('Skicka svar');
    expect(sent.data).toMatchObject({ 'indicator.andel.A1.2': '12,5' });
    const invoke = cardInvoke(w.place(posted.messageId), w.people.bertil, sent.verb, sent.data);
    const reply = await w.post(invoke);
    expect(cardText(reply.body.value)).toContain('Tack! Svaren är sparade.');
    const row = await rowOf('A1.2');
    expect(JSON.parse(String(row?.fields.IndicatorValues))).toEqual({ andel: 12.5, rutin: 1 });
    expect(row?.fields.FundsUsedTkr).toBe(1250);
    expect(inputsOf(reply.body.value)['fundsUsed.A1.2']).toBe('1\u00a0250');
  });

  it('treats the values sent back as the card showed them as no answer (no new version)', async () => {
    const posted = await postedCard(w.people.bertil);
    const before = (await rowOf('A1.2'))?.versions;
    const reply = await click(w.people.bertil, posted, {});
    expect(reply.body.type).toBe(cardMime);
    expect((await rowOf('A1.2'))?.versions).toBe(before);
  });

  it('writes a changed value as a new version, clearing an emptied one', async () => {
    const posted = await postedCard(w.people.bertil);
    await click(w.people.bertil, posted, {
      'indicator.andel.A1.2': '70',
      'indicator.rutin.A1.2': '',
    });
    const row = await rowOf('A1.2');
    expect(JSON.parse(String(row?.fields.IndicatorValues))).toEqual({ andel: 70 });
    expect(row?.fields.AnsweredByName).toBe('Bertil Berg');
  });
});
