import type { Clock } from '../../domain/clock.js';
import { checkAllocation } from '../../domain/funds.js';
import { removedIndicatorErrors, validateIndicators } from '../../domain/indicator-definitions.js';
import { checkNumber } from '../../domain/indicators.js';
import type { Activity, Indicator } from '../../domain/model.js';
import { hasDuplicateTitle, planWorkMessages } from '../../domain/plan-work.js';
import { validateDate, validateText, type FieldError } from '../../domain/validation.js';
import type { Authorization, Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, Versioned } from '../ports.js';
import { fail, type Result } from '../result.js';
import { readOnlyRefusal } from './plans.js';
import { commitAllocation, raisesAllocation } from './allocation-commit.js';

/**
 * The working group edits an activity (title, description, area, departments, dates, expected
 * outcome, financing, indicators, allocated development funds). A raised allocation must fit in
 * the plan's funds beside the other activities' (refused with what is left, field
 * `allocatedTkr`); indicators follow indicator-definitions.ts (fields `indicators.<i>.<field>`):
 * a saved indicator left out is refused (field `indicators`), it is ended instead.
 * The plan's read gives the other allocations. The same text rules and personal-data guard as
 * everywhere; references must exist in the plan; the save carries the version the user saw, so a
 * change made meanwhile comes back as `conflict` with the stored activity and nothing is
 * overwritten. A raised allocation is also committed on the plan (allocation-commit.ts), so two
 * allocations made at once cannot both pass the check.
 */

export type EditActivityDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
  /** When an allocation was raised (the plan's AllocationStamp). */
  readonly clock: Clock;
};

export type EditActivityInput = {
  readonly caller: Caller;
  /** The activity addressed (the URL's id); the body's activity must have the same id. */
  readonly activityId: string;
  readonly activity: Activity;
  readonly expectedVersion: string;
};

const editMessages = {
  unknown: 'Aktiviteten finns inte.',
  invalid: 'Aktiviteten sparades inte. Rätta det som är markerat och försök igen.',
  personalData:
    'Aktiviteten sparades inte: texten verkar innehålla personuppgifter. Skriv aldrig namn eller personnummer.',
  otherId: 'Aktivitetens id stämmer inte med adressen.',
  otherPlan: 'Aktiviteten kan inte flyttas till en annan plan.',
  unknownArea: 'Utvecklingsområdet finns inte i planen.',
  unknownDepartment: 'Förvaltningen finns inte i planen.',
  endedArea: 'Utvecklingsområdet är avslutat. Välj ett annat.',
  endedDepartment: 'Förvaltningen är avslutad. Välj en annan.',
  unknownGoal: 'Målet finns inte.',
} as const;

/** The text rules, the personal-data guard and the storable date range, per field. */
export function fieldErrors(activity: Activity): FieldError[] {
  const checks = [
    validateText('title', activity.title),
    activity.description === undefined
      ? undefined
      : validateText('description', activity.description),
    activity.expectedOutcome === undefined
      ? undefined
      : validateText('expectedOutcome', activity.expectedOutcome),
    validateDate('start', activity.start),
    validateDate('end', activity.end),
    activity.ended === undefined ? undefined : endErrors(activity.ended),
    ...validateIndicators(activity.indicators ?? []),
  ];
  return checks.filter((e): e is FieldError => e !== undefined);
}

const allocationLabel = { sv: 'Tilldelade utvecklingsmedel', en: 'Allocated development funds' };

/** The allocation in tkr, and whether it fits in the plan's funds. */
function fundsErrors(snapshot: PlanSnapshot, activity: Activity): Record<string, string> {
  if (activity.allocatedTkr === undefined) return {};
  const amount = checkNumber('tkr', activity.allocatedTkr, allocationLabel);
  if (!amount.ok) return { allocatedTkr: amount.message };
  const fits = checkAllocation(snapshot.plan, snapshot.activities, activity);
  return fits.ok ? {} : { allocatedTkr: fits.message };
}

function endErrors(ended: NonNullable<Activity['ended']>): FieldError | undefined {
  const reason = validateText('comment', ended.reason);
  if (reason) return { ...reason, field: 'reason' };
  return validateDate('on', ended.on);
}

/**
 * References that must exist in the plan (and, where they changed, not be ended), the plan that
 * cannot change, and a title unique within the area. `stored` is absent for a new activity.
 */
export function referenceErrors(
  snapshot: PlanSnapshot,
  stored: Activity | undefined,
  activity: Activity,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const departments = new Map(snapshot.departments.map((d) => [d.id, d]));
  const changed = (id: string, before: readonly string[] | undefined) => !before?.includes(id);
  const area = snapshot.areas.find((a) => a.id === activity.areaId && a.planId === activity.planId);
  if (stored && activity.planId !== stored.planId) fields.planId = editMessages.otherPlan;
  if (!area) fields.areaId = editMessages.unknownArea;
  else if (area.endedOn && changed(area.id, stored && [stored.areaId]))
    fields.areaId = editMessages.endedArea;
  const departmentError = (id: string, before: readonly string[] | undefined) => {
    const department = departments.get(id);
    if (!department) return editMessages.unknownDepartment;
    return department.endedOn && changed(id, before) ? editMessages.endedDepartment : undefined;
  };
  const responsible = departmentError(
    activity.responsibleDepartmentId,
    stored && [stored.responsibleDepartmentId],
  );
  if (responsible) fields.responsibleDepartmentId = responsible;
  const co = activity.coResponsibleDepartmentIds
    .map((id) => departmentError(id, stored?.coResponsibleDepartmentIds))
    .find(Boolean);
  if (co) fields.coResponsibleDepartmentIds = co;
  const goals = new Set(snapshot.goals.map((g) => g.id));
  if ((activity.goalIds ?? []).some((id) => !goals.has(id)))
    fields.goalIds = editMessages.unknownGoal;
  if (!fields.areaId && hasDuplicateTitle(snapshot.activities, activity))
    fields.title = planWorkMessages.duplicateTitle;
  return fields;
}

function trimmedIndicator(indicator: Indicator): Indicator {
  const { endReason, ...rest } = indicator;
  const reason = endReason?.trim();
  return { ...rest, name: indicator.name.trim(), ...(reason ? { endReason: reason } : {}) };
}

/** The activity with its texts trimmed, as validation checks and the store keeps them. */
export function trimmed(activity: Activity): Activity {
  return {
    ...activity,
    title: activity.title.trim(),
    ...(activity.description === undefined ? {} : { description: activity.description.trim() }),
    ...(activity.expectedOutcome === undefined
      ? {}
      : { expectedOutcome: activity.expectedOutcome.trim() }),
    ...(activity.ended === undefined
      ? {}
      : { ended: { ...activity.ended, reason: activity.ended.reason.trim() } }),
    ...(activity.indicators === undefined
      ? {}
      : { indicators: activity.indicators.map(trimmedIndicator) }),
  };
}

export async function editActivity(
  deps: EditActivityDeps,
  input: EditActivityInput,
): Promise<Result<Versioned<Activity>>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(input.caller),
    deps.store.loadPlan({ planId: input.activity.planId }),
  ]);
  if (!allowed.ok) return allowed;
  if (!snapshot.ok)
    return snapshot.error.reason === 'notFound' ? fail('notFound', editMessages.unknown) : snapshot;
  const stored = snapshot.value.activities.find((a) => a.id === input.activityId);
  if (!stored) return fail('notFound', editMessages.unknown);
  const readOnly = readOnlyRefusal(snapshot.value, stored.planId);
  if (readOnly) return readOnly;
  if (input.activity.id !== input.activityId)
    return fail('invalid', editMessages.otherId, { fields: { id: editMessages.otherId } });
  const texts = [
    ...fieldErrors(input.activity),
    ...removedIndicatorErrors(stored.indicators ?? [], input.activity.indicators ?? []),
  ];
  const fields: Record<string, string> = {
    ...referenceErrors(snapshot.value, stored, input.activity),
    ...fundsErrors(snapshot.value, input.activity),
    ...Object.fromEntries(texts.map((e) => [e.field, e.message])),
  };
  if (Object.keys(fields).length > 0) {
    const personal = texts.some((e) => e.reason === 'personalData');
    const reason = personal ? 'personalData' : 'invalid';
    return fail(reason, editMessages[reason], { fields });
  }
  const activity = trimmed(input.activity);
  const saved = await deps.store.saveActivity(activity, input.expectedVersion);
  if (!saved.ok || !raisesAllocation(stored, activity)) return saved;
  return commitAllocation(deps, snapshot.value, stored, saved.value);
}
