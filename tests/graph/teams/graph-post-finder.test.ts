import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelLink, PostFinder } from '../../../src/app/ports.js';
import { runReminders } from '../../../src/app/use-cases/run-reminders.js';
import { makeDevToken } from '../../../src/emulator/auth/dev-token.js';
import { createGraphClient } from '../../../src/graph/client/create-client.js';
import { GraphGateway } from '../../../src/graph/client/gateway.js';
import { GraphPostFinder } from '../../../src/graph/teams/graph-post-finder.js';
import { keyInCard } from '../../../src/graph/teams/reminder-card-key.js';
import { world } from '../../app/reminders/fakes.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';

/**
 * The look-up of an earlier reminder post in the channel's messages
 * (`GET /teams/{id}/channels/{id}/messages/delta`) on an emulator that checks permissions: found
 * by the key its card carries, not found, the channel gone, and refused (403, the app holds no
 * ChannelMessage.Read.Group): then the run cannot check and posts the reminder again.
 */

let t: TestEmulator;
let channel: ChannelLink;
const appId = '00000000-0000-0000-0000-00000000a99a';

function finderWith(roles: readonly string[]): GraphPostFinder {
  const token = makeDevToken({ appid: appId, idtyp: 'app', roles });
  const client = createGraphClient({
    graphUrl: t.emulator.url,
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    fetch: t.fetch,
  });
  return new GraphPostFinder(new GraphGateway(client));
}

/** A card posted in the channel as Teams stores a bot's post: the key inside the tab link. */
async function postCard(key: string): Promise<string> {
  const user = t.emulator.seed.users[0]!;
  const token = makeDevToken({ oid: user.id, name: user.displayName, scp: 'ChannelMessage.Send' });
  const card = { type: 'AdaptiveCard', actions: [{ url: `https://tab/#/x?${keyInCard(key)}` }] };
  const response = await t.fetch(
    `${t.emulator.url}/teams/${channel.teamId}/channels/${encodeURIComponent(channel.channelId)}/messages`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        body: { contentType: 'html', content: '<attachment id="c1"></attachment>' },
        attachments: [
          {
            id: 'c1',
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: JSON.stringify(card),
          },
        ],
      }),
    },
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  t = await startTestEmulator({ requireScopes: true });
  const team = t.emulator.seed.teams[1]!;
  channel = {
    target: 'social-omsorg',
    teamId: team.id,
    channelId: team.channels[0]!.id,
    tenantId: t.emulator.seed.tenant.id,
    serviceUrl: 'https://smba.example/emea/',
  };
});
afterAll(() => t.close());

describe('GraphPostFinder', () => {
  it('finds the post that carries the key, and nothing for another key or before `since`', async () => {
    const finder = finderWith(['ChannelMessage.Read.Group']);
    const since = new Date();
    const id = await postCard('annual-2026|social-omsorg|due');
    await postCard('annual-2026|kultur-fritid|due');
    expect(await finder.findPost(channel, 'annual-2026|social-omsorg|due', since)).toEqual({
      ok: true,
      value: { conversationId: `${channel.channelId};messageid=${id}`, messageId: id },
    });
    expect(await finder.findPost(channel, 'annual-2026|social-omsorg|twoWeeks', since)).toEqual({
      ok: true,
      value: null,
    });
    const later = new Date(Date.now() + 5 * 60_000);
    expect(await finder.findPost(channel, 'annual-2026|social-omsorg|due', later)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('says notFound for a channel that is gone', async () => {
    const gone = { ...channel, channelId: '19:borta@thread.tacv2' };
    const found = await finderWith(['ChannelMessage.Read.All']).findPost(gone, 'k', new Date());
    expect(found.ok || found.error.reason).toBe('notFound');
  });

  it('says forbidden when Graph refuses the read (no ChannelMessage.Read.Group)', async () => {
    const found = await finderWith(['TeamMember.Read.Group']).findPost(channel, 'k', new Date());
    expect(found.ok || found.error.reason).toBe('forbidden');
  });
});

describe('a reminder in doubt whose look-up Graph refuses', () => {
  const overdue2 = new Date('2027-03-12T08:30:00+01:00');

  /** A run posts and dies before recording; a run after the lease looks it up with `finder`. */
  async function recoverWith(finder: PostFinder) {
    const w = world();
    const lost = {
      ...w.reminders,
      update: () => new Promise<never>(() => undefined),
      reserve: w.reminders.reserve.bind(w.reminders),
      listForRound: w.reminders.listForRound.bind(w.reminders),
    };
    const settings = { concurrency: 1, postsPerSecond: 5, threadIntervalMs: 2000 };
    const first = runReminders(w.deps({ reminders: lost, settings }), { now: overdue2 });
    await w.timer.drive(
      Promise.race([first, new Promise((r) => setTimeout(r, 200))]).then(() => undefined),
    );
    const postedBefore = w.poster.posts.length;
    w.timer.advance(11 * 60_000);
    const result = await w.timer.drive(runReminders(w.deps({ finder }), { now: overdue2 }));
    return { w, result, postedBefore };
  }

  it('posts it again and says why, instead of failing it until it is given up', async () => {
    const { w, result, postedBefore } = await recoverWith(finderWith(['TeamMember.Read.Group']));
    expect(postedBefore).toBeGreaterThan(0);
    expect(result.ok && result.value.complete).toBe(true);
    const reports = result.ok ? result.value.reminders : [];
    const again = reports.filter((r) => r.message?.includes('ChannelMessage.Read.Group'));
    expect(again.length).toBe(postedBefore);
    expect(again.every((r) => r.outcome === 'posted')).toBe(true);
    // Twice, never none: every due reminder was posted at least once.
    const counts = w.poster.countByKey();
    expect(counts.size).toBe(4);
    expect([...counts.values()].every((n) => n >= 1)).toBe(true);
    expect([...counts.values()].filter((n) => n === 2).length).toBe(postedBefore);
  });

  it('still records a failure when the look-up fails for another reason (Graph unavailable)', async () => {
    const unavailable: PostFinder = {
      findPost: () =>
        Promise.resolve({
          ok: false,
          error: { reason: 'unavailable', message: 'Graph svarar inte' },
        }),
    };
    const { result, postedBefore } = await recoverWith(unavailable);
    const reports = result.ok ? result.value.reminders : [];
    expect(reports.filter((r) => r.outcome === 'failed').length).toBe(postedBefore);
  });
});
