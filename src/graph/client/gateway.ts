import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import {
  batchBody,
  packChunks,
  partOutcomes,
  problemOf,
  relativeToVersionRoot,
  unitsOf,
  type Unit,
} from './batch-parts.js';
import type {
  BatchOptions,
  Graph,
  GraphOutcome,
  GraphProblem,
  GraphRequest,
} from './graph-types.js';
import { Limiter, sleep } from './limiter.js';

export type GatewayOptions = {
  /** Requests in flight at once (a batch counts as one). */
  readonly concurrency?: number;
  /** How many times a throttled batch part is sent before its 429 is returned. */
  readonly maxPartAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

const retriedStatuses = new Set([429, 503, 504]);

export { relativeToVersionRoot } from './batch-parts.js';
export type {
  BatchOptions,
  Graph,
  GraphOutcome,
  GraphProblem,
  GraphRequest,
} from './graph-types.js';

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

  async batch(
    requests: readonly GraphRequest[],
    options: BatchOptions = {},
  ): Promise<GraphOutcome[]> {
    const outcomes = new Array<GraphOutcome | undefined>(requests.length);
    let pending = unitsOf(requests);
    while (pending.length > 0) {
      const chunks = packChunks(pending);
      const answers = await Promise.all(chunks.map((chunk) => this.send(batchBody(chunk))));
      const again: { readonly unit: Unit; readonly problem: GraphProblem }[] = [];
      let waitSeconds = 0;
      const retry = (unit: Unit, outcome: GraphProblem) => {
        again.push({ unit: { ...unit, attempts: unit.attempts + 1 }, problem: outcome });
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
      const budget = options.budget;
      if (again.length > 0 && budget && budget.remainingMs() <= waitSeconds * 1000) {
        // The wait would outlast the caller: report the throttling instead of waiting it out.
        for (const { unit, problem } of again) giveUp(unit, problem, outcomes);
        break;
      }
      if (again.length > 0) await this.sleep(waitSeconds * 1000);
      pending = again.map((a) => a.unit);
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

/** A unit not resent: its first part gets the problem, a part depending on it 424 as in Graph. */
function giveUp(unit: Unit, problem: GraphProblem, outcomes: (GraphOutcome | undefined)[]): void {
  unit.parts.forEach((part, i) => {
    outcomes[part.index] =
      i === 0
        ? problem
        : {
            ok: false,
            status: 424,
            code: 'failedDependency',
            message: 'Not run: the request it depends on was throttled.',
          };
  });
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
