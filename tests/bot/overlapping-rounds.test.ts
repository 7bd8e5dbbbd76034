import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annualRound,
  termOfOfficeRound,
  toFollowUpRound,
} from '../../src/domain/calendar/rounds.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { linkOf, people } from '../app/support/world.js';
import { checkCard } from '../cards/support/card-checks.js';
import { actionData, cardText, inputsOf } from './support/bot-world.js';
import { memoryBot, type MemoryBot } from './support/memory-bot.js';
import { cardInvoke, channelMessage, type ChannelPlace } from './support/teams-activities.js';

/**
 * Two rounds open at once (Årsuppföljning 2022 and Mandatperiodsuppföljning 2023, which opens on
 * 1 March 2023 while the annual round runs to 31 March): `kort` posts the department's card for each, and an answer on
 * one card is stored in that card's round.
 */

const annual = toFollowUpRound(annualRound(2022), seedPlan.plan.id, 'open');
const term = toFollowUpRound(termOfOfficeRound(2023), seedPlan.plan.id, 'open');

describe('the bot with two open rounds', () => {
  let b: MemoryBot;
  let place: ChannelPlace;
  beforeAll(async () => {
    b = await memoryBot({}, [annual, term]);
    place = {
      serviceUrl: b.connector.serviceUrl,
      channelId: linkOf('social-omsorg').channelId,
      teamThreadId: '19:social-general@thread.tacv2',
      tenantId: 'tenant-kommun',
    };
  });
  afterAll(() => b.close());

  async function kort(): Promise<object[]> {
    const before = b.connector.calls.length;
    const sent = await b.post(channelMessage(place, people.cecilia, 'kort'));
    expect(sent.status).toBe(200);
    return b.connector.calls
      .slice(before)
      .filter((c) => c.method === 'POST')
      .map((c) => (c.body.attachments as { content: object }[])[0]!.content);
  }

  it('posts one card per open round for the department, the older round first', async () => {
    const cards = await kort();
    expect(cards).toHaveLength(2);
    for (const card of cards) checkCard(card);
    expect(cardText(cards[0])).toContain('Årsuppföljning 2022');
    expect(cardText(cards[1])).toContain('Mandatperiodsuppföljning 2023');
    expect(actionData(cards[0], 'followUp.submit')).toMatchObject({ roundId: annual.id });
    expect(actionData(cards[1], 'followUp.submit')).toMatchObject({ roundId: term.id });
  });

  it('stores an answer on the term round’s card in the term round only', async () => {
    const [, termCard] = await kort();
    const data = {
      ...inputsOf(termCard),
      ...actionData(termCard, 'followUp.submit'),
      'status.A2.2': 'onTrack',
      'comment.A2.2': 'Nätverket träffas varje kvartal.',
    };
    const answer = await b.post(
      cardInvoke({ ...place, messageId: '1700000000777' }, people.cecilia, 'followUp.submit', data),
    );
    expect(answer.status).toBe(200);
    const snapshot = await b.store.loadPlan();
    const stored = snapshot.ok
      ? snapshot.value.followUps.filter((f) => f.activityId === 'A2.2')
      : [];
    expect(stored.map((f) => [f.roundId, f.status])).toEqual([[term.id, 'onTrack']]);
  });
});

/**
 * The term round opened years before its opening date beside the running annual round (the bot's
 * clock, the use cases' clock, is 1 February 2024): its card says when it opens, as the tab does.
 */
describe('the bot with a round opened before its opening date', () => {
  const running = toFollowUpRound(annualRound(2023), seedPlan.plan.id, 'open');
  const early = toFollowUpRound(termOfOfficeRound(2027), seedPlan.plan.id, 'open');
  let b: MemoryBot;
  beforeAll(async () => {
    b = await memoryBot({}, [running, early]);
  });
  afterAll(() => b.close());

  it('says "Öppnas 1 mars" on the early round’s card and nothing of the kind on the running one’s', async () => {
    const place = {
      serviceUrl: b.connector.serviceUrl,
      channelId: linkOf('social-omsorg').channelId,
      teamThreadId: '19:social-general@thread.tacv2',
      tenantId: 'tenant-kommun',
    };
    const sent = await b.post(channelMessage(place, people.cecilia, 'kort'));
    expect(sent.status).toBe(200);
    const cards = b.connector.calls
      .filter((c) => c.method === 'POST')
      .map((c) => (c.body.attachments as { content: object }[])[0]!.content);
    expect(cards).toHaveLength(2);
    for (const card of cards) checkCard(card);
    expect(cardText(cards[0])).toContain('Årsuppföljning 2023');
    expect(cardText(cards[0])).not.toContain('Öppnas');
    expect(cardText(cards[1])).toContain('Mandatperiodsuppföljning 2027\nÖppnas 1 mars\n');
  });
});
