import type { RequestHandler } from 'express';
import type { BotLogger } from './bot-deps.js';
import type { ChannelTokenRefusal, ChannelTokenVerifier } from './channel-token.js';

/**
 * The bot's two authentication steps around body parsing (issue 12, findings 1, 2):
 * - `channelTokenGate` runs first: an activity without a valid channel token gets 401 and its
 *   body is never read (so a malformed or oversized body from anyone never reaches the bot);
 * - `serviceUrlGate` runs once the body is parsed, before the adapter: the token's `serviceurl`
 *   claim must be the activity's `serviceUrl` (the Bot Connector authentication docs, step 8),
 *   else 401, so a token cannot send the bot's replies (and its connector token) elsewhere.
 * The verified claims go to `req.user`, where the Agents SDK's adapter reads the caller.
 */

type Refusal = ChannelTokenRefusal | 'serviceUrl';

function unauthorized(res: Parameters<RequestHandler>[1], reason: Refusal): void {
  res.status(401).json({
    error: {
      code: 'Unauthorized',
      message: 'Aktiviteten saknar en giltig token från Bot Framework.',
      reason,
    },
  });
}

type WithUser = { user?: Record<string, unknown> };

export function channelTokenGate(verify: ChannelTokenVerifier, logger: BotLogger): RequestHandler {
  return (req, res, next) => {
    verify(req.headers.authorization).then(
      (check) => {
        if (!check.ok) {
          logger.warn('Aktiviteten avvisades: ogiltig token', {
            reason: check.reason,
            ...(check.detail ? { detail: check.detail } : {}),
          });
          // Read nothing more: the connection closes once the answer is sent.
          res.set('Connection', 'close');
          unauthorized(res, check.reason);
          return;
        }
        (req as WithUser).user = { ...check.claims };
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

/** Anonymous local mode (no bot id; refused in production): the SDK's anonymous caller. */
export const anonymousCaller: RequestHandler = (req, _res, next) => {
  (req as WithUser).user = { name: 'anonymous' };
  next();
};

function sameServiceUrl(claim: unknown, activity: unknown): boolean {
  if (typeof claim !== 'string' || typeof activity !== 'string') return false;
  const norm = (v: string) => v.trim().replace(/\/+$/, '').toLowerCase();
  return norm(claim) === norm(activity);
}

export function serviceUrlGate(logger: BotLogger): RequestHandler {
  return (req, res, next) => {
    const claims = (req as WithUser).user;
    if (!claims || claims.name === 'anonymous') return next();
    const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
    const claim = claims.serviceurl ?? claims.serviceUrl;
    if (!sameServiceUrl(claim, serviceUrl)) {
      logger.warn('Aktiviteten avvisades: serviceUrl stämmer inte med token', {
        claim: typeof claim === 'string' ? claim : '',
      });
      unauthorized(res, 'serviceUrl');
      return;
    }
    next();
  };
}
