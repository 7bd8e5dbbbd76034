import { useCallback, useEffect, useState } from 'react';
import type { CalendarRound } from '../../api/contract.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import { useTabServices } from '../../services/tab-services.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { calendarWindow } from './round-rows.js';

export type CalendarState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | { readonly kind: 'ready'; readonly rounds: readonly CalendarRound[] };

/**
 * The follow-up calendar's proposed rounds (GET /api/rounds/calendar); `revising`: the plan shown
 * when it revises another, so the periods its earlier versions followed up are not offered.
 */
export function useFollowUpCalendar(enabled: boolean, revising?: string): CalendarState {
  const { backend, clock } = useTabServices();
  const run = useRunWithSignIn();
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<CalendarState>({ kind: 'loading' });
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const { from, to } = calendarWindow(clock.now());
    setState({ kind: 'loading' });
    void run(() => backend.calendar(from, to, revising)).then((r) => {
      if (live)
        setState(
          r.ok ? { kind: 'ready', rounds: r.value } : { kind: 'error', error: r.error, retry },
        );
    });
    return () => {
      live = false;
    };
  }, [backend, clock, run, enabled, revising, attempt, retry]);
  return state;
}
