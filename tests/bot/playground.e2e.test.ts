import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionData,
  cardText,
  followUpRows,
  inputsOf,
  openRound,
  type BotWorld,
} from './support/bot-world.js';
import {
  playgroundInvoke,
  playgroundWorld,
  type PlaygroundWorld,
} from './support/playground-world.js';

/**
 * End to end with the Agents Playground as the Teams client: a reminder card posted to a
 * department channel through its mock connector, answered through its invoke API, the answer in
 * the emulator's FollowUps list and the posted message updated.
 */

describe('bot with the Agents Playground', () => {
  let w: PlaygroundWorld;
  beforeAll(async () => {
    w = await playgroundWorld();
  }, 90_000);
  afterAll(() => w?.close());

  it('shows the generated mock tenant: the working group and the departments channel', async () => {
    const config = (await (await fetch(`${w.playground.url}/_internal/v1/config`)).json()) as {
      config: { teams: { channels: { name: string }[] }[]; currentUser: { name: string } };
    };
    const channels = config.config.teams[0]!.channels.map((c) => c.name);
    expect(channels).toEqual(['General', 'Förvaltningarna']);
    expect(config.config.currentUser.name).toBe('Bertil Berg');
  });

  it('posts a card to the department channel, takes the answer and updates the message', async () => {
    const { message, card } = await w.postCard('social-omsorg');
    expect(message.conversationId).toMatch(
      /^19:aktivitetsplan-forvaltningarna@thread\.tacv2;messageid=/,
    );
    const data = {
      ...inputsOf(card),
      ...actionData(card, 'followUp.submit'),
      'status.A1.2': 'done',
      'comment.A1.2': 'Grupperna är i gång.',
    };
    const bertil = w.setup.config.currentUser;
    const answer = await playgroundInvoke(w, {
      fromId: bertil.id,
      message,
      verb: 'followUp.submit',
      data,
    });
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as { value?: unknown }).value ?? answer.body)).toMatch(
      /Tack! Svaren är sparade/,
    );
    const rows = await followUpRows(w as unknown as BotWorld);
    expect(rows.find((r) => r.fields.Key === `${openRound.id}|A1.2`)?.fields).toMatchObject({
      Status: 'Genomförd',
      AnsweredByName: 'Bertil Berg',
      Comment: 'Grupperna är i gång.',
    });
    expect(w.warnings).toEqual([]);
    const updates = (await readFile(w.logFile, 'utf8'))
      .split('\n')
      .filter(
        (line) => line.includes('"action":"updateMessage"') && line.includes(message.messageId),
      );
    expect(updates).toHaveLength(1);
    expect(updates[0]).toContain('Besvarad av Bertil Berg');
    // The roster came from the Playground's connector: the updated card lists its users.
    expect(updates[0]).toMatch(/"userIds":\[("[^"]+",?)+\]/);
  });

  it('refuses a Playground user outside the department team', async () => {
    const { message, card } = await w.postCard('miljo-samhallsbyggnad');
    const karin = w.setup.config.users.find((u) => u.name === 'Karin Lund')!;
    const answer = await playgroundInvoke(w, {
      fromId: karin.id,
      message,
      verb: 'followUp.submit',
      data: { ...inputsOf(card), ...actionData(card, 'followUp.submit'), 'status.A1.3': 'done' },
    });
    expect(cardText((answer.body as { value?: unknown }).value ?? answer.body)).toMatch(
      /Bara medlemmar i förvaltningens team/,
    );
  });
});
