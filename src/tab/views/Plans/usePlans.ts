import { useState } from 'react';
import type { Versioned } from '../../../app/ports.js';
import type { Plan } from '../../../domain/model.js';
import { useTranslation } from '../../i18n/react.js';
import type { TabFailure, TabResult } from '../../backend/tab-backend.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { plansStrings } from './plans-strings.js';
import type { DecisionDraft, NewPlanDraft, PlansState } from './Plans.types.js';

const emptyDraft: NewPlanDraft = {
  title: '',
  kind: 'activityPlan',
  parentPlanId: '',
  goalIds: [],
  coordinatingDepartmentId: '',
  funds: '',
};
const emptyDecision: DecisionDraft = { adoptedBy: '', adoptedOn: '', decision: '' };

/** The plans view: every plan with its decision; the working group creates, adopts, revises. */
export function usePlans(): PlansState {
  const data = usePlanData();
  const { backend } = useTabServices();
  const { i18n } = useTranslation();
  const [draft, setDraft] = useState(emptyDraft);
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<TabFailure | undefined>();
  const [failedOn, setFailedOn] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const s = plansStrings(i18n.language);
  /** `planId`: the plan whose action it is, so that a refusal is shown beside that action. */
  const write = (
    call: () => Promise<TabResult<Versioned<Plan>>>,
    reload: boolean,
    planId?: string,
  ) => {
    setBusy(true);
    setDone(undefined);
    void call().then((result) => {
      setBusy(false);
      setFailedOn(result.ok ? undefined : planId);
      if (!result.ok) return setFailure(result.error);
      setFailure(undefined);
      setDone(s.saved);
      if (reload) data.reload();
      else
        data.update((snapshot) => ({
          ...snapshot,
          plans: [...snapshot.plans.filter((p) => p.id !== result.value.id), result.value],
        }));
    });
  };
  const funds = draft.funds.trim() === '' ? undefined : Number(draft.funds.replace(',', '.'));
  return {
    kind: 'ready',
    s,
    plans: data.snapshot.plans,
    current: data.snapshot.plan.id,
    goals: data.snapshot.goals,
    departments: data.snapshot.departments,
    canManage: data.me.isWorkingGroup,
    busy,
    ...(failure ? { failure } : {}),
    ...(failure && failedOn ? { failedOn } : {}),
    ...(done ? { done } : {}),
    draft,
    setDraft,
    create: () =>
      write(async () => {
        const created = await backend.createPlan({
          kind: draft.kind,
          title: draft.title,
          goalIds: [...draft.goalIds],
          ...(draft.parentPlanId ? { parentPlanId: draft.parentPlanId } : {}),
          ...(draft.coordinatingDepartmentId
            ? { coordinatingDepartmentId: draft.coordinatingDepartmentId }
            : {}),
          ...(funds === undefined ? {} : { developmentFundsTkr: funds }),
        });
        if (created.ok) setDraft(emptyDraft);
        return created;
      }, false),
    decisions,
    setDecision: (planId, next) => setDecisions((all) => ({ ...all, [planId]: next })),
    adopt: (plan) => {
      const decision = decisions[plan.id] ?? emptyDecision;
      write(
        () => backend.adoptPlan(plan.id, { ...decision, expectedVersion: plan.version }),
        plan.previousVersionId !== undefined,
        plan.id,
      );
    },
    revise: (plan) => write(() => backend.revisePlan(plan.id, plan.version), false),
    show: (planId) => data.choosePlan?.(planId),
  };
}
