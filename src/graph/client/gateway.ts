import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { Limiter, sleep } from './limiter.js';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One Graph request; `url` is relative to the version root (`/sites/…`), never `/v1.0/…`. */
export type GraphRequest = {
  readonly method: GraphMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
};

export type GraphSuccess = { readonly ok: true; readonly status: number; readonly body: unknown };
export type GraphProblem = {
  readonly ok: false;
  /** HTTP status; 0 when the request never got an answer (network). */
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly retryAfterSeconds?: number;
};
export type GraphOutcome = GraphSuccess | GraphProblem;

/** How the app talks to Graph: one request, or many in `$batch` round trips. */
export interface Graph {
  send(request: GraphRequest): Promise<GraphOutcome>;
  /** Outcomes in the order of `requests`; parts answered 429/503/504 are resent after Retry-After. */
  batch(requests: readonly GraphRequest[]): Promise<GraphOutcome[]>;
}

export type GatewayOptions = {
  /** Requests in flight at once (a batch counts as one). */
  readonly concurrency?: number;
  /** How many times a throttled batch part is sent before its 429 is returned. */
  readonly maxPartAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

export const maxBatchSize = 20;
const retriedStatuses = new Set([429, 503, 504]);

/**
 * `https://host[/prefix]/v1.0/sites/x?y` (a nextLink) or `/v1.0/sites/x?y` → `/sites/x?y`:
 * Graph refuses the version prefix in `$batch` parts, and the 3.0.7 batch builder would send it.
 */
export function relativeToVersionRoot(url: string): string {
  const absolute = /^https?:\/\/[^/]+(\/.*)?$/i.exec(url);
  const path = absolute ? (absolute[1] ?? '/') : url.startsWith('/') ? url : `/${url}`;
  const version = absolute
    ? /\/(?:v1\.0|beta)(?=[/?]|$)/.exec(path)
    : /^\/(?:v1\.0|beta)(?=[/?]|$)/.exec(path);
  if (!version) return path;
  const rest = path.slice(version.index + version[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

export class GraphGateway implements Graph {
  private readonly limiter: Limiter;
  private readonly maxPartAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly client: Client,
    options: GatewayOptions = {},
  ) {
    this.limiter = new Limiter(options.concurrency ?? 4);
    this.maxPartAttempts = options.maxPartAttempts ?? 12;
    this.sleep = options.sleep ?? sleep;
  }

  send(request: GraphRequest): Promise<GraphOutcome> {
    return this.limiter.run(() => this.sendNow(request));
  }

  async batch(requests: readonly GraphRequest[]): Promise<GraphOutcome[]> {
    const outcomes = new Array<GraphOutcome | undefined>(requests.length);
    let pending = requests.map((request, index) => ({ request, index, attempts: 0 }));
    while (pending.length > 0) {
      const chunks: (typeof pending)[] = [];
      for (let i = 0; i < pending.length; i += maxBatchSize)
        chunks.push(pending.slice(i, i + maxBatchSize));
      const answers = await Promise.all(
        chunks.map((chunk) => this.send(batchBody(chunk.map((p) => p.request)))),
      );
      const again: typeof pending = [];
      let waitSeconds = 0;
      chunks.forEach((chunk, c) => {
        const parts = partOutcomes(answers[c]!, chunk.length);
        chunk.forEach((item, i) => {
          const outcome = parts[i]!;
          if (
            !outcome.ok &&
            retriedStatuses.has(outcome.status) &&
            item.attempts + 1 < this.maxPartAttempts
          ) {
            again.push({ ...item, attempts: item.attempts + 1 });
            waitSeconds = Math.max(waitSeconds, Math.min(outcome.retryAfterSeconds ?? 1, 30));
          } else {
            outcomes[item.index] = outcome;
          }
        });
      });
      if (again.length > 0) await this.sleep(waitSeconds * 1000);
      pending = again;
    }
    return outcomes.map((o) => o!);
  }

  private async sendNow(request: GraphRequest): Promise<GraphOutcome> {
    let call = this.client.api(relativeToVersionRoot(request.url));
    for (const [name, value] of Object.entries(request.headers ?? {}))
      call = call.header(name, value);
    try {
      const body: unknown = await dispatch(call, request);
      return { ok: true, status: request.method === 'POST' ? 201 : 200, body };
    } catch (error) {
      return problemFrom(error);
    }
  }
}

function dispatch(call: ReturnType<Client['api']>, request: GraphRequest): Promise<unknown> {
  switch (request.method) {
    case 'GET':
      return call.get() as Promise<unknown>;
    case 'POST':
      return call.post(request.body) as Promise<unknown>;
    case 'PATCH':
      return call.patch(request.body) as Promise<unknown>;
    case 'DELETE':
      return call.delete() as Promise<unknown>;
  }
}

function batchBody(requests: readonly GraphRequest[]): GraphRequest {
  return {
    method: 'POST',
    url: '/$batch',
    body: {
      requests: requests.map((r, i) => ({
        id: String(i + 1),
        method: r.method,
        url: relativeToVersionRoot(r.url),
        ...(r.body === undefined
          ? r.headers
            ? { headers: r.headers }
            : {}
          : { headers: { 'Content-Type': 'application/json', ...r.headers }, body: r.body }),
      })),
    },
  };
}

type BatchPart = {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
};

/** Splits a `$batch` answer into part outcomes by id; a failed batch fails every part alike. */
function partOutcomes(answer: GraphOutcome, count: number): GraphOutcome[] {
  if (!answer.ok) return new Array<GraphOutcome>(count).fill(answer);
  const parts = (answer.body as { responses?: BatchPart[] } | undefined)?.responses ?? [];
  const byId = new Map(parts.map((p) => [String(p.id), p]));
  return Array.from({ length: count }, (_, i) => {
    const part = byId.get(String(i + 1));
    if (!part || typeof part.status !== 'number') {
      return {
        ok: false,
        status: 0,
        code: 'missingBatchResponse',
        message: `Svar saknas för del ${i + 1}`,
      };
    }
    if (part.status < 400) return { ok: true, status: part.status, body: part.body };
    return problemOf(part.status, part.body, header(part.headers, 'retry-after'));
  });
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers?.[key];
}

function problemOf(status: number, body: unknown, retryAfter: string | undefined): GraphProblem {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const seconds = retryAfter === undefined ? Number.NaN : Number(retryAfter);
  return {
    ok: false,
    status,
    code: typeof error?.code === 'string' ? error.code : `http${status}`,
    message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    ...(Number.isFinite(seconds) ? { retryAfterSeconds: seconds } : {}),
  };
}

function problemFrom(error: unknown): GraphProblem {
  if (error instanceof GraphError) {
    const retryAfter = error.headers?.get('Retry-After') ?? undefined;
    const problem = problemOf(
      error.statusCode,
      { error: { code: error.code, message: error.message } },
      retryAfter,
    );
    return error.statusCode === -1 ? { ...problem, status: 0, code: 'networkError' } : problem;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, status: 0, code: 'networkError', message };
}
