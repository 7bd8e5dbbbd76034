import { describe, expect, it } from 'vitest';
import type { FollowUp, FollowUpStatus } from '../../../src/domain/model.js';
import {
  derivedAfterAnswer,
  derivedFromData,
  roundResponseOf,
} from '../../../src/graph/store/derived.js';
import { activity, contractData, rounds } from '../fixtures/plan-data.js';

const answer = (roundId: string, status: FollowUpStatus, activityId = 'A1.1'): FollowUp => ({
  ...contractData().followUps[0]!,
  roundId,
  activityId,
  status,
  answeredAt: '2027-02-02T10:00:00Z',
});

/** The term round opened beside the annual one (1 March while the annual runs to 31 March). */
const overlapping = rounds.map((r) =>
  r.id === 'termOfOffice-2027' ? { ...r, state: 'open' as const } : r,
);
const data = () => ({ ...contractData(), rounds: overlapping });
const answersOf = (id: string, followUps = data().followUps) => ({
  activity: activity(id),
  rounds: overlapping,
  followUps: followUps.filter((f) => f.activityId === id),
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
    const a13 = { activity: activity('A1.3'), rounds, followUps: [] };
    expect(derivedAfterAnswer(now, answer('annual-2026', 'delayed', 'A1.3'), a13)).toEqual({
      latestStatus: 'delayed',
      latestFollowUpAt: '2027-02-02T10:00:00Z',
      latestRoundId: 'annual-2026',
      roundResponse: 'answered',
    });
    expect(
      derivedAfterAnswer(
        { ...now, latestRoundId: 'annual-2026' },
        answer('annual-2024', 'delayed', 'A1.3'),
        a13,
      ),
    ).toEqual({ ...now, latestRoundId: 'annual-2026' });
  });

  it('with two rounds open: missing while any open round the activity takes part in lacks its answer', () => {
    const derived = derivedFromData(data());
    // A2.2 runs 2022–2026: in both rounds, answered only in the annual one.
    expect(derived.get('A2.2')?.roundResponse).toBe('missing');
    // A1.1 ended in 2024: only in the term round (2023–2026), not answered there.
    expect(derived.get('A1.1')?.roundResponse).toBe('missing');
    const both = [...data().followUps, answer('termOfOffice-2027', 'done', 'A2.2')];
    expect(derivedFromData({ ...data(), followUps: both }).get('A2.2')?.roundResponse).toBe(
      'answered',
    );
    // Neither round open: none, whatever was answered.
    const closed = overlapping.map((r) => ({ ...r, state: 'closed' as const }));
    expect(derivedFromData({ ...data(), rounds: closed }).get('A2.2')?.roundResponse).toBe('none');
  });

  it('after an answer in one of two open rounds: answered only when the other has its answer too', () => {
    const now = derivedFromData(data()).get('A2.2')!;
    const inTerm = answer('termOfOffice-2027', 'onTrack', 'A2.2');
    // A2.2's annual answer is stored: the term answer completes it.
    expect(derivedAfterAnswer(now, inTerm, answersOf('A2.2')).roundResponse).toBe('answered');
    // Without the annual answer the activity still misses one.
    const noAnnual = answersOf('A2.2', []);
    expect(derivedAfterAnswer(now, inTerm, noAnnual).roundResponse).toBe('missing');
    // A1.3 (2023–2026) answered in the annual round only: still missing in the term round.
    const a13 = derivedAfterAnswer(
      { roundResponse: 'missing' },
      answer('annual-2026', 'onTrack', 'A1.3'),
      answersOf('A1.3'),
    );
    expect(a13).toMatchObject({ roundResponse: 'missing', latestRoundId: 'annual-2026' });
  });

  it('an activity dropped (Utgår) in the earlier open round leaves the later one', () => {
    const dropped = answer('annual-2026', 'dropped', 'A1.3');
    expect(roundResponseOf({ ...answersOf('A1.3'), followUps: [dropped] })).toBe('answered');
    const after = derivedAfterAnswer({ roundResponse: 'missing' }, dropped, answersOf('A1.3'));
    expect(after.roundResponse).toBe('answered');
    const notDropped = answer('annual-2026', 'delayed', 'A1.3');
    expect(derivedAfterAnswer(after, notDropped, answersOf('A1.3')).roundResponse).toBe('missing');
  });
});
