import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import type { RunningServer } from '../../../src/server/production/start-server.js';
import { cardInvoke } from '../../bot/support/teams-activities.js';
import type { GraphStores } from '../../graph/helpers/graph-stores.js';
import { devTokenFor } from '../api/support/http.js';
import {
  capturedLogger,
  cecilia,
  contractNow,
  openRound,
  servedEmulator,
  serveWith,
  siteUrl,
  social,
  socialActivityIds,
} from './support.js';

/**
 * A run of `serve`'s composition (development mode, against the emulator) whose logs are kept
 * (the JSON logger's lines and anything else written to stdout, stderr or the console
 * meanwhile), while
 * answers with a comment, a personal identity number, bearer tokens, broken JSON and a card
 * action go through the tab's API and the bot. None of that text may reach the logs.
 */

const clock = fixedClock(contractNow);
const comment = 'Hemlig kommentar om arbetsplatsträffarna i hemtjänsten';
const nextSteps = 'Nästa steg som bara får finnas i SharePoint';
const personnummer = ['19121212-1212', '121212-1212', '191212121212'];
const foreignToken =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImtleS0xIn0.eyJvaWQiOiJ4IiwiYXVkIjoieSJ9.c2lnbmF0dXJlLWJ5dGVz';

let stores: GraphStores;
let running: RunningServer;
let logLines: string[];
const written: string[] = [];

async function call(path: string, init: { method?: string; token?: string; body?: string }) {
  const response = await fetch(new URL(path, running.url), {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init.body ? { body: init.body } : {}),
  });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  stores = await servedEmulator();
  const env = {
    AKTIVITETSPLAN_MODE: 'development',
    AKTIVITETSPLAN_GRAPH_URL: stores.emulator.emulator.url,
    AKTIVITETSPLAN_SITE_URL: siteUrl,
    AKTIVITETSPLAN_GRAPH_CA_FILE: stores.emulator.emulator.caFile,
    AKTIVITETSPLAN_DEV_TOKENS: 'true',
    PORT: '0',
  };
  const { logger, lines } = capturedLogger();
  logLines = lines;
  for (const stream of [process.stdout, process.stderr]) {
    const write = Reflect.get(stream, 'write') as (...args: unknown[]) => boolean;
    const spy = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return write.call(stream, chunk, ...rest);
    };
    vi.spyOn(stream, 'write').mockImplementation(spy);
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original(...args);
    });
  }
  running = await serveWith(env, { logger });
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await running?.close();
  await stores?.close();
});

describe('serve’s logs', () => {
  it('hold no token, comment or personal identity number after a run with them', async () => {
    const token = devTokenFor(cecilia, clock);
    const [first, second] = socialActivityIds() as [string, string];
    const answers = (text: string, activityId: string) =>
      JSON.stringify({
        departmentId: social,
        answers: [{ activityId, status: 'onTrack', comment: text, nextSteps }],
      });
    const path = `/api/rounds/${openRound.id}/answers`;

    expect((await call('/api/me', { token })).status).toBe(200);
    const stored = await call(path, { method: 'POST', token, body: answers(comment, first) });
    expect(stored.status).toBe(200);
    const refused = await call(path, {
      method: 'POST',
      token,
      body: answers(`${comment} gäller ${personnummer[0]!}`, second),
    });
    expect(refused.status).toBe(400);
    const broken = `{"answers":[{"comment":"${comment} ${personnummer[1]!}"`;
    expect((await call(path, { method: 'POST', token, body: broken })).status).toBe(400);
    expect((await call('/api/me', { token: foreignToken })).status).toBe(401);
    await running.api.idle();

    const place = {
      serviceUrl: 'http://127.0.0.1:9/',
      channelId: '19:social@thread.tacv2',
      teamThreadId: '19:social@thread.tacv2',
      tenantId: stores.emulator.emulator.seed.tenant.id,
      messageId: '1700000000001',
    };
    const invoke = cardInvoke(place, cecilia, 'followUp.submit', {
      roundId: openRound.id,
      departmentId: social,
      [`${first}.comment`]: `${comment} ${personnummer[2]!}`,
      [`${first}.nextSteps`]: nextSteps,
    });
    const bot = await call('/api/messages', { method: 'POST', body: JSON.stringify(invoke) });
    expect(bot.status).toBe(200);
    const botBroken = `{"type":"invoke","value":"${comment} ${personnummer[0]!}`;
    expect((await call('/api/messages', { method: 'POST', body: botBroken })).status).toBe(200);

    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
    expect(logs).toContain('"event":"api.request"');
    expect(logs).toContain('"event":"api.token_refused"');
    const everything = logs + written.join('');
    for (const secret of [token, foreignToken, comment, nextSteps, ...personnummer])
      expect(everything).not.toContain(secret);
  });
});
