import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PlanSnapshot } from '../../app/ports.js';
import { useTabServices } from '../services/tab-services.js';
import { PlanDataContext, type PlanData, type PlanDataState } from './plan-data.js';
import { useRunWithSignIn } from './reauth.js';

/** Loads the plan (one loadPlan) and who the user is (GET /me) once, for every view. */
export function PlanDataProvider(props: { readonly children: ReactNode }) {
  const { backend } = useTabServices();
  const run = useRunWithSignIn();
  const [state, setState] = useState<PlanDataState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    void Promise.all([run(() => backend.loadPlan()), run(() => backend.me())]).then(
      ([plan, me]) => {
        if (!live) return;
        if (!plan.ok) setState({ state: 'error', error: plan.error });
        else if (!me.ok) setState({ state: 'error', error: me.error });
        else setState({ state: 'ready', snapshot: plan.value, me: me.value });
      },
    );
    return () => {
      live = false;
    };
  }, [backend, run, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (snapshot: PlanSnapshot) => PlanSnapshot) => {
    setState((s) => (s.state === 'ready' ? { ...s, snapshot: change(s.snapshot) } : s));
  }, []);
  const value = useMemo<PlanData>(() => ({ ...state, reload, update }), [state, reload, update]);
  return <PlanDataContext.Provider value={value}>{props.children}</PlanDataContext.Provider>;
}
