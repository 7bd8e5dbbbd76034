import { useState } from 'react';
import type { Versioned } from '../../../app/ports.js';
import type { SignOff } from '../../../domain/sign-off.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { withSignOff } from '../../state/snapshot-updates.js';

type SignOffAction = 'signOff' | 'reopen';

export type SignOffPanelState = {
  readonly busy: boolean;
  /** The API's refusal (e.g. answers missing, with the activities named). */
  readonly error?: TabFailure;
  readonly act: (action: SignOffAction) => void;
};

/**
 * Signs off a department's part of a round (Min förvaltning) or reopens it (Uppföljning) through
 * the API, and puts the stored sign-off into the plan shown.
 */
export function useSignOffAction(
  roundId: string,
  departmentId: string,
  done?: (signOff: Versioned<SignOff>) => void,
): SignOffPanelState {
  const { backend } = useTabServices();
  const { update } = usePlanData();
  const run = useRunWithSignIn();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TabFailure | undefined>();
  const act = async (action: SignOffAction) => {
    setBusy(true);
    setError(undefined);
    const result = await run(() => backend.signOff(roundId, departmentId, action));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    update((s) => withSignOff(s, result.value));
    done?.(result.value);
  };
  return { busy, ...(error ? { error } : {}), act: (action) => void act(action) };
}
