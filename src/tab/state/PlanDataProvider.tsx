import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PlanSnapshot } from '../../app/ports.js';
import { useTabServices } from '../services/tab-services.js';
import { PlanDataContext, type PlanData, type PlanDataState } from './plan-data.js';
import { useRunWithSignIn } from './reauth.js';
import { hashWithPlan, planInHash } from '../routing/plan-param.js';

/** The plan named in the address, kept there when a link leaves it out. */
function usePlanInAddress(): [string | undefined, (planId: string) => void] {
  const [planId, setPlanId] = useState(() => planInHash(window.location.hash));
  useEffect(() => {
    const follow = () => {
      const named = planInHash(window.location.hash);
      if (named !== undefined || planId === undefined) setPlanId(named);
      else history.replaceState(null, '', hashWithPlan(window.location.hash, planId));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [planId]);
  const choose = useCallback((id: string) => {
    window.location.hash = hashWithPlan(window.location.hash, id);
  }, []);
  return [planId, choose];
}

/** Loads the chosen plan (one loadPlan) and who the user is (GET /me), for every view. */
export function PlanDataProvider(props: { readonly children: ReactNode }) {
  const { backend } = useTabServices();
  const run = useRunWithSignIn();
  const [state, setState] = useState<PlanDataState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [planId, choosePlan] = usePlanInAddress();

  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    const load = () => (planId === undefined ? backend.loadPlan() : backend.loadPlan(planId));
    void Promise.all([run(load), run(() => backend.me())]).then(([plan, me]) => {
      if (!live) return;
      if (!plan.ok) setState({ state: 'error', error: plan.error });
      else if (!me.ok) setState({ state: 'error', error: me.error });
      else setState({ state: 'ready', snapshot: plan.value, me: me.value });
    });
    return () => {
      live = false;
    };
  }, [backend, run, attempt, planId]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (snapshot: PlanSnapshot) => PlanSnapshot) => {
    setState((s) => (s.state === 'ready' ? { ...s, snapshot: change(s.snapshot) } : s));
  }, []);
  const value = useMemo<PlanData>(
    () => ({ ...state, reload, update, choosePlan }),
    [state, reload, update, choosePlan],
  );
  return <PlanDataContext.Provider value={value}>{props.children}</PlanDataContext.Provider>;
}
