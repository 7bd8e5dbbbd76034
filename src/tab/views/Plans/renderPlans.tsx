import { Button, Checkbox, Field, Input, Select, Text, Title2 } from '@fluentui/react-components';
import type { Versioned } from '../../../app/ports.js';
import type { Plan } from '../../../domain/model.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import type { NewPlanDraft, PlansState } from './Plans.types.js';

type Ready = Extract<PlansState, { kind: 'ready' }>;

/** A field message of the last refusal, shown in the form that was sent (`form`) only. */
const fieldError = (state: Ready, form: string, field: string) =>
  state.failure?.form === form ? state.failure.fields?.[field] : undefined;

function statusLine(state: Ready, plan: Plan): string {
  const { s } = state;
  const parts = [s.kind[plan.kind], s.status[plan.status]];
  // A replaced plan keeps saying so ("Ersatt"), beside the decision that once adopted it.
  if (plan.adoptedOn && plan.adoptedBy) {
    const adoptedAs = s.adoptedAs(plan.adoptedOn, plan.adoptedBy);
    if (plan.status === 'adopted') parts[1] = adoptedAs;
    else parts.push(adoptedAs);
  }
  if (plan.decision) parts.push(plan.decision);
  const titleOf = (id: string) => state.plans.find((p) => p.id === id)?.title ?? id;
  if (plan.parentPlanId) parts.push(s.complements(titleOf(plan.parentPlanId)));
  if (plan.previousVersionId) parts.push(s.revises(titleOf(plan.previousVersionId)));
  return parts.join(' · ');
}

/** A decision form's refusal is shown beside that form, not in the page's status line. */
const shownBesideDecision = (form: string) => /^(adopt|correct):/.test(form);

/** The decision's form: adopting a proposed plan, or correcting an adopted plan's decision. */
function decisionForm(state: Ready, plan: Versioned<Plan>, action: 'adopt' | 'correct') {
  const { s } = state;
  const draft = state.decisions[plan.id] ?? { adoptedBy: '', adoptedOn: '', decision: '' };
  const set = (change: Partial<typeof draft>) =>
    state.setDecision(plan.id, { ...draft, ...change });
  const form = `${action}:${plan.id}`;
  return (
    <form
      aria-label={`${s[action]}: ${plan.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        state[action](plan);
      }}
    >
      <Field label={s.board} validationMessage={fieldError(state, form, 'adoptedBy')}>
        <Input value={draft.adoptedBy} onChange={(_, d) => set({ adoptedBy: d.value })} />
      </Field>
      <Field label={s.adoptedOn} validationMessage={fieldError(state, form, 'adoptedOn')}>
        <Input
          type="date"
          value={draft.adoptedOn}
          onChange={(_, d) => set({ adoptedOn: d.value })}
        />
      </Field>
      <Field label={s.decision} validationMessage={fieldError(state, form, 'decision')}>
        <Input value={draft.decision} onChange={(_, d) => set({ decision: d.value })} />
      </Field>
      <Button type="submit" appearance="primary" disabled={state.busy}>
        {s[action]}
      </Button>
      {state.failure?.form === form && (
        <Text as="p" role="alert">
          {state.failure.message}
        </Text>
      )}
    </form>
  );
}

function planItem(state: Ready, plan: Versioned<Plan>) {
  const { s } = state;
  return (
    <li key={plan.id}>
      <Text as="h3" weight="semibold">
        {plan.title}
      </Text>
      <Text as="p">{statusLine(state, plan)}</Text>
      {plan.id !== state.current && <Button onClick={() => state.show(plan.id)}>{s.show}</Button>}
      {state.canManage && plan.status === 'adopted' && (
        <Button disabled={state.busy} onClick={() => state.revise(plan)}>
          {s.revise}
        </Button>
      )}
      {state.canManage && plan.status !== 'replaced' && state.editing?.planId !== plan.id && (
        <Button disabled={state.busy} onClick={() => state.startEdit(plan)}>
          {s.edit}
        </Button>
      )}
      {state.editing?.planId === plan.id && editForm(state, plan, state.editing.draft)}
      {state.canManage && plan.status === 'proposed' && decisionForm(state, plan, 'adopt')}
    </li>
  );
}

/** Editing a plan: its fields (the kind stays) and, when adopted, its decision. */
function editForm(state: Ready, plan: Versioned<Plan>, draft: NewPlanDraft) {
  const { s } = state;
  return (
    <>
      {planForm(state, {
        label: `${s.editPlan}: ${plan.title}`,
        key: `edit:${plan.id}`,
        draft,
        setDraft: state.setEditDraft,
        submit: () => state.saveEdit(plan),
        save: s.saveEdit,
        planId: plan.id,
      })}
      <Button onClick={state.cancelEdit}>{s.cancel}</Button>
      {plan.status === 'adopted' && decisionForm(state, plan, 'correct')}
    </>
  );
}

type PlanFormProps = {
  readonly label: string;
  /** The form's key for its field messages: `create` or `edit:{planId}`. */
  readonly key: string;
  readonly draft: NewPlanDraft;
  readonly setDraft: (draft: NewPlanDraft) => void;
  readonly submit: () => void;
  readonly save: string;
  /** The plan edited (its kind is not asked, and it cannot complement itself); absent: a new plan. */
  readonly planId?: string;
};

/** A plan's form, for a new plan and for editing one. */
function planForm(state: Ready, form: PlanFormProps) {
  const { s } = state;
  const { draft } = form;
  const set = (change: Partial<typeof draft>) => form.setDraft({ ...draft, ...change });
  const parents = state.plans.filter(
    (p) => p.kind === 'actionPlan' && p.status !== 'replaced' && p.id !== form.planId,
  );
  return (
    <form
      aria-label={form.label}
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <Text as="h3" weight="semibold">
        {form.label}
      </Text>
      <Field label={s.planTitle} required validationMessage={fieldError(state, form.key, 'title')}>
        <Input value={draft.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      {form.planId === undefined && (
        <Field label={s.planKind}>
          <Select value={draft.kind} onChange={(_, d) => set({ kind: d.value as Plan['kind'] })}>
            <option value="activityPlan">{s.kind.activityPlan}</option>
            <option value="actionPlan">{s.kind.actionPlan}</option>
          </Select>
        </Field>
      )}
      <Field label={s.parent} validationMessage={fieldError(state, form.key, 'parentPlanId')}>
        <Select value={draft.parentPlanId} onChange={(_, d) => set({ parentPlanId: d.value })}>
          <option value="">{s.none}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset>
        <legend>{s.goals}</legend>
        {state.goals.map((g) => (
          <Checkbox
            key={g.id}
            label={g.title}
            checked={draft.goalIds.includes(g.id)}
            onChange={(_, d) =>
              set({
                goalIds: d.checked
                  ? [...draft.goalIds, g.id]
                  : draft.goalIds.filter((id) => id !== g.id),
              })
            }
          />
        ))}
      </fieldset>
      <Field
        label={s.department}
        validationMessage={fieldError(state, form.key, 'coordinatingDepartmentId')}
      >
        <Select
          value={draft.coordinatingDepartmentId}
          onChange={(_, d) => set({ coordinatingDepartmentId: d.value })}
        >
          <option value="">{s.none}</option>
          {state.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.funds} validationMessage={fieldError(state, form.key, 'developmentFundsTkr')}>
        <Input
          inputMode="numeric"
          value={draft.funds}
          onChange={(_, d) => set({ funds: d.value })}
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={state.busy}>
        {form.save}
      </Button>
    </form>
  );
}

export function renderPlans(state: PlansState) {
  if (state.kind === 'loading') return <LoadingState label="…" />;
  if (state.kind === 'error')
    return <ErrorState title="Planer" error={state.error} onRetry={state.retry} />;
  return (
    <section aria-labelledby="plans-title">
      <Title2 as="h1" id="plans-title">
        {state.s.title}
      </Title2>
      <Text as="p">{state.s.intro}</Text>
      <div role="status">
        {(state.failure && !shownBesideDecision(state.failure.form)
          ? state.failure.message
          : undefined) ??
          state.done ??
          ''}
      </div>
      <ul>{state.plans.map((plan) => planItem(state, plan))}</ul>
      {state.canManage &&
        planForm(state, {
          label: state.s.create,
          key: 'create',
          draft: state.draft,
          setDraft: state.setDraft,
          submit: state.create,
          save: state.s.save,
        })}
    </section>
  );
}
