import type { FetchLike } from '../../../src/graph/client/create-client.js';

export type Seen = { method: string; url: string; headers: Record<string, string>; body: unknown };
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that records what the graph-client sends and answers from `reply`: no network. */
export function fakeFetch(reply: (seen: Seen) => Reply): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchImpl: FetchLike = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const text = typeof init?.body === 'string' ? init.body : await request.text();
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request.headers).forEach((value, key) => (headers[key] = value));
    const entry = {
      method: init?.method ?? request.method,
      url: request.url,
      headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    seen.push(entry);
    const { status, body, headers: replyHeaders } = reply(entry);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...replyHeaders },
    });
  };
  return { fetch: fetchImpl, seen };
}
