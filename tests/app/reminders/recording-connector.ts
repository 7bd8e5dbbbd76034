import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';

/**
 * A recording stand-in for Teams, over HTTPS (the emulator's certificate, so one CA is trusted):
 * the Bot Connector calls the bot makes (`POST /v3/conversations` for a new channel thread,
 * replies and updates), and Graph's view of the same channels
 * (`GET /v1.0/teams/{team}/channels/{channel}/messages/delta`), which is how a real run
 * recognises its earlier posts. It counts every post that went out by the reminder key it
 * carries, and can answer 429 with Retry-After or 404 for a deleted channel.
 */

type RecordedPost = {
  readonly id: string;
  readonly channelId: string;
  readonly key: string | undefined;
  readonly card: unknown;
  readonly at: string;
};

type ConnectorFaults = {
  /** Share 0..1 of new posts answered 429. */
  throttleRate?: number;
  retryAfterSeconds?: number;
  /** Channels whose posts get 404 (deleted). */
  goneChannels?: readonly string[];
};

export type RecordingConnector = {
  /** `https://localhost:PORT/` — the service URL of the channel links. */
  readonly serviceUrl: string;
  /** `https://localhost:PORT/v1.0` — Graph's channel messages of the recorded posts. */
  readonly graphUrl: string;
  readonly posts: RecordedPost[];
  readonly throttled: () => number;
  faults: ConnectorFaults;
  countByKey(): Map<string, number>;
  close(): Promise<void>;
};

type ActivityBody = {
  channelData?: { aktivitetsplan?: { reminderKey?: string } };
  attachments?: { content?: unknown }[];
};

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

export async function startRecordingConnector(tls: {
  key: string;
  cert: string;
}): Promise<RecordingConnector> {
  const posts: RecordedPost[] = [];
  const random = seeded(11);
  let throttled = 0;
  let next = 1_700_000_000_000;
  const faults: ConnectorFaults = {};
  const app = express();
  app.use(express.json({ limit: '1mb' }));

  app.post('/v3/conversations', (req: Request, res: Response) => {
    const body = req.body as {
      channelData?: { channel?: { id?: string } };
      activity?: ActivityBody;
    };
    const channelId = body.channelData?.channel?.id ?? 'unknown';
    if (connector.faults.goneChannels?.includes(channelId)) {
      res
        .status(404)
        .json({ error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
      return;
    }
    if (random() < (connector.faults.throttleRate ?? 0)) {
      throttled += 1;
      res.set('Retry-After', String(connector.faults.retryAfterSeconds ?? 1));
      res.status(429).json({ error: { code: 'TooManyRequests', message: 'Too many requests.' } });
      return;
    }
    const id = String((next += 1));
    const activity = body.activity ?? {};
    posts.push({
      id,
      channelId,
      key: activity.channelData?.aktivitetsplan?.reminderKey,
      card: activity.attachments?.[0]?.content,
      at: new Date().toISOString(),
    });
    res.status(201).json({ id: `${channelId};messageid=${id}`, activityId: id });
  });

  app.post('/v3/conversations/:conversation/activities{/:activity}', (_req, res) => {
    res.status(201).json({ id: String((next += 1)) });
  });
  app.put('/v3/conversations/:conversation/activities/:activity', (req, res) => {
    res.status(200).json({ id: req.params.activity });
  });

  app.get('/v1.0/teams/:team/channels/:channel/messages/delta', (req, res) => {
    const value = posts
      .filter((p) => p.channelId === req.params.channel)
      .map((p) => ({
        id: p.id,
        lastModifiedDateTime: p.at,
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: JSON.stringify(p.card),
          },
        ],
      }));
    res.json({
      value,
      '@odata.deltaLink': `${connector.graphUrl}/teams/x/channels/y/messages/delta?$deltatoken=1`,
    });
  });

  const server: Server = createServer(tls, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const connector: RecordingConnector = {
    serviceUrl: `https://localhost:${port}/`,
    graphUrl: `https://localhost:${port}/v1.0`,
    posts,
    throttled: () => throttled,
    faults,
    countByKey() {
      const counts = new Map<string, number>();
      for (const p of posts) counts.set(p.key ?? '?', (counts.get(p.key ?? '?') ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return connector;
}
