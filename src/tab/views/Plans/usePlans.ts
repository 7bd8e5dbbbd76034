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

/** A stored plan in the form's draft (to edit it). */
function draftOf(plan: Plan): NewPlanDraft {
  return {
    title: plan.title,
    kind: plan.kind,
    parentPlanId: plan.parentPlanId ?? '',
    goalIds: plan.goalIds,
    coordinatingDepartmentId: plan.coordinatingDepartmentId ?? '',
    funds: plan.developmentFundsTkr === undefined ? '' : String(plan.developmentFundsTkr),
  };
}

/** The form's fields as the API takes them (a new plan and an edit alike). */
function fieldsOf(draft: NewPlanDraft) {
  const funds = draft.funds.trim() === '' ? undefined : Number(draft.funds.replace(',', '.'));
  return {
    title: draft.title,
    goalIds: [...draft.goalIds],
    ...(draft.parentPlanId ? { parentPlanId: draft.parentPlanId } : {}),
    ...(draft.coordinatingDepartmentId
      ? { coordinatingDepartmentId: draft.coordinatingDepartmentId }
      : {}),
    ...(funds === undefined ? {} : { developmentFundsTkr: funds }),
  };
}

/** The plans view: every plan with its decision; the working group creates, adopts, revises. */
export function usePlans(): PlansState {
  const data = usePlanData();
  const { backend } = useTabServices();
  const { i18n } = useTranslation();
  const [draft, setDraft] = useState(emptyDraft);
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});
  const [busy, setBusy] = useState(false);
  // The last refusal, and the form it belongs to (its field messages are shown there only).
  const [failure, setFailure] = useState<(TabFailure & { form: string }) | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ planId: string; draft: NewPlanDraft } | undefined>();
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const s = plansStrings(i18n.language);
  const write = (
    call: () => Promise<TabResult<Versioned<Plan>>>,
    reload: boolean,
    form: string,
  ) => {
    setBusy(true);
    setDone(undefined);
    void call().then((result) => {
      setBusy(false);
      if (!result.ok) return setFailure({ ...result.error, form });
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
    ...(done ? { done } : {}),
    draft,
    setDraft,
    create: () =>
      write(
        async () => {
          const created = await backend.createPlan({ kind: draft.kind, ...fieldsOf(draft) });
          if (created.ok) setDraft(emptyDraft);
          return created;
        },
        false,
        'create',
      ),
    decisions,
    setDecision: (planId, next) => setDecisions((all) => ({ ...all, [planId]: next })),
    adopt: (plan) => {
      const decision = decisions[plan.id] ?? emptyDecision;
      write(
        () => backend.adoptPlan(plan.id, { ...decision, expectedVersion: plan.version }),
        plan.previousVersionId !== undefined,
        `adopt:${plan.id}`,
      );
    },
    revise: (plan) =>
      write(() => backend.revisePlan(plan.id, plan.version), false, `revise:${plan.id}`),
    ...(editing ? { editing } : {}),
    startEdit: (plan) => {
      setFailure(undefined);
      setEditing({ planId: plan.id, draft: draftOf(plan) });
      const { adoptedBy = '', adoptedOn = '', decision = '' } = plan;
      setDecisions((all) => ({ ...all, [plan.id]: { adoptedBy, adoptedOn, decision } }));
    },
    setEditDraft: (next) => setEditing((now) => now && { ...now, draft: next }),
    cancelEdit: () => setEditing(undefined),
    saveEdit: (plan) =>
      write(
        async () => {
          if (!editing) return { ok: false, error: { reason: 'invalid', message: s.noChange } };
          const saved = await backend.updatePlan(plan.id, {
            ...fieldsOf(editing.draft),
            expectedVersion: plan.version,
          });
          if (saved.ok) setEditing(undefined);
          return saved;
        },
        false,
        `edit:${plan.id}`,
      ),
    correct: (plan) => {
      const decision = decisions[plan.id] ?? emptyDecision;
      write(
        () => backend.correctDecision(plan.id, { ...decision, expectedVersion: plan.version }),
        false,
        `correct:${plan.id}`,
      );
    },
    show: (planId) => data.choosePlan?.(planId),
  };
}
