import { useCallback, useEffect, useState } from 'react';
import { useTabServices } from '../../services/tab-services.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import type { HistoryState } from './Activity.types.js';

/** The activity's follow-up history (GET /api/activities/{id}/history), newest first. */
export function useActivityHistory(activityId: string, refreshKey: unknown): HistoryState {
  const { backend } = useTabServices();
  const run = useRunWithSignIn();
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void run(() => backend.activityHistory(activityId)).then((result) => {
      if (!live) return;
      if (result.ok) {
        const entries = [...result.value].sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
        setState({ kind: 'ready', entries });
      } else setState({ kind: 'error', error: result.error, retry });
    });
    return () => {
      live = false;
    };
  }, [backend, run, activityId, attempt, retry, refreshKey]);
  return state;
}
