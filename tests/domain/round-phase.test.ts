import { describe, expect, it } from 'vitest';
import { isPastRound, roundPhase } from '../../src/domain/round-phase.js';

const round = { opensOn: '2027-01-08', closesOn: '2027-03-31' };

describe('roundPhase', () => {
  it('says an open round is upcoming before its opening date, running from it, ended from its closing date', () => {
    const open = { ...round, state: 'open' as const };
    expect(roundPhase(open, '2026-12-02')).toBe('upcoming');
    expect(roundPhase(open, '2027-01-07')).toBe('upcoming');
    expect(roundPhase(open, '2027-01-08')).toBe('running');
    expect(roundPhase(open, '2027-03-30')).toBe('running');
    expect(roundPhase(open, '2027-03-31')).toBe('ended');
  });

  it('keeps planned and closed rounds as stored, whatever the day', () => {
    expect(roundPhase({ ...round, state: 'planned' }, '2027-02-01')).toBe('planned');
    expect(roundPhase({ ...round, state: 'closed' }, '2027-02-01')).toBe('closed');
  });

  it('calls a round past from its closing date on, and not the day before', () => {
    expect(isPastRound(round, '2027-03-30')).toBe(false);
    expect(isPastRound(round, '2027-03-31')).toBe(true);
  });
});
