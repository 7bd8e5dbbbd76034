import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths, MeResponseSchema } from '../../../src/tab/api/contract.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { devTokenFor, errorOf } from './support/http.js';
import {
  memoryWorld,
  openRoundId,
  social,
  users,
  type MemoryWorld,
} from './support/memory-world.js';

describe('the API router (authentication and errors)', () => {
  let world: MemoryWorld;
  beforeEach(async () => {
    world = await memoryWorld();
  });
  afterEach(() => world.close());

  it('answers 401 without a token, with a Swedish message and a WWW-Authenticate header', async () => {
    const response = await world.api.request('GET', apiPaths.me());
    expect(response.status).toBe(401);
    expect(errorOf(response.body)).toMatchObject({ reason: 'unauthenticated' });
    expect(errorOf(response.body).message).toMatch(/inte inloggad/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('answers 401 for a malformed token, another scheme, a foreign audience or an expired token', async () => {
    const expired = devTokenFor(users.anna, fixedClock(new Date('2024-01-01T00:00:00Z')));
    const graphToken = devTokenFor(users.anna, world.clock, 'https://graph.microsoft.com');
    for (const authorization of [
      'Bearer not-a-jwt',
      `Basic ${Buffer.from('anna:secret').toString('base64')}`,
      `Bearer ${graphToken}`,
      `Bearer ${expired}`,
    ]) {
      const response = await world.api.request('GET', apiPaths.me(), { authorization });
      expect(response.status, authorization.slice(0, 12)).toBe(401);
    }
    const last = await world.api.request('GET', apiPaths.me(), {
      authorization: `Bearer ${expired}`,
    });
    expect(errorOf(last.body).message).toMatch(/gått ut/);
  });

  it('never logs a token', async () => {
    const token = devTokenFor(users.anna, world.clock, 'someone-else');
    await world.api.request('GET', apiPaths.me(), { authorization: `Bearer ${token}` });
    await world.api.request('GET', apiPaths.me(), { user: users.anna });
    expect(world.logger.text()).not.toContain(token.slice(0, 20));
    expect(world.logger.entries.map((e) => e.event)).toContain('api.token_refused');
  });

  it('tells who the caller is: working group and the departments whose team they are in', async () => {
    const anna = MeResponseSchema.parse(
      (await world.api.request('GET', apiPaths.me(), { user: users.anna })).body,
    );
    expect(anna).toMatchObject({ isWorkingGroup: true, departmentIds: [social] });
    expect(anna.user).toMatchObject({ id: users.anna.id, name: users.anna.name });
    const david = MeResponseSchema.parse(
      (await world.api.request('GET', apiPaths.me(), { user: users.david })).body,
    );
    expect(david).toMatchObject({ isWorkingGroup: false, departmentIds: [] });
  });

  it('maps a throttled store to 429 with Retry-After in the header and the body', async () => {
    world.store.failNext = {
      reason: 'throttled',
      message: 'SharePoint är upptaget.',
      retryAfterSeconds: 7,
    };
    const response = await world.api.request('GET', apiPaths.me(), { user: users.anna });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(errorOf(response.body)).toMatchObject({ reason: 'throttled', retryAfterSeconds: 7 });
  });

  it('maps an unreachable store to 503 and a failing membership check to its own status', async () => {
    world.store.failNext = { reason: 'unavailable', message: 'SharePoint svarar inte.' };
    const down = await world.api.request('GET', apiPaths.history('A1.2'), { user: users.david });
    expect(down.status).toBe(503);
    world.membership.failure = {
      reason: 'throttled',
      message: 'Teams är upptaget.',
      retryAfterSeconds: 3,
    };
    const throttled = await world.api.request('POST', apiPaths.answers(openRoundId), {
      user: users.cecilia,
      body: {
        departmentId: social,
        answers: [{ activityId: 'A1.2', status: 'done', comment: '', nextSteps: '' }],
      },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
  });

  it('answers a bug with 503 in Swedish and logs neither the comment nor the token', async () => {
    const comment = 'Hemlig kommentar om verksamheten';
    world.store.throwNext = new Error(`boom while writing "${comment}"`);
    const response = await world.api.request('POST', apiPaths.answers(openRoundId), {
      user: users.cecilia,
      body: {
        departmentId: social,
        answers: [{ activityId: 'A1.2', status: 'done', comment, nextSteps: '' }],
      },
    });
    expect(response.status).toBe(503);
    expect(errorOf(response.body)).toMatchObject({ reason: 'unavailable' });
    expect(errorOf(response.body).message).toMatch(/Något gick fel/);
    const logged = world.logger.text();
    expect(logged).toContain('api.unhandled');
    expect(logged).not.toContain(comment);
    expect(logged).not.toContain('boom');
  });

  it('refuses broken JSON with 400 without echoing it', async () => {
    const response = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      rawBody: '{"kind": "annual", secret',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toMatchObject({ reason: 'invalid' });
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });

  it("refuses a body it cannot read as the client's fault (415/400 in Swedish), never 503", async () => {
    const body = JSON.stringify({ kind: 'annual', year: 2026 });
    const cases: {
      status: number;
      headers: Record<string, string>;
      rawBody: string | Uint8Array<ArrayBuffer>;
    }[] = [
      {
        status: 415,
        headers: { 'Content-Type': 'application/json; charset=latin1' },
        rawBody: body,
      },
      { status: 415, headers: { 'Content-Encoding': 'compress' }, rawBody: body },
      { status: 400, headers: { 'Content-Encoding': 'gzip' }, rawBody: 'not gzip at all' },
      {
        status: 400,
        headers: { 'Content-Encoding': 'gzip' },
        rawBody: new Uint8Array(gzipSync(body).subarray(0, 12)),
      },
    ];
    for (const { status, headers, rawBody } of cases) {
      const response = await world.api.request('POST', apiPaths.openRound(), {
        user: users.anna,
        headers,
        rawBody,
      });
      const label = JSON.stringify(headers);
      expect(response.status, label).toBe(status);
      expect(errorOf(response.body), label).toMatchObject({ reason: 'invalid' });
      expect(errorOf(response.body).message, label).not.toMatch(/Något gick fel/);
      expect(errorOf(response.body).message, label).toMatch(/Begäran/);
    }
    expect(world.logger.text()).not.toContain('api.unhandled');
  });

  it('still reads a well-formed gzip body in UTF-8', async () => {
    const response = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      headers: { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json; charset=utf-8' },
      rawBody: new Uint8Array(gzipSync(JSON.stringify({ kind: 'bogus' }))),
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields).toHaveProperty('kind');
  });

  it('answers 404 notFound for a path the contract does not have', async () => {
    const response = await world.api.request('GET', '/nothing-here', { user: users.anna });
    expect(response.status).toBe(404);
    expect(errorOf(response.body)).toMatchObject({ reason: 'notFound' });
  });
});
