import type { Activity, Department, DevelopmentArea } from './model.js';

/**
 * The rules of the working group's plan work: names of departments over time, which activities
 * are active, duplicate titles within an area, when an area may be ended and what a merge of two
 * departments moves. Pure functions; messages are Swedish sentences shown beside the field.
 */

export const planWorkMessages = {
  duplicateTitle: 'Det finns redan en aktivitet med den titeln i utvecklingsområdet.',
  areaHasActive: (count: number) =>
    count === 1
      ? 'Utvecklingsområdet har en aktiv aktivitet. Flytta eller avsluta den först.'
      : `Utvecklingsområdet har ${String(count)} aktiva aktiviteter. Flytta eller avsluta dem först.`,
  alreadyEnded: 'Den är redan avslutad.',
  mergeSelf: 'En förvaltning kan inte slås ihop med sig själv.',
  mergeIntoEnded: 'Den mottagande förvaltningen är avslutad.',
  departmentEnded: 'Förvaltningen är avslutad.',
  areaEnded: 'Utvecklingsområdet är avslutat.',
  sameName: 'Namnet är detsamma som nu.',
  departmentHasActive: (count: number) =>
    `Förvaltningen ansvarar för ${String(count)} aktiva aktiviteter. Slå ihop den med en annan förvaltning i stället, så flyttas de.`,
} as const;

/** The department's name as it was on `date` (YYYY-MM-DD): earlier rounds keep the name of their time. */
export function departmentNameOn(department: Department, date: string): string {
  const earlier = [...(department.formerNames ?? [])].sort((a, b) =>
    a.until.localeCompare(b.until),
  );
  return earlier.find((former) => date < former.until)?.name ?? department.name;
}

/** The department renamed on `on`: the old name is kept as valid until that day. */
export function renamedDepartment(department: Department, name: string, on: string): Department {
  const formerNames = [...(department.formerNames ?? []), { name: department.name, until: on }];
  return { ...department, name: name.trim(), formerNames };
}

export function isActiveActivity(activity: Pick<Activity, 'ended'>): boolean {
  return activity.ended === undefined;
}

export function isEndedDepartment(department: Pick<Department, 'endedOn'>, on: string): boolean {
  return department.endedOn !== undefined && department.endedOn <= on;
}

function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Another activity of the same plan and area has the same title (case and spaces aside). */
export function hasDuplicateTitle(
  activities: readonly Pick<Activity, 'id' | 'planId' | 'areaId' | 'title'>[],
  candidate: Pick<Activity, 'id' | 'planId' | 'areaId' | 'title'>,
): boolean {
  const key = titleKey(candidate.title);
  return activities.some(
    (a) =>
      a.id !== candidate.id &&
      a.planId === candidate.planId &&
      a.areaId === candidate.areaId &&
      titleKey(a.title) === key,
  );
}

/** Why the area cannot be ended now (it has active activities), or undefined when it can. */
export function areaEndRefusal(
  area: Pick<DevelopmentArea, 'id' | 'endedOn'>,
  activities: readonly Pick<Activity, 'areaId' | 'ended'>[],
): string | undefined {
  if (area.endedOn !== undefined) return planWorkMessages.alreadyEnded;
  const active = activities.filter((a) => a.areaId === area.id && isActiveActivity(a)).length;
  return active > 0 ? planWorkMessages.areaHasActive(active) : undefined;
}

/**
 * What merging department `fromId` into `intoId` changes: every active activity it is responsible
 * for moves to `intoId`, and where it is co-responsible `intoId` takes its place (never both
 * responsible and co-responsible). Ended activities stay as they were, as do given answers.
 */
export function mergedActivities<A extends Activity>(
  activities: readonly A[],
  fromId: string,
  intoId: string,
): A[] {
  const moved: A[] = [];
  for (const activity of activities) {
    if (!isActiveActivity(activity)) continue;
    const involved =
      activity.responsibleDepartmentId === fromId ||
      activity.coResponsibleDepartmentIds.includes(fromId);
    if (!involved) continue;
    const responsible =
      activity.responsibleDepartmentId === fromId ? intoId : activity.responsibleDepartmentId;
    const co = activity.coResponsibleDepartmentIds
      .map((id) => (id === fromId ? intoId : id))
      .filter((id, i, all) => id !== responsible && all.indexOf(id) === i);
    moved.push({
      ...activity,
      responsibleDepartmentId: responsible,
      coResponsibleDepartmentIds: co,
    });
  }
  return moved;
}

/** Why `fromId` cannot be merged into `intoId`, by field, or undefined when it can. */
export function mergeRefusal(
  departments: readonly Department[],
  fromId: string,
  intoId: string,
  on: string,
): Record<string, string> | undefined {
  if (fromId === intoId) return { intoId: planWorkMessages.mergeSelf };
  const from = departments.find((d) => d.id === fromId);
  const into = departments.find((d) => d.id === intoId);
  if (from && isEndedDepartment(from, on))
    return { departmentId: planWorkMessages.departmentEnded };
  if (into && isEndedDepartment(into, on)) return { intoId: planWorkMessages.mergeIntoEnded };
  return undefined;
}
