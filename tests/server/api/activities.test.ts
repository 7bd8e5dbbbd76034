import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Versioned } from '../../../src/app/ports.js';
import type { Activity } from '../../../src/domain/model.js';
import {
  ActivityResponseSchema,
  apiPaths,
  ChannelLinkResponseSchema,
  HistoryResponseSchema,
  VersionedActivitySchema,
} from '../../../src/tab/api/contract.js';
import { installationTarget } from '../../../src/app/use-cases/register-installation.js';
import {
  link,
  memoryWorld,
  openRoundId,
  social,
  users,
  type MemoryWorld,
} from './support/memory-world.js';
import { errorOf } from './support/http.js';

describe('the activities and channels API', () => {
  let world: MemoryWorld;
  let activity: Versioned<Activity>;
  beforeEach(async () => {
    world = await memoryWorld();
    const snapshot = await world.inner.loadPlan();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    activity = snapshot.value.activities.find((a) => a.id === 'A1.2')!;
  });
  afterEach(() => world.close());

  const put = (body: unknown, user: { id: string; name: string } = users.anna) =>
    world.api.request('PUT', apiPaths.activity(activity.id), { user, body });
  const edited = () => {
    const { version: _version, ...plain } = activity;
    return {
      ...plain,
      title: 'Ny titel',
      end: '2024-06-30',
      coResponsibleDepartmentIds: ['utbildning'],
    };
  };

  it('saves the working group’s edit with the version seen (200)', async () => {
    const response = await put({ activity: edited(), expectedVersion: activity.version });
    expect(response.status).toBe(200);
    const saved = ActivityResponseSchema.parse(response.body).activity;
    expect(saved).toMatchObject({
      title: 'Ny titel',
      end: '2024-06-30',
      coResponsibleDepartmentIds: ['utbildning'],
    });
    expect(saved.version).not.toBe(activity.version);
  });

  it('refuses a stale version with 409 and the stored activity, overwriting nothing', async () => {
    await put({ activity: { ...edited(), title: 'Först' }, expectedVersion: activity.version });
    const stale = await put({
      activity: { ...edited(), title: 'Sen' },
      expectedVersion: activity.version,
    });
    expect(stale.status).toBe(409);
    const current = VersionedActivitySchema.parse(errorOf(stale.body).current);
    expect(current.title).toBe('Först');
  });

  it('refuses a department contact (403) and an unknown activity (404)', async () => {
    const contact = await put(
      { activity: edited(), expectedVersion: activity.version },
      users.cecilia,
    );
    expect(contact.status).toBe(403);
    const unknown = await world.api.request('PUT', apiPaths.activity('A9.9'), {
      user: users.anna,
      body: { activity: { ...edited(), id: 'A9.9' }, expectedVersion: activity.version },
    });
    expect(unknown.status).toBe(404);
  });

  it('refuses invalid data with 400 and a Swedish message per field', async () => {
    const response = await put({
      activity: {
        ...edited(),
        title: ' ',
        financing: 'lottery',
      },
      expectedVersion: activity.version,
    });
    expect(response.status).toBe(400);
    const { fields, reason } = errorOf(response.body);
    expect(reason).toBe('invalid');
    expect(fields).toMatchObject({
      title: 'Titel måste fyllas i.',
      financing: 'Finansiering: välj ett av de tillåtna värdena.',
    });
    const dates = await put({
      activity: { ...edited(), end: '2020-01-01' },
      expectedVersion: activity.version,
    });
    expect(errorOf(dates.body).fields).toEqual({ end: 'Slutdatum får inte vara före startdatum.' });
    const area = await put({
      activity: { ...edited(), areaId: 'area-9' },
      expectedVersion: activity.version,
    });
    expect(errorOf(area.body).fields).toEqual({
      areaId: 'Utvecklingsområdet finns inte i planen.',
    });
  });

  it('refuses dates SharePoint cannot store with 400 and the field message, and lets its edges in', async () => {
    const message = 'Ange ett datum mellan 1900-01-01 och 8900-12-31.';
    const early = await put({
      activity: { ...edited(), start: '0001-01-01' },
      expectedVersion: activity.version,
    });
    expect(early.status).toBe(400);
    expect(errorOf(early.body)).toMatchObject({ reason: 'invalid', fields: { start: message } });
    const late = await put({
      activity: { ...edited(), end: '9999-12-31' },
      expectedVersion: activity.version,
    });
    expect(errorOf(late.body).fields).toEqual({ end: message });
    const edges = await put({
      activity: { ...edited(), start: '1900-01-01', end: '8900-12-31' },
      expectedVersion: activity.version,
    });
    expect(edges.status).toBe(200);
  });

  it('refuses malformed text and bidi controls in the title and description per field', async () => {
    const response = await put({
      activity: { ...edited(), title: 'Samtal \uDC00', description: 'Se \u2067bilaga\u2069' },
      expectedVersion: activity.version,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields).toEqual({
      title: expect.stringMatching(/^Titel innehåller ett trasigt tecken/) as unknown,
      description: expect.stringMatching(/^Beskrivning innehåller osynliga tecken/) as unknown,
    });
  });

  it('refuses personal data in the description with 400 personalData', async () => {
    const response = await put({
      activity: { ...edited(), description: 'Ansvarig: bertil.berg@kommun.se' },
      expectedVersion: activity.version,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toMatchObject({ reason: 'personalData' });
    expect(errorOf(response.body).fields).toHaveProperty('description');
  });

  it('lists an activity’s answer history newest first, to anyone signed in', async () => {
    const answer = (status: string, expectedVersion?: string) =>
      world.api.request('POST', apiPaths.answers(openRoundId), {
        user: users.cecilia,
        body: {
          departmentId: social,
          answers: [
            { activityId: activity.id, status, comment: '', nextSteps: '', expectedVersion },
          ],
        },
      });
    const first = (await answer('onTrack')).body as { followUps: { version: string }[] };
    await answer('done', first.followUps[0]!.version);
    const response = await world.api.request('GET', apiPaths.history(activity.id), {
      user: users.david,
    });
    expect(response.status).toBe(200);
    expect(HistoryResponseSchema.parse(response.body).entries.map((e) => e.status)).toEqual([
      'done',
      'onTrack',
    ]);
    const unknown = await world.api.request('GET', apiPaths.history('A9.9'), { user: users.david });
    expect(unknown.status).toBe(404);
  });

  it('links a channel where the app is installed, for the working group only', async () => {
    const installed = {
      ...link('x'),
      target: installationTarget('19:kultur@thread.tacv2'),
      channelId: '19:kultur@thread.tacv2',
      teamId: 'team-kultur',
    };
    await world.channels.linkChannel(installed);
    const body = {
      target: 'kultur-fritid',
      teamId: 'team-kultur',
      channelId: '19:kultur@thread.tacv2',
      tenantId: 'tenant',
      channelName: 'Uppföljning',
    };
    const contact = await world.api.request('POST', apiPaths.channels(), {
      user: users.cecilia,
      body,
    });
    expect(contact.status).toBe(403);
    const response = await world.api.request('POST', apiPaths.channels(), {
      user: users.anna,
      body,
    });
    expect(response.status).toBe(200);
    expect(ChannelLinkResponseSchema.parse(response.body).link).toEqual({
      target: 'kultur-fritid',
      teamId: 'team-kultur',
      channelId: '19:kultur@thread.tacv2',
      channelName: 'Uppföljning',
    });
    const unknown = await world.api.request('POST', apiPaths.channels(), {
      user: users.anna,
      body: { ...body, target: 'okand' },
    });
    expect(unknown.status).toBe(404);
  });
});
