import { describe, expect, it } from 'vitest';
import {
  AnswersRequestSchema,
  apiPaths,
  apiRoutes,
  OpenRoundRequestSchema,
  statusOfReason,
} from '../../../src/tab/api/contract.js';

describe('API contract', () => {
  it('names one status per error reason, never 500', () => {
    expect(Object.values(statusOfReason).every((s) => s >= 400 && s !== 500)).toBe(true);
    expect(statusOfReason).toMatchObject({
      invalid: 400,
      personalData: 400,
      conflict: 409,
      throttled: 429,
    });
  });

  it('writes paths that match its route patterns, with ids encoded', () => {
    expect(apiPaths.answers('R 1/2')).toBe('/rounds/R%201%2F2/answers');
    const samples = {
      me: apiPaths.me(),
      calendar: apiPaths.calendar('2024-01-01', '2027-12-31').split('?')[0]!,
      openRound: apiPaths.openRound(),
      closeRound: apiPaths.closeRound('R1'),
      answers: apiPaths.answers('R1'),
      reminders: apiPaths.reminders('R1'),
      activity: apiPaths.activity('A1'),
      history: apiPaths.history('A1'),
      channels: apiPaths.channels(),
    };
    for (const [name, path] of Object.entries(samples)) {
      const pattern = apiRoutes[name as keyof typeof apiRoutes].split(' ')[1]!;
      expect(path).toMatch(new RegExp(`^${pattern.replace(/:\w+/g, '[^/]+')}$`));
    }
  });

  it('refuses rounds with dates out of order and empty answer lists', () => {
    const round = {
      kind: 'annual',
      title: 'Årsuppföljning 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      opensOn: '2027-01-08',
      dueOn: '2027-02-26',
      closesOn: '2027-03-31',
    };
    expect(OpenRoundRequestSchema.safeParse(round).success).toBe(true);
    expect(OpenRoundRequestSchema.safeParse({ ...round, dueOn: '2027-04-01' }).success).toBe(false);
    expect(AnswersRequestSchema.safeParse({ departmentId: 'd', answers: [] }).success).toBe(false);
  });
});
