import { CloudAdapter } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelLink } from '../../src/app/ports.js';
import { ConnectorChannelPoster, messageIdOf } from '../../src/bot/channel-poster.js';
import { Pacer } from '../../src/bot/pacer.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../support/recording-connector.js';
import { virtualTimer } from './support/virtual-timer.js';

const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Påminnelse' }],
};

describe('ConnectorChannelPoster', () => {
  let connector: RecordingConnector;
  beforeAll(async () => {
    connector = await startRecordingConnector();
  });
  afterAll(() => connector.close());
  beforeEach(() => {
    connector.calls.length = 0;
  });

  function poster(maxAttempts = 4) {
    const timer = virtualTimer();
    const adapter = new CloudAdapter({});
    const pacer = new Pacer({}, timer);
    return {
      timer,
      poster: new ConnectorChannelPoster({ adapter, botId: 'bot-1', pacer, timer, maxAttempts }),
    };
  }

  function channel(overrides: Partial<ChannelLink> = {}): ChannelLink {
    return {
      target: 'social-omsorg',
      teamId: 'team-1',
      channelId: '19:social@thread.tacv2',
      tenantId: 'tenant-1',
      serviceUrl: connector.serviceUrl,
      ...overrides,
    };
  }

  it('posts a new thread in the channel carrying the reminder key, without members', async () => {
    const { poster: p } = poster();
    const posted = await p.post(channel(), card, 'annual-2026|social-omsorg|opening');
    expect(posted.ok).toBe(true);
    const [call] = connector.calls;
    expect([call?.method, call?.path]).toEqual(['POST', '/v3/conversations']);
    expect(call?.body).toMatchObject({
      isGroup: true,
      channelData: { channel: { id: '19:social@thread.tacv2' }, tenant: { id: 'tenant-1' } },
      activity: {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        channelData: { aktivitetsplan: { reminderKey: 'annual-2026|social-omsorg|opening' } },
      },
    });
    expect(call?.body.members).toBeUndefined();
    if (!posted.ok) return;
    expect(posted.value.conversationId).toMatch(/^19:social@thread\.tacv2;messageid=\d+$/);
    expect(posted.value.messageId).toBe(messageIdOf(posted.value.conversationId));
  });

  it('updates a posted message in place', async () => {
    const { poster: p } = poster();
    const message = { conversationId: '19:social@thread.tacv2;messageid=42', messageId: '42' };
    expect((await p.update(channel(), message, card)).ok).toBe(true);
    expect(connector.updates()).toEqual([
      { path: '/v3/conversations/19:social@thread.tacv2;messageid=42/activities/42', card },
    ]);
  });

  it('waits out a 429 for its Retry-After and tries again', async () => {
    const { poster: p, timer } = poster();
    connector.throttleNext(2, 3);
    const start = timer.now();
    const posted = await p.post(channel(), card, 'k');
    expect(posted.ok).toBe(true);
    expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(3);
    expect(timer.now() - start).toBeGreaterThanOrEqual(6000);
  });

  it('gives up as throttled, with the wait, when 429s do not stop', async () => {
    const { poster: p } = poster(3);
    connector.throttleNext(10, 7);
    const posted = await p.post(channel(), card, 'k');
    expect(posted.ok ? undefined : posted.error).toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 7,
    });
    expect(connector.calls).toHaveLength(3);
    connector.throttleNext(0, 1);
  });

  it('reports a deleted channel as notFound and a broken connector as unavailable', async () => {
    const { poster: p } = poster();
    connector.failNext(1, 404);
    const gone = await p.post(channel(), card, 'k');
    expect(gone.ok ? undefined : gone.error.reason).toBe('notFound');
    connector.failNext(1, 403);
    const blocked = await p.update(
      channel(),
      { conversationId: 'c;messageid=1', messageId: '1' },
      card,
    );
    expect(blocked.ok ? undefined : blocked.error.reason).toBe('notFound');
    const unreachable = await p.post(channel({ serviceUrl: 'http://127.0.0.1:9/' }), card, 'k');
    expect(unreachable.ok ? undefined : unreachable.error.reason).toBe('unavailable');
  });

  it('does not post again after a 502, which may have gone out, but retries an update', async () => {
    const { poster: p } = poster();
    connector.failNext(1, 502);
    const posted = await p.post(channel(), card, 'k');
    expect(posted.ok ? undefined : posted.error.reason).toBe('unavailable');
    expect(connector.calls).toHaveLength(1);
    connector.failNext(1, 502);
    const updated = await p.update(
      channel(),
      { conversationId: 'c;messageid=1', messageId: '1' },
      card,
    );
    expect(updated.ok).toBe(true);
    expect(connector.calls).toHaveLength(3);
  });

  it('refuses a message reference without a message id instead of throwing', async () => {
    const { poster: p } = poster();
    const result = await p.update(channel(), { conversationId: 'c', messageId: '' }, card);
    expect(result.ok ? undefined : result.error.reason).toBe('notFound');
    expect(connector.calls).toHaveLength(0);
  });
});

describe('ConnectorChannelPoster.memberIds (the roster for refresh.userIds)', () => {
  const link = (serviceUrl: string): ChannelLink => ({
    target: 'social-omsorg',
    teamId: 'team-1',
    channelId: '19:social@thread.tacv2',
    tenantId: 'tenant-1',
    serviceUrl,
  });
  const posterFor = () =>
    new ConnectorChannelPoster({ adapter: new CloudAdapter({}), botId: 'bot-1' });

  it('reads the channel roster once and keeps it', async () => {
    const connector = await startRecordingConnector({ roster: ['29:a', '29:b', '29:c'] });
    try {
      const p = posterFor();
      expect(await p.memberIds(link(connector.serviceUrl))).toEqual(['29:a', '29:b', '29:c']);
      expect(await p.memberIds(link(connector.serviceUrl))).toEqual(['29:a', '29:b', '29:c']);
      const reads = connector.calls.filter((c) => c.path.endsWith('/pagedmembers'));
      expect(reads.map((c) => [c.method, c.path])).toEqual([
        ['GET', '/v3/conversations/19:social@thread.tacv2/pagedmembers'],
      ]);
    } finally {
      await connector.close();
    }
  });

  it('lists nobody in a channel of more than 60, and nobody (without failing) when the roster cannot be read', async () => {
    const many = Array.from({ length: 61 }, (_, i) => `29:user-${i}`);
    const big = await startRecordingConnector({ roster: many });
    const broken = await startRecordingConnector();
    try {
      expect(await posterFor().memberIds(link(big.serviceUrl))).toEqual([]);
      broken.failNext(1, 500);
      const p = posterFor();
      expect(await p.memberIds(link(broken.serviceUrl))).toEqual([]);
      // A failed read is not kept: the next card tries again.
      expect(await p.memberIds(link(broken.serviceUrl))).toEqual(['29:member-a', '29:member-b']);
    } finally {
      await big.close();
      await broken.close();
    }
  });
});
