import type { ChannelPoster } from '../../../src/app/ports.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AnswersConflictSchema,
  AnswersResponseSchema,
  apiPaths,
} from '../../../src/tab/api/contract.js';
import {
  closedRoundId,
  memoryWorld,
  openRoundId,
  social,
  socialActivities,
  users,
  type MemoryWorld,
} from './support/memory-world.js';
import { errorOf } from './support/http.js';

const [first, second, third] = socialActivities;

function answer(activityId: string, extra: Record<string, unknown> = {}) {
  return { activityId, status: 'onTrack', comment: 'Arbetet pågår.', nextSteps: '', ...extra };
}

describe('POST /rounds/{roundId}/answers', () => {
  let world: MemoryWorld;
  beforeEach(async () => {
    world = await memoryWorld();
  });
  afterEach(() => world.close());

  const send = (body: unknown, user: { id: string; name: string } = users.cecilia) =>
    world.api.request('POST', apiPaths.answers(openRoundId), { user, body });

  it('stores an answer from a member of the department team, as from the tab', async () => {
    const response = await send({ departmentId: social, answers: [answer(first)] });
    expect(response.status).toBe(200);
    const { followUps } = AnswersResponseSchema.parse(response.body);
    expect(followUps).toMatchObject([
      {
        activityId: first,
        roundId: openRoundId,
        departmentId: social,
        status: 'onTrack',
        comment: 'Arbetet pågår.',
        answeredBy: { id: users.cecilia.id, name: users.cecilia.name },
        source: 'tab',
        answeredAt: '2024-02-01T08:00:00Z',
      },
    ]);
    const history = await world.inner.followUpHistory(openRoundId, first);
    expect(history.ok && history.value).toHaveLength(1);
  });

  it('accepts a partial answer and leaves the other activities unanswered', async () => {
    const response = await send({
      departmentId: social,
      answers: [answer(first), answer(second, { status: 'delayed' })],
    });
    expect(response.status).toBe(200);
    const snapshot = await world.inner.loadPlan();
    const answered = snapshot.ok
      ? snapshot.value.followUps.filter((f) => f.roundId === openRoundId).map((f) => f.activityId)
      : [];
    expect(answered.sort()).toEqual([first, second].sort());
  });

  it('changes an answer given the version it saw, and the same request twice writes once', async () => {
    const firstAnswer = AnswersResponseSchema.parse(
      (await send({ departmentId: social, answers: [answer(first)] })).body,
    ).followUps[0]!;
    const change = {
      departmentId: social,
      answers: [answer(first, { status: 'done', expectedVersion: firstAnswer.version })],
    };
    const changed = await send(change);
    expect(changed.status).toBe(200);
    const stored = AnswersResponseSchema.parse(changed.body).followUps[0]!;
    expect(stored.status).toBe('done');
    expect(stored.version).not.toBe(firstAnswer.version);
    const again = await send(change);
    expect(again.status).toBe(200);
    expect(AnswersResponseSchema.parse(again.body).followUps[0]!.version).toBe(stored.version);
    const history = await world.inner.followUpHistory(openRoundId, first);
    expect(history.ok && history.value.map((f) => f.status)).toEqual(['onTrack', 'done']);
  });

  it('refuses a stale answer with 409 and the stored answer, overwriting nothing', async () => {
    const mine = AnswersResponseSchema.parse(
      (await send({ departmentId: social, answers: [answer(first)] })).body,
    ).followUps[0]!;
    await send(
      {
        departmentId: social,
        answers: [answer(first, { status: 'done', expectedVersion: mine.version })],
      },
      users.anna,
    );
    const stale = await send({
      departmentId: social,
      answers: [answer(first, { status: 'delayed', expectedVersion: mine.version })],
    });
    expect(stale.status).toBe(409);
    const error = errorOf(stale.body);
    expect(error.reason).toBe('conflict');
    const { conflicts } = AnswersConflictSchema.parse(error.current);
    expect(conflicts).toMatchObject([
      { activityId: first, status: 'done', answeredBy: { id: users.anna.id } },
    ]);
    const history = await world.inner.followUpHistory(openRoundId, first);
    expect(history.ok && history.value.map((f) => f.status)).toEqual(['onTrack', 'done']);
  });

  it('refuses an outsider with 403 and stores nothing', async () => {
    const response = await send({ departmentId: social, answers: [answer(first)] }, users.david);
    expect(response.status).toBe(403);
    expect(errorOf(response.body)).toMatchObject({ reason: 'forbidden' });
    expect(errorOf(response.body).message).toMatch(/förvaltningens team/);
    const history = await world.inner.followUpHistory(openRoundId, first);
    expect(history.ok && history.value).toEqual([]);
  });

  it('refuses an activity of another department with 403', async () => {
    const response = await send({ departmentId: social, answers: [answer('A1.3')] });
    expect(response.status).toBe(403);
  });

  it('refuses personal data with 400 personalData and a message beside the field', async () => {
    const response = await send({
      departmentId: social,
      answers: [
        answer(first),
        answer(second, { comment: 'Kontakta 811218-9876 om detta.' }),
        answer(third, { nextSteps: 'Mejla anna.andersson@kommun.se' }),
      ],
    });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.reason).toBe('personalData');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      [`${second}.comment`, `${third}.nextSteps`].sort(),
    );
    expect(error.fields?.[`${second}.comment`]).toMatch(/personnummer/);
    const snapshot = await world.inner.loadPlan();
    expect(
      snapshot.ok && snapshot.value.followUps.filter((f) => f.roundId === openRoundId),
    ).toEqual([]);
  });

  it('refuses a lone surrogate or a right-to-left override beside the field, storing nothing', async () => {
    const response = await send({
      departmentId: social,
      answers: [
        answer(first, { comment: 'Halv emoji \uD83D här' }),
        answer(second, { nextSteps: 'Klart \u202Eåt\u202C nu' }),
        answer(third, { comment: 'Bra möte 👍🏽 مرحبا' }),
      ],
    });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.reason).toBe('invalid');
    expect(error.fields).toEqual({
      [`${first}.comment`]: expect.stringMatching(
        /^Kommentar innehåller ett trasigt tecken/,
      ) as unknown,
      [`${second}.nextSteps`]: expect.stringMatching(
        /^Nästa steg innehåller osynliga tecken/,
      ) as unknown,
    });
    const snapshot = await world.inner.loadPlan();
    expect(
      snapshot.ok && snapshot.value.followUps.filter((f) => f.roundId === openRoundId),
    ).toEqual([]);
    const fine = await send({
      departmentId: social,
      answers: [answer(third, { comment: 'Bra möte 👍🏽 مرحبا' })],
    });
    expect(fine.status).toBe(200);
  });

  it('refuses invalid fields with 400 invalid and Swedish messages keyed by activity', async () => {
    const response = await send({
      departmentId: social,
      answers: [answer(first, { status: 'finished', comment: 'x'.repeat(1001) })],
    });
    expect(response.status).toBe(400);
    const error = errorOf(response.body);
    expect(error.reason).toBe('invalid');
    expect(error.fields).toEqual({
      [`${first}.status`]: 'Välj en status.',
      [`${first}.comment`]: expect.stringMatching(
        /^Kommentar får vara högst 1\s000 tecken/,
      ) as unknown,
    });
  });

  it('refuses a body of the wrong shape with 400 and the field named', async () => {
    const response = await send({ departmentId: social, answers: [{ activityId: first }] });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields).toMatchObject({ [`${first}.status`]: 'Status saknas.' });
    const empty = await send({ departmentId: social, answers: [] });
    expect(errorOf(empty.body).fields).toHaveProperty('answers');
  });

  it('refuses answers in a closed round with 409', async () => {
    const response = await world.api.request('POST', apiPaths.answers(closedRoundId), {
      user: users.cecilia,
      body: { departmentId: social, answers: [answer(first)] },
    });
    expect(response.status).toBe(409);
    expect(errorOf(response.body).message).toMatch(/inte öppen/);
  });

  it('answers 404 for an unknown round, 403 for a department without a team', async () => {
    const round = await world.api.request('POST', apiPaths.answers('annual-1999'), {
      user: users.cecilia,
      body: { departmentId: social, answers: [answer(first)] },
    });
    expect(round.status).toBe(404);
    const department = await send({ departmentId: 'okand', answers: [answer(first)] });
    expect(department.status).toBe(403);
  });

  it('updates the cards already posted to the department after an answer', async () => {
    const run = await world.api.request('POST', apiPaths.reminders(openRoundId), {
      user: users.anna,
      body: { departmentId: social },
    });
    expect(run.status).toBe(202);
    const updates: unknown[] = [];
    const update: ChannelPoster['update'] = (_channel, message, card) => {
      updates.push({ message, card });
      return Promise.resolve({ ok: true, value: undefined });
    };
    const poster: ChannelPoster = world.poster;
    poster.update = update;
    await send({ departmentId: social, answers: [answer(first)] });
    await world.router.idle();
    expect(updates).toEqual([
      {
        message: world.poster.posts[0]!.ref,
        card: expect.objectContaining({ kind: 'reminder', departmentId: social }) as unknown,
      },
    ]);
  });
});
