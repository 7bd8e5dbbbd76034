import type { Activity, DevelopmentArea, FollowUpRound, Plan } from './model.js';

/**
 * A plan's life: proposed → adopted (the decision recorded: board, date, paragraph or
 * diarienummer) → replaced (by a newer version, "Ny version"). A replaced plan is read-only:
 * nothing of it, its areas or its activities is written again, while its rounds and reports stay
 * readable. Nothing is deleted. Pure rules; the use cases in src/app/use-cases/plans.ts apply them.
 */

export const planMessages = {
  readOnly: (title: string) =>
    `Planen "${title}" är ersatt av en nyare version och kan inte längre ändras.`,
  alreadyAdopted: 'Planen är redan antagen.',
  notAdopted: 'Bara en antagen plan kan få en ny version.',
  pendingVersion: (title: string) => `Det finns redan ett förslag till ny version: "${title}".`,
  unknown: 'Planen finns inte.',
  unknownParent: 'Planen som den ska komplettera finns inte.',
  parentReplaced: 'Planen som den ska komplettera är ersatt; välj den gällande versionen.',
  parentNotAction: 'En plan kan bara komplettera en handlingsplan.',
  unknownGoal: (id: string) => `Målet ${id} finns inte.`,
  unknownDepartment: 'Förvaltningen finns inte.',
  funds: 'Utvecklingsmedlen anges i hela tkr, 0 eller mer.',
  alsoPlans: 'En omgång kan bara följa upp planen tillsammans med den plan den kompletterar.',
  stale: 'Planen har ändrats av någon annan under tiden; inget ändrades.',
  notAdoptedDecision: 'Bara en antagen plan har ett beslut att rätta.',
  ownParent: 'En plan kan inte komplettera sig själv.',
  /** Adopting a new version while rounds of the plan it replaces are not closed. */
  roundsNotClosed: (titles: readonly string[]) =>
    `${swedishList(titles)} pågår för planen som ersätts. ${
      titles.length === 1 ? 'Stäng omgången' : 'Stäng omgångarna'
    } innan den nya versionen antas.`,
} as const;

/** "A", "A och B", "A, B och C". */
function swedishList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]!}`;
}

/**
 * The rounds not closed that follow `planId` up, as their own plan or one they also cover: a
 * plan they follow up is not replaced under them (a period is followed up by one version).
 */
export function roundsNotClosed<R extends Pick<FollowUpRound, 'planId' | 'alsoPlanIds' | 'state'>>(
  rounds: readonly R[],
  planId: string,
): R[] {
  return rounds.filter((r) => r.state !== 'closed' && roundPlanIds(r).includes(planId));
}

/** A replaced plan (or the plan of an item) can no longer be changed. */
export function isReadOnly(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'replaced';
}

/** The items of one plan (a snapshot also carries those of the plans its rounds cover). */
function ofPlan<T extends { readonly planId: string }>(items: readonly T[], planId: string): T[] {
  return items.filter((item) => item.planId === planId);
}

/** The plans a round follows up: its own and those it also covers (the parent plan). */
export function roundPlanIds(round: Pick<FollowUpRound, 'planId' | 'alsoPlanIds'>): string[] {
  return [round.planId, ...(round.alsoPlanIds ?? [])];
}

/** A round may also cover its plan's parent plan, nothing else; undefined when allowed. */
export function alsoPlansProblem(plan: Plan, alsoPlanIds: readonly string[]): string | undefined {
  return alsoPlanIds.every((id) => id === plan.parentPlanId) ? undefined : planMessages.alsoPlans;
}

/**
 * The plans in use: not replaced, and not a proposal for a new version of a plan still in force
 * (until it is adopted, the version in force is the one shown and reminded about).
 */
export function plansInForce(plans: readonly Plan[]): Plan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return plans.filter((p) => {
    if (isReadOnly(p)) return false;
    const previous = p.previousVersionId ? byId.get(p.previousVersionId) : undefined;
    return !(p.status === 'proposed' && previous && !isReadOnly(previous));
  });
}

export type Decision = {
  /** The board that adopted the plan. */
  readonly adoptedBy: string;
  readonly adoptedOn: string;
  /** Paragraph or diarienummer, free text. */
  readonly decision: string;
};

/** The plan as adopted by the decision (a day-precise date). */
export function adopted(plan: Plan, decision: Decision): Plan {
  const { adoptedOnPrecision: _precision, ...rest } = plan;
  return {
    ...rest,
    status: 'adopted',
    adoptedBy: decision.adoptedBy,
    adoptedOn: decision.adoptedOn,
    ...(decision.decision ? { decision: decision.decision } : {}),
  };
}

/** The decision a plan records already (an adoption sent again is the same adoption). */
export function sameDecision(plan: Plan, decision: Decision): boolean {
  return (
    plan.status === 'adopted' &&
    plan.adoptedBy === decision.adoptedBy &&
    plan.adoptedOn === decision.adoptedOn &&
    (plan.decision ?? '') === decision.decision
  );
}

/** 1 for a plan that revises none, 2 for its first new version, and so on. */
export function versionNumber(plans: readonly Plan[], plan: Plan): number {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const seen = new Set([plan.id]);
  let n = 1;
  let at: Plan | undefined = plan;
  while (at?.previousVersionId && !seen.has(at.previousVersionId)) {
    seen.add(at.previousVersionId);
    n += 1;
    at = byId.get(at.previousVersionId);
  }
  return n;
}

/** An id of version `n`: `A1.1` → `A1.1-v2`, `A1.1-v2` → `A1.1-v3`. */
export function versionedId(id: string, n: number): string {
  return `${id.replace(/-v\d+$/, '').slice(0, 95)}-v${n}`;
}

export type PlanVersion = {
  readonly plan: Plan;
  readonly areas: readonly DevelopmentArea[];
  readonly activities: readonly Activity[];
};

/**
 * "Ny version": a proposal revising `plan`, with copies of its areas and goal links and of the
 * activities that are not ended (with their goals, indicators not ended and funds); areas that
 * ended stay behind unless an activity still in force is in one.
 */
export function newVersion(
  plans: readonly Plan[],
  plan: Plan,
  areas: readonly DevelopmentArea[],
  activities: readonly Activity[],
): PlanVersion {
  const n = versionNumber(plans, plan) + 1;
  const {
    adoptedOn: _on,
    adoptedOnPrecision: _precision,
    decision: _decision,
    proposedOn: _proposed,
    ...kept
  } = plan;
  const next: Plan = {
    ...kept,
    id: versionedId(plan.id, n),
    status: 'proposed',
    previousVersionId: plan.id,
  };
  const copied = ofPlan(activities, plan.id).filter((a) => a.ended === undefined);
  const used = new Set(copied.map((a) => a.areaId));
  const keptAreas = ofPlan(areas, plan.id).filter((a) => a.endedOn === undefined || used.has(a.id));
  return {
    plan: next,
    areas: keptAreas.map(({ endedOn: _ended, ...area }) => ({
      ...area,
      id: versionedId(area.id, n),
      planId: next.id,
    })),
    activities: copied.map(({ indicators, ...activity }) => {
      // Ended indicators stay with the old version (its rounds hold their values).
      const current = indicators?.filter((i) => i.endedOn === undefined);
      return {
        ...activity,
        ...(current?.length ? { indicators: current } : {}),
        id: versionedId(activity.id, n),
        planId: next.id,
        areaId: versionedId(activity.areaId, n),
      };
    }),
  };
}

/** The first version of `plan` (itself when it revises none). */
function firstVersion(plans: readonly Plan[], plan: Plan): Plan {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const seen = new Set([plan.id]);
  let at = plan;
  for (let previous = byId.get(at.previousVersionId ?? ''); previous && !seen.has(previous.id);) {
    seen.add(previous.id);
    at = previous;
    previous = byId.get(at.previousVersionId ?? '');
  }
  return at;
}

/**
 * The id of a new area or activity of `plan` (`id` as the plan would number it, `area-5` or
 * `A2.4`), unique among every plan's items without reading them: a new version's items end in
 * `-v{n}` as its copies do, and a plan whose own items (`ownIds`) do not have plain ids (every
 * plan but the seeded one) puts its first version's id in front: `drogplan-area-1`.
 */
export function planItemId(
  plans: readonly Plan[],
  plan: Plan,
  ownIds: readonly string[],
  id: string,
): string {
  const prefix = `${firstVersion(plans, plan).id.slice(0, 40)}-`;
  const plain = ownIds.length > 0 && ownIds.every((own) => !own.startsWith(prefix));
  const scoped = plain ? id : `${prefix}${id}`;
  const n = versionNumber(plans, plan);
  return n > 1 ? versionedId(scoped, n) : scoped;
}

/** The id of a new plan: its title in lower case ASCII with dashes, made unique among `taken`. */
export function planIdFor(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90) || 'plan';
  let id = base;
  for (let i = 2; taken.has(id); i += 1) id = `${base}-${i}`;
  return id;
}
