import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/**
 * A Bot Connector that records what the bot sends (the Agents SDK calls `activity.serviceUrl`):
 * new threads, replies, updates, team details, the channel roster (`pagedmembers`). `throttleNext(n, seconds)` answers the next n
 * calls 429 with Retry-After.
 */

type RecordedCall = {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly authorization?: string;
};

export type RecordingConnector = {
  readonly serviceUrl: string;
  readonly calls: RecordedCall[];
  throttleNext(count: number, retryAfterSeconds: number): void;
  /** Answers the next `count` calls with `status` (e.g. 404 for a deleted channel). */
  failNext(count: number, status: number): void;
  /** The cards of PUT updates, in order. */
  updates(): { readonly path: string; readonly card: Record<string, unknown> }[];
  close(): Promise<void>;
};

/** The roster every channel has (Teams user ids), unless a test sets its own. */
export const connectorRoster = ['29:member-a', '29:member-b'];

export async function startRecordingConnector(
  teams: Record<string, string> = {},
  roster: readonly string[] = connectorRoster,
): Promise<RecordingConnector> {
  const calls: RecordedCall[] = [];
  let throttled = 0;
  let retryAfter = 1;
  let failing = 0;
  let failStatus = 500;
  let nextId = 1_700_000_000_000;
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.use((req, res, next) => {
    calls.push({
      method: req.method,
      path: decodeURIComponent(req.path),
      body: (req.body ?? {}) as Record<string, unknown>,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (failing > 0) {
      failing -= 1;
      res.status(failStatus).json({ error: { code: 'Failed', message: `HTTP ${failStatus}` } });
      return;
    }
    if (throttled > 0) {
      throttled -= 1;
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .json({ error: { code: 'Throttled' } });
      return;
    }
    next();
  });
  app.post('/v3/conversations', (req, res) => {
    const channel = (req.body as { channelData?: { channel?: { id?: string } } }).channelData
      ?.channel?.id;
    const id = String(nextId++);
    res.status(201).json({ id: `${channel ?? 'unknown'};messageid=${id}`, activityId: id });
  });
  app.post('/v3/conversations/:conversation/activities{/:activity}', (_req, res) => {
    res.status(201).json({ id: String(nextId++) });
  });
  app.put('/v3/conversations/:conversation/activities/:activity', (req, res) => {
    res.status(200).json({ id: req.params.activity });
  });
  app.get('/v3/conversations/:conversation/pagedmembers', (_req, res) => {
    res.json({ members: roster.map((id) => ({ id, name: id })) });
  });
  app.get('/v3/teams/:team', (req, res) => {
    const aadGroupId = teams[req.params.team];
    if (!aadGroupId) return void res.status(404).json({ error: { code: 'NotFound' } });
    res.json({ id: req.params.team, name: 'Team', aadGroupId });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    throttleNext(count, seconds) {
      throttled = count;
      retryAfter = seconds;
    },
    failNext(count, status) {
      failing = count;
      failStatus = status;
    },
    updates: () =>
      calls
        .filter((c) => c.method === 'PUT')
        .map((c) => ({
          path: c.path,
          card:
            (c.body.attachments as { content: Record<string, unknown> }[] | undefined)?.[0]
              ?.content ?? {},
        })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
