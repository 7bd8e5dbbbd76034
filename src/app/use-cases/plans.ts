import {
  adopted,
  isReadOnly,
  newVersion,
  planIdFor,
  planMessages,
  roundsNotClosed,
  sameDecision,
  type Decision,
} from '../../domain/plans.js';
import { allocatedTkr, fundsBelowAllocated } from '../../domain/funds.js';
import type { Plan } from '../../domain/model.js';
import {
  textFieldRules,
  validateDate,
  validateText,
  type FieldError,
} from '../../domain/validation.js';
import type { Authorization, Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';

/**
 * The working group's plan lifecycle: create a plan, adopt it with its decision recorded, and
 * revise it ("Ny version"); adopting a new version replaces the one it revises, which is then
 * read-only. Every write needs the version the user saw; a replaced plan refuses every write.
 */

export type PlanDeps = { readonly store: PlanStore; readonly authorization: Authorization };

export type NewPlan = {
  readonly kind: Plan['kind'];
  readonly title: string;
  readonly parentPlanId?: string;
  readonly goalIds: readonly string[];
  readonly coordinatingDepartmentId?: string;
  readonly developmentFundsTkr?: number;
  readonly description?: string;
};

const messages = {
  invalid: 'Planen sparades inte. Rätta det som är markerat och försök igen.',
  personalData:
    'Planen sparades inte: texten verkar innehålla personuppgifter. Skriv aldrig namn eller personnummer.',
} as const;

async function managed(
  deps: PlanDeps,
  caller: Caller,
  planId?: string,
): Promise<Result<PlanSnapshot>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(caller),
    deps.store.loadPlan({ planId }),
  ]);
  if (!allowed.ok) return allowed;
  if (!snapshot.ok && snapshot.error.reason === 'notFound' && planId !== undefined)
    return fail('notFound', planMessages.unknown);
  return snapshot;
}

function refusal(errors: readonly FieldError[], references: Record<string, string>) {
  const fields = { ...references, ...Object.fromEntries(errors.map((e) => [e.field, e.message])) };
  if (Object.keys(fields).length === 0) return undefined;
  const reason = errors.some((e) => e.reason === 'personalData') ? 'personalData' : 'invalid';
  return fail(reason, messages[reason], { fields });
}

function newPlanReferences(snapshot: PlanSnapshot, input: NewPlan): Record<string, string> {
  const fields: Record<string, string> = {};
  const parent = snapshot.plans.find((p) => p.id === input.parentPlanId);
  if (input.parentPlanId !== undefined && !parent) fields.parentPlanId = planMessages.unknownParent;
  else if (parent && isReadOnly(parent)) fields.parentPlanId = planMessages.parentReplaced;
  else if (parent && parent.kind !== 'actionPlan')
    fields.parentPlanId = planMessages.parentNotAction;
  const goal = input.goalIds.find((id) => !snapshot.goals.some((g) => g.id === id));
  if (goal !== undefined) fields.goalIds = planMessages.unknownGoal(goal);
  const department = input.coordinatingDepartmentId;
  if (department !== undefined && !snapshot.departments.some((d) => d.id === department))
    fields.coordinatingDepartmentId = planMessages.unknownDepartment;
  const funds = input.developmentFundsTkr;
  if (funds !== undefined && !(Number.isInteger(funds) && funds >= 0))
    fields.developmentFundsTkr = planMessages.funds;
  return fields;
}

/** The texts and references of a new or edited plan: the refusal, or nothing. */
function planRefusal(snapshot: PlanSnapshot, plan: NewPlan, more: Record<string, string> = {}) {
  const texts = [
    validateText('title', plan.title),
    plan.description === undefined ? undefined : validateText('description', plan.description),
  ].filter((e): e is FieldError => e !== undefined);
  return refusal(texts, { ...newPlanReferences(snapshot, plan), ...more });
}

/** The fields a plan's form sets, trimmed, the optional ones only when given. */
function planFields(plan: NewPlan) {
  return {
    title: plan.title.trim(),
    goalIds: [...plan.goalIds],
    ...(plan.parentPlanId === undefined ? {} : { parentPlanId: plan.parentPlanId }),
    ...(plan.coordinatingDepartmentId === undefined
      ? {}
      : { coordinatingDepartmentId: plan.coordinatingDepartmentId }),
    ...(plan.developmentFundsTkr === undefined
      ? {}
      : { developmentFundsTkr: plan.developmentFundsTkr }),
    ...(plan.description?.trim() ? { description: plan.description.trim() } : {}),
  };
}

export async function createPlan(
  deps: PlanDeps,
  input: { readonly caller: Caller; readonly plan: NewPlan },
): Promise<Result<Versioned<Plan>>> {
  const snapshot = await managed(deps, input.caller);
  if (!snapshot.ok) return snapshot;
  const { plan } = input;
  const refused = planRefusal(snapshot.value, plan);
  if (refused) return refused;
  const stored: Plan = {
    id: planIdFor(plan.title.trim(), new Set(snapshot.value.plans.map((p) => p.id))),
    kind: plan.kind,
    status: 'proposed',
    ...planFields(plan),
  };
  return deps.store.savePlan(stored, undefined);
}

/** A plan's own fields as its form edits them (the kind stays; absent description: kept). */
export type PlanEdit = Omit<NewPlan, 'kind'>;

/** Why `parentPlanId` cannot be the parent of `planId` (itself, or a plan it is above). */
function parentLoop(
  snapshot: PlanSnapshot,
  planId: string,
  parentPlanId: string | undefined,
): Record<string, string> {
  const byId = new Map(snapshot.plans.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (let at = parentPlanId; at !== undefined && !seen.has(at); at = byId.get(at)?.parentPlanId) {
    if (at === planId) return { parentPlanId: planMessages.ownParent };
    seen.add(at);
  }
  return {};
}

/** Who acts on which plan, at the version they saw. */
type PlanAddress = {
  readonly caller: Caller;
  readonly planId: string;
  readonly expectedVersion: string;
};

/**
 * The working group edits a proposed or adopted plan's own fields (title, goals, parent plan,
 * coordinating department, development funds) with the version it saw; the same rules as a new
 * plan, and the funds not below what the plan's activities were allocated.
 */
export async function updatePlan(
  deps: PlanDeps,
  input: PlanAddress & { readonly plan: PlanEdit },
): Promise<Result<Versioned<Plan>>> {
  const addressed = await addressedPlan(deps, input);
  if (!addressed.ok) return addressed;
  const { snapshot, plan } = addressed.value;
  const { version, ...stored } = plan;
  const edit: NewPlan = {
    ...input.plan,
    kind: stored.kind,
    ...(input.plan.description === undefined && stored.description !== undefined
      ? { description: stored.description }
      : {}),
  };
  const own = snapshot.activities.filter((a) => a.planId === stored.id);
  const funds = fundsBelowAllocated(edit.developmentFundsTkr, allocatedTkr(own));
  const refused = planRefusal(snapshot, edit, {
    ...parentLoop(snapshot, stored.id, edit.parentPlanId),
    ...(funds === undefined ? {} : { developmentFundsTkr: funds }),
  });
  if (refused) return refused;
  const {
    title: _t,
    goalIds: _g,
    parentPlanId: _p,
    coordinatingDepartmentId: _c,
    developmentFundsTkr: _f,
    description: _d,
    ...kept
  } = stored;
  return deps.store.savePlan({ ...kept, ...planFields(edit) }, version);
}

/** Corrects the decision an adopted plan records (board, date, paragraph or diarienummer). */
export async function correctDecision(
  deps: PlanDeps,
  input: PlanAddress & { readonly decision: Decision },
): Promise<Result<Versioned<Plan>>> {
  const addressed = await addressedPlan(deps, input);
  if (!addressed.ok) return addressed;
  const current = addressed.value.plan;
  if (current.status !== 'adopted')
    return fail('conflict', planMessages.notAdoptedDecision, { current });
  const decision = trimmedDecision(input.decision);
  const refused = refusal(decisionErrors(decision), {});
  if (refused) return refused;
  const { version, decision: _decision, ...rest } = current;
  return deps.store.savePlan(adopted(rest, decision), version);
}

/** The caller may manage plans; the plan they addressed, at the version they saw, writable. */
async function addressedPlan(
  deps: PlanDeps,
  input: PlanAddress,
): Promise<Result<{ readonly snapshot: PlanSnapshot; readonly plan: Versioned<Plan> }>> {
  const snapshot = await managed(deps, input.caller, input.planId);
  if (!snapshot.ok) return snapshot;
  const plan = writable(snapshot.value, input.planId, input.expectedVersion);
  if (!plan.ok) return plan;
  return ok({ snapshot: snapshot.value, plan: plan.value });
}

/** The stored plan the user addressed, at the version they saw, and writable. */
function writable(
  snapshot: PlanSnapshot,
  planId: string,
  expectedVersion: string,
): Result<Versioned<Plan>> {
  const plan = snapshot.plans.find((p) => p.id === planId);
  if (!plan) return fail('notFound', planMessages.unknown);
  if (isReadOnly(plan))
    return fail('conflict', planMessages.readOnly(plan.title), { current: plan });
  if (plan.version !== expectedVersion)
    return fail('conflict', planMessages.stale, { current: plan });
  return ok(plan);
}

const line = (sv: string, en: string) => ({ ...textFieldRules.title, label: { sv, en } });

function trimmedDecision(decision: Decision): Decision {
  return {
    adoptedBy: decision.adoptedBy.trim(),
    adoptedOn: decision.adoptedOn,
    decision: decision.decision.trim(),
  };
}

function decisionErrors(decision: Decision): FieldError[] {
  const adoptedBy = validateText('title', decision.adoptedBy, line('Nämnd', 'Board'));
  const text =
    decision.decision.trim() === ''
      ? undefined
      : validateText('title', decision.decision, line('Beslut', 'Decision'));
  return [
    adoptedBy && { ...adoptedBy, field: 'adoptedBy' },
    validateDate('adoptedOn', decision.adoptedOn),
    text && { ...text, field: 'decision' },
  ].filter((e): e is FieldError => e !== undefined);
}

/**
 * Proposed → adopted, the decision recorded. A plan revising another replaces it: the older one
 * becomes `replaced` (read-only). Sent again after a cut-short call, it finishes the replacing.
 */
export async function adoptPlan(
  deps: PlanDeps,
  input: PlanAddress & { readonly decision: Decision },
): Promise<Result<Versioned<Plan>>> {
  const snapshot = await managed(deps, input.caller, input.planId);
  if (!snapshot.ok) return snapshot;
  const decision = trimmedDecision(input.decision);
  const refused = refusal(decisionErrors(decision), {});
  if (refused) return refused;
  const stored = snapshot.value.plans.find((p) => p.id === input.planId);
  const replacing = await openRoundsRefusal(deps, snapshot.value, stored?.previousVersionId);
  if (replacing) return replacing;
  let plan: Result<Versioned<Plan>>;
  if (stored && sameDecision(stored, decision)) plan = ok(stored);
  else {
    const current = writable(snapshot.value, input.planId, input.expectedVersion);
    if (!current.ok) return current;
    if (current.value.status === 'adopted')
      return fail('conflict', planMessages.alreadyAdopted, { current: current.value });
    const { version, ...rest } = current.value;
    plan = await deps.store.savePlan(adopted(rest, decision), version);
  }
  if (!plan.ok) return plan;
  const previous = snapshot.value.plans.find((p) => p.id === plan.value.previousVersionId);
  if (previous && !isReadOnly(previous)) {
    const { version, ...rest } = previous;
    const replaced = await deps.store.savePlan({ ...rest, status: 'replaced' }, version);
    if (!replaced.ok) return replaced;
  }
  return plan;
}

/**
 * Refuses replacing a plan while a round following it up is not closed (its own rounds and the
 * combined rounds of the plans complementing it): undefined if allowed. Reads the replaced plan
 * (and any complementing plan) only when there is one to replace.
 */
async function openRoundsRefusal(
  deps: PlanDeps,
  snapshot: PlanSnapshot,
  previousId: string | undefined,
): Promise<Result<never> | undefined> {
  const previous = snapshot.plans.find((p) => p.id === previousId);
  if (!previous || isReadOnly(previous)) return undefined;
  const readers = [
    previous.id,
    ...snapshot.plans
      .filter((p) => p.parentPlanId === previous.id && !isReadOnly(p) && p.id !== snapshot.plan.id)
      .map((p) => p.id),
  ];
  const loaded = await Promise.all(readers.map((planId) => deps.store.loadPlan({ planId })));
  const rounds = new Map(snapshot.rounds.map((r) => [r.id, r]));
  for (const other of loaded) {
    if (!other.ok) return other;
    for (const round of other.value.rounds) rounds.set(round.id, round);
  }
  const open = roundsNotClosed([...rounds.values()], previous.id);
  if (open.length === 0) return undefined;
  const message = planMessages.roundsNotClosed(open.map((r) => r.title));
  return fail('conflict', message, { fields: { rounds: message } });
}

/**
 * "Ny version": a proposal with copies of the plan's areas, goals and the activities not ended.
 * When a proposal revising the plan exists already, its missing copies are written and it is
 * returned (a cut-short call repeated); the copy goes in `$batch`es of 20.
 */
export async function revisePlan(
  deps: PlanDeps,
  input: { readonly caller: Caller; readonly planId: string; readonly expectedVersion: string },
): Promise<Result<Versioned<Plan>>> {
  const snapshot = await managed(deps, input.caller, input.planId);
  if (!snapshot.ok) return snapshot;
  const current = writable(snapshot.value, input.planId, input.expectedVersion);
  if (!current.ok) return current;
  if (current.value.status !== 'adopted')
    return fail('conflict', planMessages.notAdopted, { current: current.value });
  const { version: _version, ...plan } = current.value;
  const copy = newVersion(
    snapshot.value.plans,
    plan,
    snapshot.value.areas,
    snapshot.value.activities.map(({ version: _v, ...activity }) => activity),
  );
  const pending = snapshot.value.plans.find((p) => p.previousVersionId === plan.id);
  if (pending && pending.id !== copy.plan.id)
    return fail('conflict', planMessages.pendingVersion(pending.title), { current: pending });
  const saved = pending ? ok(pending) : await deps.store.savePlan(copy.plan, undefined);
  if (!saved.ok) return saved;
  const items = await deps.store.createPlanItems({
    areas: copy.areas,
    activities: copy.activities,
  });
  return items.ok ? saved : items;
}

/** Refuses a write to a replaced plan's items (activities, areas, rounds): undefined if allowed. */
export function readOnlyRefusal(snapshot: PlanSnapshot, planId: string): Result<never> | undefined {
  const plan = snapshot.plans.find((p) => p.id === planId);
  return plan && isReadOnly(plan) ? fail('conflict', planMessages.readOnly(plan.title)) : undefined;
}
