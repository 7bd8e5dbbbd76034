/**
 * Referential integrity of a whole plan (PlanDataSchema refuses data that fails it).
 * Typed structurally so that model.ts can use it without an import cycle.
 */

type Path = (string | number)[];
export type ReferenceProblem = readonly [path: Path, message: string];

type Identified = { readonly id: string };
type PlanLike = Identified & {
  readonly kind: string;
  readonly parentPlanId?: string | undefined;
  readonly coordinatingDepartmentId?: string | undefined;
  readonly goalIds: readonly string[];
};
type PlanDataLike = {
  readonly plan: PlanLike;
  readonly parentPlan?: PlanLike | undefined;
  readonly goals: readonly Identified[];
  readonly areas: readonly (Identified & { readonly planId: string })[];
  readonly departments: readonly Identified[];
  readonly activities: readonly (Identified & {
    readonly planId: string;
    readonly areaId: string;
    readonly responsibleDepartmentId: string;
    readonly coResponsibleDepartmentIds: readonly string[];
  })[];
  readonly rounds: readonly (Identified & { readonly planId: string })[];
  readonly followUps: readonly {
    readonly roundId: string;
    readonly activityId: string;
    readonly departmentId: string;
  }[];
};

/** Every dangling reference and duplicate id, with the path to the offending value. */
export function referenceProblems(d: PlanDataLike): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const idsOf = (xs: readonly Identified[]) => new Set(xs.map((x) => x.id));
  const known = {
    Målet: idsOf(d.goals),
    Området: idsOf(d.areas),
    Förvaltningen: idsOf(d.departments),
    Aktiviteten: idsOf(d.activities),
    Omgången: idsOf(d.rounds),
  };
  const expect = (what: keyof typeof known, id: string, path: Path) => {
    if (!known[what].has(id)) problems.push([path, `${what} ${id} finns inte i planen.`]);
  };
  problems.push(...duplicateProblems(d));
  problems.push(...planProblems(d));
  for (const [key, p] of [
    ['plan', d.plan],
    ['parentPlan', d.parentPlan],
  ] as const) {
    p?.goalIds.forEach((g, i) => expect('Målet', g, [key, 'goalIds', i]));
  }
  const coordinating = d.plan.coordinatingDepartmentId;
  if (coordinating !== undefined) {
    expect('Förvaltningen', coordinating, ['plan', 'coordinatingDepartmentId']);
  }
  d.activities.forEach((a, i) => {
    expect('Området', a.areaId, ['activities', i, 'areaId']);
    expect('Förvaltningen', a.responsibleDepartmentId, [
      'activities',
      i,
      'responsibleDepartmentId',
    ]);
    a.coResponsibleDepartmentIds.forEach((dep, j) =>
      expect('Förvaltningen', dep, ['activities', i, 'coResponsibleDepartmentIds', j]),
    );
  });
  d.followUps.forEach((f, i) => {
    expect('Omgången', f.roundId, ['followUps', i, 'roundId']);
    expect('Aktiviteten', f.activityId, ['followUps', i, 'activityId']);
    expect('Förvaltningen', f.departmentId, ['followUps', i, 'departmentId']);
  });
  return problems;
}

function planProblems(d: PlanDataLike): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  if (d.plan.parentPlanId !== d.parentPlan?.id || d.parentPlan?.kind === 'activityPlan') {
    problems.push([['parentPlan'], 'Den överordnade planen saknas eller är ingen handlingsplan.']);
  }
  const parts = [
    ['areas', d.areas],
    ['activities', d.activities],
    ['rounds', d.rounds],
  ] as const;
  for (const [key, xs] of parts) {
    xs.forEach((x, i) => {
      if (x.planId !== d.plan.id) {
        problems.push([[key, i, 'planId'], `Hör till planen ${x.planId}, inte ${d.plan.id}.`]);
      }
    });
  }
  return problems;
}

function duplicateProblems(d: PlanDataLike): ReferenceProblem[] {
  const keyed = {
    goals: d.goals.map((x) => x.id),
    areas: d.areas.map((x) => x.id),
    departments: d.departments.map((x) => x.id),
    activities: d.activities.map((x) => x.id),
    rounds: d.rounds.map((x) => x.id),
    followUps: d.followUps.map((f) => `${f.roundId}/${f.activityId}`),
  };
  return Object.entries(keyed).flatMap(([key, keys]) => {
    const seen = new Set<string>();
    return keys.flatMap((k, i): ReferenceProblem[] => {
      if (seen.has(k)) return [[[key, i], `${k} förekommer mer än en gång.`]];
      seen.add(k);
      return [];
    });
  });
}
