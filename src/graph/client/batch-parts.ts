import type { GraphOutcome, GraphProblem, GraphRequest } from './graph-types.js';

/** How `$batch` bodies are built and read: at most 20 parts, relative URLs, dependent pairs. */

const maxBatchSize = 20;

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

/** A request, or a request and the one that depends on it: sent in the same `$batch`. */
export type Unit = {
  readonly parts: readonly { request: GraphRequest; index: number }[];
  readonly attempts: number;
};

export function unitsOf(requests: readonly GraphRequest[]): Unit[] {
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
export function packChunks(units: readonly Unit[]): Unit[][] {
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

export function batchBody(units: readonly Unit[]): GraphRequest {
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
export function partOutcomes(answer: GraphOutcome, count: number): GraphOutcome[] {
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

export function problemOf(
  status: number,
  body: unknown,
  retryAfter: string | undefined,
): GraphProblem {
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
