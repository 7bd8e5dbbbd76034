import { createContext, useContext } from 'react';
import type { PlanSnapshot } from '../../app/ports.js';
import type { MeResponse } from '../api/contract.js';
import type { TabFailure } from '../backend/tab-backend.js';

export type PlanDataState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: TabFailure }
  | { readonly state: 'ready'; readonly snapshot: PlanSnapshot; readonly me: MeResponse };

export type PlanData = PlanDataState & {
  readonly reload: () => void;
  /** Applies a write's result to the loaded snapshot (no second read needed). */
  readonly update: (change: (snapshot: PlanSnapshot) => PlanSnapshot) => void;
  /** Shows another plan (its id into the address, then its data loaded). */
  readonly choosePlan?: (planId: string) => void;
};

export const PlanDataContext = createContext<PlanData | null>(null);

export function usePlanData(): PlanData {
  const data = useContext(PlanDataContext);
  if (!data) throw new Error('PlanDataContext is missing');
  return data;
}
