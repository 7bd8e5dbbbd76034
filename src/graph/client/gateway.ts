import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { Limiter, sleep } from './limiter.js';

type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One Graph request; `url` is relative to the version root (`/sites/…`), never `/v1.0/…`. */
export type GraphRequest = {
  readonly method: GraphMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /**
   * In `batch`: runs only if the request just before it succeeded (Graph's `dependsOn`), else it
   * gets 424. The two travel in the same `$batch` and are resent together when throttled.
   */
  readonly dependsOnPrevious?: boolean;
};

type GraphSuccess = { readonly ok: true; readonly status: number; readonly body: unknown };
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

const maxBatchSize = 20;
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
    let pending = unitsOf(requests);
    while (pending.length > 0) {
      const chunks = packChunks(pending);
      const answers = await Promise.all(chunks.map((chunk) => this.send(batchBody(chunk))));
      const again: Unit[] = [];
      let waitSeconds = 0;
      const retry = (unit: Unit, outcome: GraphProblem) => {
        again.push({ ...unit, attempts: unit.attempts + 1 });
        waitSeconds = Math.max(waitSeconds, Math.min(outcome.retryAfterSeconds ?? 1, 30));
      };
      chunks.forEach((chunk, c) => {
        const parts = partOutcomes(answers[c]!, chunk.flatMap((u) => u.parts).length);
        let at = 0;
        for (const unit of chunk) {
          const head = parts[at]!;
          const dependent = unit.parts.length > 1 ? parts[at + 1] : undefined;
          at += unit.parts.length;
          const retriable = (o: GraphOutcome | undefined): o is GraphProblem =>
            !!o &&
            !o.ok &&
            retriedStatuses.has(o.status) &&
            unit.attempts + 1 < this.maxPartAttempts;
          if (retriable(head)) {
            retry(unit, head);
            continue;
          }
          outcomes[unit.parts[0]!.index] = head;
          if (!dependent) continue;
          if (head.ok && retriable(dependent))
            retry({ ...unit, parts: unit.parts.slice(1) }, dependent);
          else outcomes[unit.parts[1]!.index] = dependent;
        }
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

/** A request, or a request and the one that depends on it: sent in the same `$batch`. */
type Unit = {
  readonly parts: readonly { request: GraphRequest; index: number }[];
  readonly attempts: number;
};

function unitsOf(requests: readonly GraphRequest[]): Unit[] {
  const units: Unit[] = [];
  requests.forEach((request, index) => {
    const last = units.at(-1);
    if (
      request.dependsOnPrevious &&
      last?.parts.length === 1 &&
      last.parts[0]!.index === index - 1
    ) {
      units[units.length - 1] = { ...last, parts: [last.parts[0]!, { request, index }] };
    } else {
      units.push({ parts: [{ request, index }], attempts: 0 });
    }
  });
  return units;
}

/** Chunks of at most 20 parts that never split a request from its dependent. */
function packChunks(units: readonly Unit[]): Unit[][] {
  const chunks: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units) {
    if (size + unit.parts.length > maxBatchSize) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.parts.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function batchBody(units: readonly Unit[]): GraphRequest {
  const parts = units.flatMap((unit) =>
    unit.parts.map((part, i) => ({ request: part.request, dependent: i === 1 })),
  );
  return {
    method: 'POST',
    url: '/$batch',
    body: {
      requests: parts.map(({ request: r, dependent }, i) => ({
        id: String(i + 1),
        ...(dependent ? { dependsOn: [String(i)] } : {}),
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
