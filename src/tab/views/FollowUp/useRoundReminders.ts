import { useCallback, useEffect, useState } from 'react';
import type { Reminder } from '../../../domain/model.js';
import { useTabServices } from '../../services/tab-services.js';

export type RemindersState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly reminders: readonly Reminder[] };

/** The open round's reminders (Påminnelser), read when Uppföljning shows, again after a send. */
export function useRoundReminders(roundId: string | undefined) {
  const { backend } = useTabServices();
  const [state, setState] = useState<RemindersState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!roundId) return undefined;
    let live = true;
    void backend.roundReminders(roundId).then((r) => {
      if (live) setState(r.ok ? { kind: 'ready', reminders: r.value } : { kind: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [backend, roundId, attempt]);
  return { state, reload };
}
