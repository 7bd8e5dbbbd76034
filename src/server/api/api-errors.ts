import type { ErrorRequestHandler, Response } from 'express';
import { statusOfReason, type ApiError, type ApiErrorReason } from '../../tab/api/contract.js';
import type { ApiLogger } from './api-logger.js';

/**
 * Every refusal leaves as `{ error: ApiError }` with the status the contract names for its
 * reason, and a throttled or unavailable answer carries Retry-After. A bug still answers in
 * Swedish (503 `unavailable`, never a bare 500), and what is logged about it is the error's
 * kind and where it happened: never a token, a request body or a message built from one.
 */

export type ApiFailure = {
  readonly reason: ApiErrorReason;
  readonly message: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly current?: unknown;
  readonly retryAfterSeconds?: number;
};

export const apiMessages = {
  bug: 'Något gick fel hos oss, så inget sparades. Försök igen om en stund.',
  badJson: 'Begäran kunde inte läsas (ogiltig JSON).',
  tooLarge: 'Begäran är för stor.',
  unknownRoute: 'Det finns ingen sådan funktion i Aktivitetsplans API.',
} as const;

export function sendFailure(res: Response, failure: ApiFailure): void {
  const waits = failure.reason === 'throttled' || failure.reason === 'unavailable';
  const given = failure.retryAfterSeconds;
  const seconds = given ?? (failure.reason === 'throttled' ? 1 : undefined);
  if (waits && seconds !== undefined)
    res.setHeader('Retry-After', String(Math.max(0, Math.ceil(seconds))));
  if (failure.reason === 'unauthenticated')
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
  const error: ApiError = {
    reason: failure.reason,
    message: failure.message,
    ...(failure.fields ? { fields: { ...failure.fields } } : {}),
    ...(failure.current === undefined ? {} : { current: failure.current }),
    ...(seconds === undefined ? {} : { retryAfterSeconds: Math.max(0, seconds) }),
  };
  res.status(statusOfReason[failure.reason]).json({ error });
}

type HttpError = { readonly status?: unknown; readonly type?: unknown; readonly name?: unknown };

/** The last handler: body-parser refusals as 400, anything else logged and answered 503. */
export function apiErrorHandler(logger: ApiLogger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const http = (error ?? {}) as HttpError;
    if (http.type === 'entity.parse.failed')
      return sendFailure(res, { reason: 'invalid', message: apiMessages.badJson });
    if (http.type === 'entity.too.large')
      return sendFailure(res, { reason: 'invalid', message: apiMessages.tooLarge });
    const route = (req.route as { path?: unknown } | undefined)?.path;
    logger.error('api.unhandled', {
      method: req.method,
      route: typeof route === 'string' ? route : 'unknown',
      error: typeof http.name === 'string' ? http.name : typeof error,
      where: firstFrame(error),
    });
    sendFailure(res, { reason: 'unavailable', message: apiMessages.bug });
  };
}

/** The first stack frame (file and line), without the message that may quote user input. */
function firstFrame(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frame = stack.split('\n').find((line) => /^\s+at /.test(line));
  return frame?.trim().slice(0, 300) ?? 'unknown';
}
