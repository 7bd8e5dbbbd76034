import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import { isPastRound, roundPhase } from '../../../domain/round-phase.js';
import type { CalendarRound } from '../../api/contract.js';
import type { RoundRow } from './FollowUp.types.js';

const keyOf = (r: { kind: string; periodStart: string }) => `${r.kind}:${r.periodStart}`;

/** Stored rounds and the calendar's proposals not yet stored, in date order; `today` Stockholm. */
export function roundRows(
  stored: readonly Versioned<FollowUpRound>[],
  calendar: readonly CalendarRound[],
  today: string,
): RoundRow[] {
  const byKey = new Map(stored.map((r) => [keyOf(r), r]));
  const rows: RoundRow[] = stored.map((r) => ({
    ...dates(r),
    key: keyOf(r),
    title: r.title,
    state: r.state,
    phase: roundPhase(r, today),
    past: isPastRound(r, today),
    proposal: r,
    stored: r,
  }));
  for (const p of calendar) {
    if (!byKey.has(keyOf(p)))
      rows.push({
        ...dates(p),
        key: keyOf(p),
        title: p.title,
        state: 'proposed',
        phase: 'proposed',
        past: isPastRound(p, today),
        proposal: p,
      });
  }
  return rows.sort((a, b) => a.opensOn.localeCompare(b.opensOn));
}

function dates(r: CalendarRound) {
  return {
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    opensOn: r.opensOn,
    dueOn: r.dueOn,
    closesOn: r.closesOn,
  };
}

/** The calendar window asked for: a year back, three years ahead of today (YYYY-MM-DD). */
export function calendarWindow(now: Date): { from: string; to: string } {
  const year = now.getUTCFullYear();
  return { from: `${year - 1}-01-01`, to: `${year + 3}-12-31` };
}
