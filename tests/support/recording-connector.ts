import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { cardUpdates, type CardUpdate } from './card-updates.js';

/**
 * The tests' one recording Bot Connector (a test recorder, not a stand-in faithful to every
 * detail): it answers what the bot calls at `activity.serviceUrl` — new channel threads
 * (`POST /v3/conversations`), replies, card updates (PUT), team details, the channel roster
 * (`pagedmembers`) — and Graph's view of the same channels
 * (`GET /v1.0/teams/{team}/channels/{channel}/messages/delta`), which is how a reminder run
 * recognises its earlier posts. It records every call and every new post with the reminder key
 * its channelData carries.
 *
 * Options: `tls` serves HTTPS with that key and certificate (the emulator's, so one CA is
 * trusted), plain HTTP otherwise; `teams` maps a team's thread id to its Entra group id; `roster`
 * is every channel's members. Faults: `throttleNext`/`failNext` answer the next calls of any kind
 * 429/an error; `faults` answers new posts 429 at a rate, or 404 for deleted channels.
 */

type RecordedCall = {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly authorization?: string;
};

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

export type RecordingConnectorOptions = {
  readonly tls?: { readonly key: string; readonly cert: string };
  readonly teams?: Readonly<Record<string, string>>;
  readonly roster?: readonly string[];
};

export type RecordingConnector = {
  /** `http(s)://…:PORT/` — the service URL of the channel links. */
  readonly serviceUrl: string;
  /** `…/v1.0` — Graph's channel messages of the recorded posts. */
  readonly graphUrl: string;
  readonly calls: RecordedCall[];
  readonly posts: RecordedPost[];
  /** New posts answered 429 by `faults.throttleRate`. */
  readonly throttled: () => number;
  faults: ConnectorFaults;
  throttleNext(count: number, retryAfterSeconds: number): void;
  /** Answers the next `count` calls with `status` (e.g. 404 for a deleted channel). */
  failNext(count: number, status: number): void;
  /** The cards of PUT updates, in order. */
  updates(): CardUpdate[];
  countByKey(): Map<string, number>;
  close(): Promise<void>;
};

/** The roster every channel has (Teams user ids), unless a test sets its own. */
export const connectorRoster = ['29:member-a', '29:member-b'];

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

export async function startRecordingConnector(
  options: RecordingConnectorOptions = {},
): Promise<RecordingConnector> {
  const roster = options.roster ?? connectorRoster;
  const calls: RecordedCall[] = [];
  const posts: RecordedPost[] = [];
  const random = seeded(11);
  const faults: ConnectorFaults = {};
  const next = { id: 1_700_000_000_000, throttled: 0, throttleNext: 0, retryAfter: 1 };
  const failing = { count: 0, status: 500 };
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.use((req, res, nextHandler) => {
    calls.push({
      method: req.method,
      path: decodeURIComponent(req.path),
      body: (req.body ?? {}) as Record<string, unknown>,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (failing.count > 0) {
      failing.count -= 1;
      const status = failing.status;
      res.status(status).json({ error: { code: 'Failed', message: `HTTP ${status}` } });
      return;
    }
    if (next.throttleNext > 0) {
      next.throttleNext -= 1;
      res
        .status(429)
        .set('Retry-After', String(next.retryAfter))
        .json({ error: { code: 'Throttled' } });
      return;
    }
    nextHandler();
  });

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
      next.throttled += 1;
      res.set('Retry-After', String(connector.faults.retryAfterSeconds ?? 1));
      res.status(429).json({ error: { code: 'TooManyRequests', message: 'Too many requests.' } });
      return;
    }
    const id = String((next.id += 1));
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
    res.status(201).json({ id: String((next.id += 1)) });
  });
  app.put('/v3/conversations/:conversation/activities/:activity', (req, res) => {
    res.status(200).json({ id: req.params.activity });
  });
  app.get('/v3/conversations/:conversation/pagedmembers', (_req, res) => {
    res.json({ members: roster.map((id) => ({ id, name: id })) });
  });
  app.get('/v3/teams/:team', (req, res) => {
    const aadGroupId = options.teams?.[req.params.team];
    if (!aadGroupId) return void res.status(404).json({ error: { code: 'NotFound' } });
    res.json({ id: req.params.team, name: 'Team', aadGroupId });
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

  const server: Server = options.tls ? createHttpsServer(options.tls, app) : createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = options.tls ? `https://localhost:${port}/` : `http://127.0.0.1:${port}/`;
  const connector: RecordingConnector = {
    serviceUrl: base,
    graphUrl: `${base}v1.0`,
    calls,
    posts,
    throttled: () => next.throttled,
    faults,
    throttleNext(count, seconds) {
      next.throttleNext = count;
      next.retryAfter = seconds;
    },
    failNext(count, status) {
      failing.count = count;
      failing.status = status;
    },
    updates: () => cardUpdates(calls),
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
