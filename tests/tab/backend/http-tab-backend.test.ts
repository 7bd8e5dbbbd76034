import { describe, expect, it, vi } from 'vitest';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import { failWith } from '../../../src/graph/client/failures.js';
import { parseRetryAfter } from '../../../src/tab/backend/http-client.js';
import { createHttpTabBackend, readFailure } from '../../../src/tab/backend/http-tab-backend.js';
import { fallbackMessages } from '../../../src/tab/backend/messages.js';
import { snapshot, annualRound } from '../support/fixture.js';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

function harness(replies: Reply[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    requests.push({ url, init });
    const reply = replies.shift() ?? { status: 500 };
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve(
      new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: reply.headers,
      }),
    );
  });
  const getToken = vi.fn((_: string, options?: { forceRefresh?: boolean }) =>
    Promise.resolve({ ok: true as const, token: options?.forceRefresh ? 'fresh' : 'stale' }),
  );
  const sleeps: number[] = [];
  const backend = createHttpTabBackend(
    { loadPlan: () => Promise.resolve({ ok: true, value: snapshot() }) },
    {
      apiBase: '/api/',
      auth: { getToken },
      fetch: fetch as unknown as typeof globalThis.fetch,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      now: () => new Date('2024-02-01T10:00:00Z'),
    },
  );
  return { backend, requests, getToken, sleeps };
}

const me = { user: { id: 'u1', name: 'Anna' }, isWorkingGroup: true, departmentIds: [] };

describe('HttpTabBackend', () => {
  it('sends the bearer token and parses the response with the contract', async () => {
    const { backend, requests } = harness([{ status: 200, body: me }]);
    expect(await backend.me()).toEqual({ ok: true, value: me });
    expect(requests[0]!.url).toBe('/api/me');
    expect(new Headers(requests[0]!.init.headers).get('Authorization')).toBe('Bearer stale');
  });

  it('renews the token once after a 401 and repeats the request', async () => {
    const { backend, requests } = harness([
      { status: 401, body: { error: { reason: 'unauthenticated', message: 'Utgången.' } } },
      { status: 200, body: me },
    ]);
    expect((await backend.me()).ok).toBe(true);
    expect(new Headers(requests[1]!.init.headers).get('Authorization')).toBe('Bearer fresh');
  });

  it('gives up as unauthenticated when the renewed token is refused too', async () => {
    const refused = {
      status: 401,
      body: { error: { reason: 'unauthenticated', message: 'Utgången.' } },
    };
    const { backend, requests } = harness([refused, refused]);
    const result = await backend.me();
    expect(result.ok || result.error.reason).toBe('unauthenticated');
    expect(requests).toHaveLength(2);
  });

  it('waits a short Retry-After and tries again', async () => {
    const { backend, sleeps } = harness([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: me },
    ]);
    expect((await backend.me()).ok).toBe(true);
    expect(sleeps).toEqual([2000]);
  });

  it('returns a long Retry-After as throttled with the seconds, in Swedish', async () => {
    const { backend, sleeps } = harness([{ status: 429, headers: { 'Retry-After': '120' } }]);
    const result = await backend.me();
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ reason: 'throttled', retryAfterSeconds: 120 }),
    });
    expect(!result.ok && result.error.message).toMatch(/belastad/);
    expect(sleeps).toEqual([]);
  });

  it('returns a conflict with the stored version', async () => {
    const current = { ...annualRound, state: 'open' };
    const { backend, requests } = harness([
      { status: 409, body: { error: { reason: 'conflict', message: 'Ändrad.', current } } },
    ]);
    const result = await backend.closeRound('R-2023', 'old');
    expect(result).toEqual({
      ok: false,
      error: { reason: 'conflict', message: 'Ändrad.', current, retryAfterSeconds: undefined },
    });
    expect(requests[0]!.url).toBe('/api/rounds/R-2023/close');
    expect(JSON.parse(requests[0]!.init.body as string)).toEqual({ expectedVersion: 'old' });
  });

  it('keeps field messages of a refused answer', async () => {
    const fields = { 'A1.1.comment': 'Skriv aldrig personnummer.' };
    const { backend } = harness([
      {
        status: 400,
        body: { error: { reason: 'personalData', message: 'Personuppgifter.', fields } },
      },
    ]);
    const result = await backend.submitAnswers('R-2023', {
      departmentId: 'd',
      answers: [{ activityId: 'A1.1', status: 'done', comment: 'x', nextSteps: '' }],
    });
    expect(!result.ok && result.error.fields).toEqual(fields);
  });

  it('says the server could not be reached when fetch fails, and never throws', async () => {
    const { backend } = harness([new TypeError('Failed to fetch')]);
    expect(await backend.me()).toEqual({
      ok: false,
      error: { reason: 'network', message: expect.stringMatching(/Kunde inte nå servern/) },
    });
  });

  it('treats a bare 500 or a malformed body as unavailable', async () => {
    const { backend } = harness([{ status: 500 }, { status: 200, body: { nonsense: true } }]);
    expect(await backend.me()).toEqual({
      ok: false,
      error: expect.objectContaining({ reason: 'unavailable' }),
    });
    expect(await backend.me()).toEqual({
      ok: false,
      error: expect.objectContaining({ reason: 'unavailable' }),
    });
  });

  it('reads the plan through the PlanStore port', async () => {
    const { backend, requests } = harness([]);
    expect((await backend.loadPlan()).ok).toBe(true);
    expect(requests).toHaveLength(0);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2024-02-01T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Thu, 01 Feb 2024 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('the tab’s messages for a failed read', () => {
  it('shows the user a Swedish sentence and leaves Graph’s own text to the browser’s log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const graphFailure = failWith<PlanSnapshot>(
        { ok: false, status: 409, code: 'nameAlreadyExists', message: 'Name already exists.' },
        'Listan Aktiviteter',
      );
      const backend = createHttpTabBackend(
        { loadPlan: () => Promise.resolve(graphFailure) },
        {
          apiBase: '/api/',
          auth: { getToken: () => Promise.resolve({ ok: true as const, token: 't' }) },
          fetch: globalThis.fetch,
          sleep: () => Promise.resolve(),
          now: () => new Date(),
        },
      );
      const result = await backend.loadPlan();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).not.toMatch(/Graph|nameAlreadyExists|409/);
      expect(JSON.stringify(result.error)).not.toMatch(/nameAlreadyExists/);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/Graph svarade 409 nameAlreadyExists/),
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe('readFailure', () => {
  it('shows a failed connection as a Swedish sentence, without Graph’s own text', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      readFailure({
        reason: 'unavailable',
        message:
          'SharePoint svarar inte just nu. Försök igen om en stund. (networkError: Failed to fetch)',
      }),
    ).toEqual({ reason: 'network', message: fallbackMessages.network });
  });

  it('keeps the Swedish sentence and drops the Graph status after it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      readFailure({
        reason: 'throttled',
        message:
          'SharePoint är tillfälligt överbelastat. Försök igen om 10 sekunder. (Graph svarade 429 tooManyRequests: Slow down)',
        retryAfterSeconds: 10,
      }),
    ).toEqual({
      reason: 'throttled',
      message: 'SharePoint är tillfälligt överbelastat. Försök igen om 10 sekunder.',
      retryAfterSeconds: 10,
    });
  });

  it('lets a message of the tab’s own through as it is', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const message = 'Appen saknar adressen till SharePoint-webbplatsen (siteUrl).';
    expect(readFailure({ reason: 'unavailable', message })).toEqual({
      reason: 'unavailable',
      message,
    });
  });
});
