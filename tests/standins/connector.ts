import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { IdentityStandIn } from './identity.js';
import { cardUpdates, type CardUpdate } from '../support/card-updates.js';
import { publishedJwk } from './keys.js';

/**
 * A local Bot Connector over HTTPS (identity-spec §4). It takes the bot's calls only with a token
 * the identity stand-in issued for `https://api.botframework.com` to the bot's app id (§4.2:
 * RS256 by its key, that audience, an Entra v1/v2 issuer, `appid`/`azp` = the bot, within
 * nbf/exp with 5 min skew); anything else gets 401 with an ErrorResponse. The REST operations and
 * ids are those of the Bot Connector API reference
 * (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
 * create a channel thread (`{channel};messageid={n}`), send, reply, update, delete, paged
 * members, team details. Every answer carries `X-Correlating-OperationId`.
 */

type ConnectorCall = {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** The verified token's claims. */
  readonly claims: JWTPayload;
};

/** A thread the bot started (POST /v3/conversations) and the card it carried. */
type ConnectorThread = {
  readonly channelId: string;
  /** `{channelId};messageid={activityId}`. */
  readonly conversationId: string;
  readonly activityId: string;
  readonly card: Record<string, unknown>;
};

type ConnectorRefusal = {
  readonly method: string;
  readonly path: string;
  readonly reason: string;
};

export type ConnectorStandIn = {
  /** `https://localhost:{port}/`: the serviceUrl of the activities it is the connector for. */
  readonly serviceUrl: string;
  /** Accepted calls, in order. */
  calls(): readonly ConnectorCall[];
  /** The threads the bot started, in order. */
  threads(): readonly ConnectorThread[];
  /** Calls refused for their token. */
  refusals(): readonly ConnectorRefusal[];
  /** The cards of card updates (PUT), in order. */
  updates(): readonly CardUpdate[];
  /** Answers the next `count` authenticated calls with one of the §4.4 faults. */
  failNext(
    count: number,
    status: 403 | 404 | 412 | 429 | 500 | 502 | 503,
    retryAfterSeconds?: number,
  ): void;
  close(): Promise<void>;
};

export type ConnectorStandInOptions = {
  readonly identity: IdentityStandIn;
  /** The bot that owns the conversations (the token's `appid`/`azp`). */
  readonly botId: string;
  /** Team thread id → its Microsoft 365 group id, for `GET /v3/teams/{id}`. */
  readonly teams?: Readonly<Record<string, string>>;
  readonly roster?: readonly string[];
};

const faults: Record<number, { code: string; message: string }> = {
  403: {
    code: 'BotNotInConversationRoster',
    message: 'The bot is not part of the conversation roster.',
  },
  404: { code: 'ConversationNotFound', message: 'Conversation not found.' },
  412: { code: 'PreconditionFailed', message: 'Precondition failed.' },
  429: { code: 'Throttled', message: 'Too many requests.' },
  500: { code: 'ServiceError', message: 'An error has occurred.' },
  502: { code: 'ServiceError', message: 'Bad gateway.' },
  503: { code: 'ServiceUnavailable', message: 'Service unavailable.' },
};

const v1Issuer = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/$/i;
const v2Issuer = /^https:\/\/login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0$/i;

async function checkToken(
  authorization: string | undefined,
  keys: ReturnType<typeof createLocalJWKSet>,
  botId: string,
): Promise<JWTPayload | string> {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  if (!match?.[1]) return 'no bearer token';
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(match[1], keys, {
      algorithms: ['RS256'],
      audience: 'https://api.botframework.com',
      clockTolerance: 300,
      requiredClaims: ['exp', 'iss'],
    }));
  } catch (error) {
    return (error as { code?: string }).code ?? 'invalid token';
  }
  const iss = String(payload.iss);
  const tenant = v1Issuer.exec(iss)?.[1] ?? v2Issuer.exec(iss)?.[1];
  if (!tenant || payload.tid !== tenant) return `issuer ${iss}`;
  const caller = v1Issuer.test(iss) ? payload.appid : payload.azp;
  if (caller !== botId) return `caller ${String(caller)}`;
  return payload;
}

export async function startConnectorStandIn(
  options: ConnectorStandInOptions,
): Promise<ConnectorStandIn> {
  const { identity, botId } = options;
  const keys = createLocalJWKSet({ keys: [publishedJwk(identity.signingKey, '')] });
  const accepted: ConnectorCall[] = [];
  const refused: ConnectorRefusal[] = [];
  const threads: ConnectorThread[] = [];
  let failing = { count: 0, status: 500, retryAfter: 1 };
  let nextId = 1_700_000_000_000;
  const app = express();
  app.use((_req, res, next) => {
    res.set('X-Correlating-OperationId', randomUUID().replaceAll('-', '').slice(0, 16));
    next();
  });
  app.use(express.json({ limit: '1mb' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    void checkToken(req.headers.authorization, keys, botId).then((checked) => {
      if (typeof checked === 'string') {
        refused.push({ method: req.method, path: decodeURIComponent(req.path), reason: checked });
        res.status(401).json({
          error: {
            code: 'Unauthorized',
            message: 'Authorization has been denied for this request.',
          },
        });
        return;
      }
      if (failing.count > 0) {
        failing = { ...failing, count: failing.count - 1 };
        if (failing.status === 429) res.set('Retry-After', String(failing.retryAfter));
        res.status(failing.status).json({ error: faults[failing.status] });
        return;
      }
      accepted.push({
        method: req.method,
        path: decodeURIComponent(req.path),
        body: (req.body ?? {}) as Record<string, unknown>,
        claims: checked,
      });
      next();
    }, next);
  });
  app.post('/v3/conversations', (req, res) => {
    const channel = (req.body as { channelData?: { channel?: { id?: string } } }).channelData
      ?.channel?.id;
    if (!channel)
      return void res
        .status(400)
        .json({ error: { code: 'BadArgument', message: 'Missing channel.' } });
    const id = String(nextId++);
    const activity = (req.body as { activity?: { attachments?: { content?: unknown }[] } })
      .activity;
    const card = (activity?.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
    threads.push({
      channelId: channel,
      conversationId: `${channel};messageid=${id}`,
      activityId: id,
      card,
    });
    res.status(201).json({ id: `${channel};messageid=${id}`, activityId: id });
  });
  app.post('/v3/conversations/:conversation/activities{/:activity}', (_req, res) => {
    res.status(201).json({ id: String(nextId++) });
  });
  app.put('/v3/conversations/:conversation/activities/:activity', (req, res) => {
    res.status(200).json({ id: req.params.activity });
  });
  app.delete('/v3/conversations/:conversation/activities/:activity', (_req, res) => {
    res.status(200).end();
  });
  app.get('/v3/conversations/:conversation/pagedmembers', (_req, res) => {
    res.json({
      members: (options.roster ?? ['29:member-a']).map((id) => ({
        id,
        name: id,
        userRole: 'user',
      })),
    });
  });
  app.get('/v3/teams/:team', (req, res) => {
    const aadGroupId = options.teams?.[req.params.team];
    if (!aadGroupId) return void res.status(404).json({ error: faults[404] });
    res.json({ id: req.params.team, name: 'Team', aadGroupId });
  });
  const tls = await identity.ca.issue(['localhost', '127.0.0.1']);
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `https://localhost:${port}/`,
    calls: () => [...accepted],
    threads: () => [...threads],
    refusals: () => [...refused],
    updates: () => cardUpdates(accepted),
    failNext(count, status, retryAfterSeconds = 1) {
      failing = { count, status, retryAfter: retryAfterSeconds };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
