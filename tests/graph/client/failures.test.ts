import { describe, expect, it } from 'vitest';
import { failureText } from '../../../src/app/result.js';
import { failureOf, failWith } from '../../../src/graph/client/failures.js';

const problem = (status: number, code = 'x', retryAfterSeconds?: number) => ({
  ok: false as const,
  status,
  code,
  message: 'detail from Graph',
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});

describe('failureOf', () => {
  it('maps Graph statuses to stable reasons with Swedish messages, Graph’s own text kept apart for the log', () => {
    const cases: [number, string][] = [
      [409, 'conflict'],
      [412, 'conflict'],
      [404, 'notFound'],
      [429, 'throttled'],
      [503, 'throttled'],
      [504, 'throttled'],
      [401, 'forbidden'],
      [403, 'forbidden'],
      [400, 'invalid'],
      [500, 'unavailable'],
      [0, 'unavailable'],
    ];
    for (const [status, reason] of cases) {
      const failure = failureOf(problem(status), 'Aktiviteten A1.1');
      expect(failure.reason, String(status)).toBe(reason);
      expect(failure.message, String(status)).not.toContain('detail from Graph');
      expect(failure.message, String(status)).not.toMatch(/Graph svarade|\(x/);
      expect(failure.detail, String(status)).toContain('detail from Graph');
      expect(failureText(failure)).toBe(`${failure.message} ${failure.detail}`);
    }
    const named = failWith(
      { ok: false, status: 409, code: 'nameAlreadyExists', message: 'The name is taken.' },
      'Listan Aktiviteter',
    );
    expect(named.ok).toBe(false);
    if (!named.ok) {
      expect(named.error.message).toBe(
        'Listan Aktiviteter har ändrats av någon annan under tiden; inget skrevs över.',
      );
      expect(named.error.detail).toBe('(Graph svarade 409 nameAlreadyExists: The name is taken.)');
    }
    expect(failureOf(problem(412), 'Aktiviteten A1.1').message).toMatch(
      /har ändrats av någon annan/,
    );
  });

  it('carries the wait for throttling and the current record for a conflict', () => {
    expect(failureOf(problem(429, 'TooManyRequests', 7), 'X')).toMatchObject({
      retryAfterSeconds: 7,
      message: expect.stringMatching(/om 7 sekunder/),
    });
    expect(failureOf(problem(412), 'X', { title: 'nu' })).toMatchObject({
      reason: 'conflict',
      current: { title: 'nu' },
    });
  });
});
