import type { Activity } from '../../domain/model.js';
import { validateDate, validateText, type FieldError } from '../../domain/validation.js';
import type { Authorization, Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, Versioned } from '../ports.js';
import { fail, type Result } from '../result.js';
import { readOnlyRefusal } from './plans.js';

/**
 * The working group edits an activity (title, description, area, departments, dates, expected
 * outcome, financing). The same text rules and personal-data guard as everywhere; references
 * must exist in the plan; the save carries the version the user saw, so a change made meanwhile
 * comes back as `conflict` with the stored activity and nothing is overwritten.
 */

export type EditActivityDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
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
} as const;

/** The text rules, the personal-data guard and the storable date range, per field. */
function fieldErrors(activity: Activity): FieldError[] {
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
  ];
  return checks.filter((e): e is FieldError => e !== undefined);
}

function referenceErrors(
  snapshot: PlanSnapshot,
  stored: Activity,
  activity: Activity,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const departments = new Set(snapshot.departments.map((d) => d.id));
  if (activity.planId !== stored.planId) fields.planId = editMessages.otherPlan;
  if (!snapshot.areas.some((a) => a.id === activity.areaId))
    fields.areaId = editMessages.unknownArea;
  if (!departments.has(activity.responsibleDepartmentId))
    fields.responsibleDepartmentId = editMessages.unknownDepartment;
  if (activity.coResponsibleDepartmentIds.some((id) => !departments.has(id)))
    fields.coResponsibleDepartmentIds = editMessages.unknownDepartment;
  return fields;
}

/** The activity with its texts trimmed, as validation checks and the store keeps them. */
function trimmed(activity: Activity): Activity {
  return {
    ...activity,
    title: activity.title.trim(),
    ...(activity.description === undefined ? {} : { description: activity.description.trim() }),
    ...(activity.expectedOutcome === undefined
      ? {}
      : { expectedOutcome: activity.expectedOutcome.trim() }),
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
  const texts = fieldErrors(input.activity);
  const fields: Record<string, string> = {
    ...referenceErrors(snapshot.value, stored, input.activity),
    ...Object.fromEntries(texts.map((e) => [e.field, e.message])),
  };
  if (Object.keys(fields).length > 0) {
    const personal = texts.some((e) => e.reason === 'personalData');
    const reason = personal ? 'personalData' : 'invalid';
    return fail(reason, editMessages[reason], { fields });
  }
  return deps.store.saveActivity(trimmed(input.activity), input.expectedVersion);
}
