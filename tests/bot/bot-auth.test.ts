import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/bot/create-bot-app.js';
import { openRound, people, world } from '../app/support/world.js';
import { cardText, type InvokeBody } from './support/bot-world.js';
import { memoryBot, type MemoryBot } from './support/memory-bot.js';
import { cardInvoke, type ChannelPlace } from './support/teams-activities.js';

const tabUrl = () => 'https://localhost/';

describe('bot authentication', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { useCases, clock } = world();
    const bot = createBotApp({
      useCases,
      clock,
      config: { production: true, clientId: '11111111-2222-4333-8444-555555555555', tabUrl },
    });
    server = await new Promise((resolve) => {
      const s = express()
        .use(bot.router)
        .listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it('refuses to start in production without the bot app id', () => {
    expect(() => createBotApp({ ...world(), config: { production: true, tabUrl } })).toThrow(
      /app id/,
    );
  });

  it('refuses an activity without a Bot Framework token when a client id is set', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hjälp' }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a token made for another audience', async () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const forged = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ aud: 'someone-else', iss: 'https://api.botframework.com' })}.c2ln`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${forged}` },
      body: JSON.stringify({ type: 'message', text: 'hjälp' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('card refresh', () => {
  let b: MemoryBot;
  let place: ChannelPlace;
  beforeAll(async () => {
    b = await memoryBot();
    place = {
      serviceUrl: b.connector.serviceUrl,
      channelId: '19:social-omsorg@thread.tacv2',
      teamThreadId: '19:social-omsorg@thread.tacv2',
      tenantId: 'tenant-kommun',
      messageId: '1700000000300',
    };
  });
  afterAll(() => b.close());

  it('answers an automatic refresh with the stored card for that user only', async () => {
    const data = {
      v: 1,
      roundId: openRound.id,
      departmentId: 'social-omsorg',
      cardVersion: 'x',
      page: 2,
    };
    const refreshed = await b.post(
      cardInvoke(place, people.cecilia, 'followUp.refresh', data, { trigger: 'automatic' }),
    );
    const body: InvokeBody = refreshed.body;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toMatch(/Sida 2 av 3/);
    expect(b.connector.updates()).toHaveLength(0);
  });

  it('answers a card in English for an English-speaking user', async () => {
    const data = {
      v: 1,
      roundId: openRound.id,
      departmentId: 'social-omsorg',
      cardVersion: 'x',
      page: 1,
    };
    const refreshed = await b.post(
      cardInvoke(place, people.cecilia, 'followUp.refresh', data, { locale: 'en-GB' }),
    );
    expect(cardText(refreshed.body.value)).toMatch(/activities answered/);
  });
});
