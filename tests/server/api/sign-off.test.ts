import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../../src/app/ports.js';
import { reminderCards } from '../../../src/server/functions/reminder-cards.js';
import { answerMessages } from '../../../src/app/use-cases/answer-refusals.js';
import { apiPaths, SignOffResponseSchema } from '../../../src/tab/api/contract.js';
import {
  memoryWorld,
  openRoundId,
  social,
  socialActivities,
  users,
  type MemoryWorld,
} from './support/memory-world.js';
import { errorOf, type DemoUser } from './support/http.js';

function answer(activityId: string) {
  return { activityId, status: 'onTrack', comment: 'Arbetet pågår.', nextSteps: '' };
}

describe('POST /rounds/{roundId}/departments/{departmentId}/sign-off and …/reopen', () => {
  let world: MemoryWorld;
  beforeEach(async () => {
    world = await memoryWorld();
  });
  afterEach(() => world.close());

  const answerAll = (activities: readonly string[] = socialActivities) =>
    world.api.request('POST', apiPaths.answers(openRoundId), {
      user: users.cecilia,
      body: { departmentId: social, answers: activities.map(answer) },
    });
  const signOff = (user: DemoUser = users.cecilia) =>
    world.api.request('POST', apiPaths.signOff(openRoundId, social), { user });
  const reopen = (user: DemoUser = users.anna) =>
    world.api.request('POST', apiPaths.reopen(openRoundId, social), { user });

  it('answers 409 naming the activities still without an answer, and stores nothing', async () => {
    expect((await answerAll(socialActivities.slice(1))).status).toBe(200);
    const response = await signOff();
    expect(response.status).toBe(409);
    const error = errorOf(response.body);
    expect(error.current).toEqual({ missingActivityIds: [socialActivities[0]] });
    expect(error.message).toMatch(/^Alla aktiviteter behöver ett svar/);
    expect(world.inner.signOffHistory(openRoundId, social)).toEqual([]);
  });

  it('signs off for a member of the department team, and locks the answers (403 in Swedish)', async () => {
    await answerAll();
    const response = await signOff();
    expect(response.status).toBe(200);
    const { signOff: stored } = SignOffResponseSchema.parse(response.body);
    expect(stored).toMatchObject({
      roundId: openRoundId,
      departmentId: social,
      state: 'signedOff',
      signedBy: users.cecilia,
    });
    const change = await world.api.request('POST', apiPaths.answers(openRoundId), {
      user: users.cecilia,
      body: { departmentId: social, answers: [{ ...answer(socialActivities[0]), status: 'done' }] },
    });
    expect(change.status).toBe(403);
    expect(errorOf(change.body)).toMatchObject({
      reason: 'forbidden',
      message: answerMessages.signedOff,
    });
    const history = await world.inner.followUpHistory(openRoundId, socialActivities[0]);
    expect(history.ok && history.value.map((f) => f.status)).toEqual(['onTrack']);
  });

  it('refuses a sign-off from someone outside the department team with 403', async () => {
    await answerAll();
    const response = await signOff(users.david);
    expect(response.status).toBe(403);
    expect(errorOf(response.body).reason).toBe('forbidden');
    expect(world.inner.signOffHistory(openRoundId, social)).toEqual([]);
  });

  it('reopens for the working group only; the answers can then change again', async () => {
    await answerAll();
    await signOff();
    const refused = await reopen(users.cecilia);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body).message).toMatch(/arbetsgruppen/);
    const response = await reopen();
    expect(response.status).toBe(200);
    expect(SignOffResponseSchema.parse(response.body).signOff).toMatchObject({
      state: 'reopened',
      reopenedBy: users.anna,
      signedBy: users.cecilia,
    });
    const snapshot = await world.inner.loadPlan();
    const expectedVersion = snapshot.ok
      ? snapshot.value.followUps.find((f) => f.activityId === socialActivities[0])?.version
      : undefined;
    const changed = { ...answer(socialActivities[0]), status: 'done', expectedVersion };
    const change = await world.api.request('POST', apiPaths.answers(openRoundId), {
      user: users.cecilia,
      body: { departmentId: social, answers: [changed] },
    });
    expect(change.status).toBe(200);
    expect((await reopen()).status).toBe(409);
    await world.router.idle();
    const states = world.inner.signOffHistory(openRoundId, social).map((s) => s.state);
    expect(states).toEqual(['signedOff', 'reopened']);
  });

  it('updates the posted cards after a sign-off and a reopening, the latter with its notice', async () => {
    const run = await world.api.request('POST', apiPaths.reminders(openRoundId), {
      user: users.anna,
      body: { departmentId: social },
    });
    expect(run.status).toBe(202);
    const updates: unknown[] = [];
    const poster: ChannelPoster = world.poster;
    poster.update = (_channel, _message, card) => {
      updates.push(card);
      return Promise.resolve({ ok: true, value: undefined });
    };
    await answerAll();
    await world.router.idle();
    const before = updates.length;
    expect((await signOff()).status).toBe(200);
    await world.router.idle();
    expect((await reopen()).status).toBe(200);
    await world.router.idle();
    expect(updates.length).toBe(before + 2);
    // The card the reminder run builds for the department (src/server) after the reopening.
    const snapshot = await world.inner.loadPlan();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const round = snapshot.value.rounds.find((r) => r.id === openRoundId)!;
    const department = snapshot.value.departments.find((d) => d.id === social)!;
    const card = reminderCards({ tabUrl: 'https://tab.example/' }).reminder({
      snapshot: snapshot.value,
      round,
      department,
      stage: 'opening',
    });
    expect(JSON.stringify(card)).toContain('Arbetsgruppen öppnade förvaltningens del igen den');
  });

  it('answers 404 for an unknown department or round', async () => {
    const response = await world.api.request('POST', apiPaths.signOff('annual-1999', social), {
      user: users.cecilia,
    });
    expect(response.status).toBe(404);
  });
});
