import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../src/graph/client/failures.js';

const problem = (status: number, code = 'x', retryAfterSeconds?: number) => ({
  ok: false as const,
  status,
  code,
  message: 'detail from Graph',
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});

describe('failureOf', () => {
  it('maps Graph statuses to stable reasons with Swedish messages that keep Graph’s detail', () => {
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
      expect(failure.message).toContain('detail from Graph');
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
