import { describe, expect, it } from 'vitest';
import {
  currentRound,
  derivedAfterAnswer,
  derivedFromData,
} from '../../../src/graph/store/derived.js';
import { contractData, rounds } from '../fixtures/plan-data.js';

const answer = (roundId: string, status: 'done' | 'delayed') => ({
  ...contractData().followUps[0]!,
  roundId,
  status,
  answeredAt: '2027-02-02T10:00:00Z',
});

describe('derived activity columns', () => {
  it('take the latest round with an answer and the state of the round under way', () => {
    const derived = derivedFromData(contractData());
    expect(derived.get('A2.2')).toEqual({
      latestStatus: 'onTrack',
      latestFollowUpAt: '2027-01-20T12:30:00Z',
      latestRoundId: 'annual-2026',
      roundResponse: 'answered',
    });
    expect(derived.get('A1.1')).toMatchObject({
      latestStatus: 'done',
      latestRoundId: 'annual-2025',
    });
    // A1.1 ended in 2024: not part of the 2026 round.
    expect(derived.get('A1.1')?.roundResponse).toBe('none');
    expect(derived.get('A1.3')).toEqual({ roundResponse: 'missing' });
  });

  it('move forward with a newer answer and never back to an older round', () => {
    const now = {
      latestStatus: 'done' as const,
      latestFollowUpAt: '2026-02-11T10:15:00Z',
      latestRoundId: 'annual-2025',
      roundResponse: 'missing' as const,
    };
    expect(derivedAfterAnswer(now, answer('annual-2026', 'delayed'), rounds)).toEqual({
      latestStatus: 'delayed',
      latestFollowUpAt: '2027-02-02T10:00:00Z',
      latestRoundId: 'annual-2026',
      roundResponse: 'answered',
    });
    expect(
      derivedAfterAnswer(
        { ...now, latestRoundId: 'annual-2026' },
        answer('annual-2024', 'delayed'),
        rounds,
      ),
    ).toEqual({
      ...now,
      latestRoundId: 'annual-2026',
    });
  });

  it('name the latest open round as the round under way', () => {
    expect(currentRound(rounds)?.id).toBe('annual-2026');
    expect(currentRound(rounds.map((r) => ({ ...r, state: 'closed' as const })))).toBeUndefined();
  });
});
