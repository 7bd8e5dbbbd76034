import type { Activity, ActivityEnd } from '../../../domain/model.js';
import { planWorkMessages } from '../../../domain/plan-work.js';
import { planItemId } from '../../../domain/plans.js';
import type { Caller } from '../../authorization.js';
import type { PlanSnapshot, Versioned } from '../../ports.js';
import { fail, type Result } from '../../result.js';
import { fieldErrors, referenceErrors, trimmed } from '../edit-activity.js';
import {
  fieldRefusal,
  managedSnapshot,
  planWorkRefusals,
  textRefusal,
  today,
  type PlanScope,
  type PlanWorkDeps,
} from './plan-work-checks.js';

/**
 * The working group creates an activity in the plan and one of its areas, and ends one
 * ("Avslutad" or "Utgår", with a reason and a date). Moving it to another area is an edit
 * (editActivity with another areaId). The same text rules, personal-data guard and reference
 * checks as an edit; a title already used in the area is refused beside the field. One read of
 * the plan, then one write.
 */

/** A new activity as the form sends it: everything but the id, which the plan gives it. */
type NewActivity = Omit<Activity, 'id' | 'planId' | 'example' | 'ended'>;

export type CreateActivityInput = PlanScope & { readonly activity: NewActivity };

export type EndActivityInput = {
  readonly caller: Caller;
  readonly planId?: string;
  readonly activityId: string;
  readonly end: Pick<ActivityEnd, 'as' | 'reason'> & { readonly on?: string };
  readonly expectedVersion: string;
};

/**
 * The next id in the area: `A{area's order}.{n}`, as the seed numbers its activities, made
 * unique among the site's plans (planItemId: `-v2` in a new version, the plan's id in front).
 */
function nextActivityId(snapshot: PlanSnapshot, areaId: string): string {
  const { plan, plans } = snapshot;
  const order = snapshot.areas.find((a) => a.id === areaId)?.order ?? 0;
  const taken = new Set(snapshot.activities.map((a) => a.id));
  const own = [...snapshot.areas, ...snapshot.activities]
    .filter((item) => item.planId === plan.id)
    .map((item) => item.id);
  for (let n = 1; ; n += 1) {
    const id = planItemId(plans, plan, own, `A${String(order)}.${String(n)}`);
    if (!taken.has(id)) return id;
  }
}

function refusalOf(snapshot: PlanSnapshot, stored: Activity | undefined, activity: Activity) {
  const texts = fieldErrors(activity);
  const fields: Record<string, string> = {
    ...referenceErrors(snapshot, stored, activity),
    ...Object.fromEntries(texts.map((e) => [e.field, e.message])),
  };
  if (Object.keys(fields).length === 0) return undefined;
  const reason = texts.some((e) => e.reason === 'personalData') ? 'personalData' : 'invalid';
  return fail(reason, planWorkRefusals[reason], { fields });
}

export async function createActivity(
  deps: PlanWorkDeps,
  input: CreateActivityInput,
): Promise<Result<Versioned<Activity>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const activity: Activity = {
    ...input.activity,
    id: nextActivityId(snapshot.value, input.activity.areaId),
    planId: snapshot.value.plan.id,
    example: false,
    goalIds: input.activity.goalIds ?? [],
  };
  const refused = refusalOf(snapshot.value, undefined, activity);
  if (refused) return refused;
  return deps.store.saveActivity(trimmed(activity), undefined);
}

export async function endActivity(
  deps: PlanWorkDeps,
  input: EndActivityInput,
): Promise<Result<Versioned<Activity>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = snapshot.value.activities.find((a) => a.id === input.activityId);
  if (!stored) return fail('notFound', 'Aktiviteten finns inte.');
  if (stored.ended) return fieldRefusal('as', planWorkMessages.alreadyEnded);
  const refused = textRefusal([['reason', input.end.reason]]);
  if (refused) return refused;
  const { version: _version, ...rest } = stored;
  const ended: Activity = {
    ...rest,
    ended: { as: input.end.as, on: input.end.on ?? today(deps), reason: input.end.reason.trim() },
  };
  const invalid = refusalOf(snapshot.value, stored, ended);
  if (invalid) return invalid;
  return deps.store.saveActivity(ended, input.expectedVersion);
}
