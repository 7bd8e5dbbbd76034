import { Button, Checkbox, Field, Input, Select, Text, Title2 } from '@fluentui/react-components';
import type { Versioned } from '../../../app/ports.js';
import type { Plan } from '../../../domain/model.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import type { PlansState } from './Plans.types.js';

type Ready = Extract<PlansState, { kind: 'ready' }>;

const fieldError = (state: Ready, field: string) => state.failure?.fields?.[field];

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

function adoptForm(state: Ready, plan: Versioned<Plan>) {
  const { s } = state;
  const draft = state.decisions[plan.id] ?? { adoptedBy: '', adoptedOn: '', decision: '' };
  const set = (change: Partial<typeof draft>) =>
    state.setDecision(plan.id, { ...draft, ...change });
  return (
    <form
      aria-label={`${s.adopt}: ${plan.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        state.adopt(plan);
      }}
    >
      <Field label={s.board} validationMessage={fieldError(state, 'adoptedBy')}>
        <Input value={draft.adoptedBy} onChange={(_, d) => set({ adoptedBy: d.value })} />
      </Field>
      <Field label={s.adoptedOn} validationMessage={fieldError(state, 'adoptedOn')}>
        <Input
          type="date"
          value={draft.adoptedOn}
          onChange={(_, d) => set({ adoptedOn: d.value })}
        />
      </Field>
      <Field label={s.decision} validationMessage={fieldError(state, 'decision')}>
        <Input value={draft.decision} onChange={(_, d) => set({ decision: d.value })} />
      </Field>
      <Button type="submit" appearance="primary" disabled={state.busy}>
        {s.adopt}
      </Button>
      {state.failedOn === plan.id && state.failure && (
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
      {state.canManage && plan.status === 'proposed' && adoptForm(state, plan)}
    </li>
  );
}

function createForm(state: Ready) {
  const { s, draft } = state;
  const set = (change: Partial<typeof draft>) => state.setDraft({ ...draft, ...change });
  const parents = state.plans.filter((p) => p.kind === 'actionPlan' && p.status !== 'replaced');
  return (
    <form
      aria-label={s.create}
      onSubmit={(e) => {
        e.preventDefault();
        state.create();
      }}
    >
      <Text as="h3" weight="semibold">
        {s.create}
      </Text>
      <Field label={s.planTitle} required validationMessage={fieldError(state, 'title')}>
        <Input value={draft.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label={s.planKind}>
        <Select value={draft.kind} onChange={(_, d) => set({ kind: d.value as Plan['kind'] })}>
          <option value="activityPlan">{s.kind.activityPlan}</option>
          <option value="actionPlan">{s.kind.actionPlan}</option>
        </Select>
      </Field>
      <Field label={s.parent} validationMessage={fieldError(state, 'parentPlanId')}>
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
      <Field label={s.department} validationMessage={fieldError(state, 'coordinatingDepartmentId')}>
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
      <Field label={s.funds} validationMessage={fieldError(state, 'developmentFundsTkr')}>
        <Input
          inputMode="numeric"
          value={draft.funds}
          onChange={(_, d) => set({ funds: d.value })}
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={state.busy}>
        {s.save}
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
        {(state.failedOn === undefined ? state.failure?.message : undefined) ?? state.done ?? ''}
      </div>
      <ul>{state.plans.map((plan) => planItem(state, plan))}</ul>
      {state.canManage && createForm(state)}
    </section>
  );
}
