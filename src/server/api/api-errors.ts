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
  /**
   * Overrides the reason's status: 415 for a body in a charset or encoding the API does not read,
   * 413 for a body over the route's limit.
   */
  readonly status?: 413 | 415;
};

export const apiMessages = {
  bug: 'Något gick fel hos oss, så inget sparades. Försök igen om en stund.',
  badJson: 'Begäran kunde inte läsas (ogiltig JSON).',
  tooLarge: 'Begäran är för stor.',
  badCharset: 'Begäran har en teckenkodning som inte stöds. Skicka JSON i UTF-8.',
  badEncoding: 'Begäran är komprimerad på ett sätt som inte stöds (gzip, deflate och br går bra).',
  unreadable: 'Begäran kunde inte läsas (avbruten eller trasigt komprimerad).',
  unknownRoute: 'Det finns ingen sådan funktion i Aktivitetsplans API.',
} as const;

/** Where `sendFailure` leaves a refusal for the request log (its reason and technical detail). */
export const failureLocal = 'apiFailure';

export function sendFailure(
  res: Response,
  failure: ApiFailure & { readonly detail?: string },
): void {
  res.locals[failureLocal] = { reason: failure.reason, detail: failure.detail };
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
  res.status(failure.status ?? statusOfReason[failure.reason]).json({ error });
}

type HttpError = { readonly status?: unknown; readonly type?: unknown; readonly name?: unknown };

/**
 * What body-parser refuses is the client's fault: a charset or Content-Encoding it does not read
 * (415), or a body it could not read at all — a corrupt gzip stream, an aborted upload, a length
 * that does not match (400). Only body-parser's own errors (http-errors with a 4xx status) count.
 */
function bodyRefusal(http: HttpError): ApiFailure | undefined {
  if (http.type === 'entity.parse.failed')
    return { reason: 'invalid', message: apiMessages.badJson };
  if (http.type === 'entity.too.large') return { reason: 'invalid', message: apiMessages.tooLarge };
  if (http.type === 'charset.unsupported')
    return { reason: 'invalid', message: apiMessages.badCharset, status: 415 };
  if (http.type === 'encoding.unsupported')
    return { reason: 'invalid', message: apiMessages.badEncoding, status: 415 };
  const status = typeof http.status === 'number' ? http.status : 0;
  if (status >= 400 && status < 500) return { reason: 'invalid', message: apiMessages.unreadable };
  return undefined;
}

/** The last handler: body-parser refusals as 400/415, anything else logged and answered 503. */
export function apiErrorHandler(logger: ApiLogger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const http = (error ?? {}) as HttpError;
    const refusal = bodyRefusal(http);
    if (refusal) return sendFailure(res, refusal);
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
