import { useCallback, useEffect, useState } from 'react';
import type { Reminder } from '../../../domain/model.js';
import { useTabServices } from '../../services/tab-services.js';

export type RemindersState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly reminders: readonly Reminder[] };

/**
 * The open rounds' reminders (Påminnelser), each round's read when Uppföljning shows, again after
 * a send. Rounds may overlap: one read per open round.
 */
export function useRoundReminders(roundIds: readonly string[]) {
  const { backend } = useTabServices();
  const [states, setStates] = useState<Readonly<Record<string, RemindersState>>>({});
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const key = roundIds.join('\n');
  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    for (const roundId of key.split('\n')) {
      void backend.roundReminders(roundId).then((r) => {
        const state: RemindersState = r.ok
          ? { kind: 'ready', reminders: r.value }
          : { kind: 'failed' };
        if (live) setStates((s) => ({ ...s, [roundId]: state }));
      });
    }
    return () => {
      live = false;
    };
  }, [backend, key, attempt]);
  const stateOf = (roundId: string): RemindersState => states[roundId] ?? { kind: 'loading' };
  return { stateOf, reload };
}
