import type { z } from 'zod/mini';
import { ApiErrorBodySchema } from '../api/contract.js';
import type { AuthSession } from '../auth/auth-session.js';
import { fallbackMessages } from './messages.js';
import type { TabFailure, TabResult } from './tab-backend.js';

export type HttpClientOptions = {
  readonly apiBase: string;
  readonly auth: Pick<AuthSession, 'getToken'>;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => Date;
  /** Throttled requests are retried automatically while Retry-After is at most this. */
  readonly maxAutoWaitSeconds?: number;
  readonly maxAttempts?: number;
};

type Method = 'GET' | 'POST' | 'PUT';

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function fail(failure: TabFailure): { ok: false; error: TabFailure } {
  return { ok: false, error: failure };
}

async function failureOf(response: Response, now: Date): Promise<TabFailure> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now);
  const body = ApiErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (body.success) {
    const { error } = body.data;
    return { ...error, retryAfterSeconds: error.retryAfterSeconds ?? retryAfter };
  }
  const reason =
    response.status === 401
      ? 'unauthenticated'
      : response.status === 403
        ? 'forbidden'
        : response.status === 404
          ? 'notFound'
          : response.status === 429
            ? 'throttled'
            : 'unavailable';
  return { reason, message: fallbackMessages[reason], retryAfterSeconds: retryAfter };
}

/** fetch with the user's token, one silent renewal on 401, and Retry-After on 429/503. */
export function createHttpClient(options: HttpClientOptions) {
  const maxWait = options.maxAutoWaitSeconds ?? 5;
  const maxAttempts = options.maxAttempts ?? 3;

  const send = async (method: Method, path: string, body: unknown, forceRefresh: boolean) => {
    const token = await options.auth.getToken('api', { forceRefresh });
    if (!token.ok) return { token };
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token.token}`,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await options.fetch(`${options.apiBase.replace(/\/$/, '')}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { response };
  };

  return async function request<S extends z.ZodMiniType>(
    method: Method,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<TabResult<z.infer<S>>> {
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      let sent;
      try {
        sent = await send(method, path, body, renewed);
      } catch {
        return fail({ reason: 'network', message: fallbackMessages.network });
      }
      if (!sent.response)
        return fail({ reason: 'unauthenticated', message: fallbackMessages.unauthenticated });
      const { response } = sent;
      if (response.ok) {
        const parsed = schema.safeParse(await response.json().catch(() => undefined));
        if (parsed.success) return { ok: true, value: parsed.data };
        return fail({ reason: 'unavailable', message: fallbackMessages.badResponse });
      }
      const failure = await failureOf(response, options.now());
      if (failure.reason === 'unauthenticated' && !renewed) {
        renewed = true;
        continue;
      }
      const wait = failure.retryAfterSeconds;
      const retryable = failure.reason === 'throttled' || failure.reason === 'unavailable';
      if (retryable && wait !== undefined && wait <= maxWait && attempt < maxAttempts) {
        await options.sleep(wait * 1000);
        continue;
      }
      return fail(failure);
    }
  };
}
