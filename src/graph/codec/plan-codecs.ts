import type {
  Activity,
  Department,
  DevelopmentArea,
  FollowUpRound,
  Goal,
  Plan,
} from '../../domain/model.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { choiceMap } from './choices.js';
import {
  boolean,
  date,
  lookupId,
  lookupIds,
  json,
  number,
  text,
  writeDate,
  writeJson,
  writeLookup,
  writeLookups,
  type Fields,
} from './fields.js';
import { requireItem, type KeyMaps } from './key-maps.js';

/**
 * Plan data ↔ SharePoint fields, one pair per list. Decoders return candidates that the store
 * parses with the model's schemas; encoders give every column (null clears one on update).
 */
export function planCodecs(schema: SiteSchema) {
  const goalLevel = choiceMap(schema, 'Goals', 'Level');
  const planKind = choiceMap(schema, 'Plans', 'Kind');
  const planStatus = choiceMap(schema, 'Plans', 'PlanStatus');
  const precision = choiceMap(schema, 'Plans', 'AdoptedOnPrecision');
  const roundKind = choiceMap(schema, 'FollowUpRounds', 'RoundKind');
  const roundState = choiceMap(schema, 'FollowUpRounds', 'RoundState');
  const financing = choiceMap(schema, 'Activities', 'Financing');
  const endedAs = choiceMap(schema, 'Activities', 'EndedAs');
  const optional = (value: string | undefined) => value ?? null;
  /** An empty multi-lookup reads as absent, as a record written without it. */
  const optionalList = (ids: string[]) => (ids.length > 0 ? ids : undefined);
  /** All three columns or none: a half-ended activity is refused by the schema, not guessed. */
  const endedOf = (f: Fields): unknown => {
    const as = text(f, 'EndedAs');
    if (as === undefined && date(f, 'EndedOn') === undefined) return undefined;
    return { as: endedAs.code(as), on: date(f, 'EndedOn'), reason: text(f, 'EndReason') };
  };

  return {
    departments: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        id: text(f, 'Key'),
        name: text(f, 'Title'),
        board: text(f, 'Board'),
        coordinating: boolean(f, 'Coordinating'),
        endedOn: date(f, 'EndedOn'),
        mergedIntoId: maps.Departments.key(lookupId(f, 'MergedInto')),
        formerNames: json(f, 'FormerNames'),
      }),
      encode: (d: Department, maps: KeyMaps) => ({
        Title: d.name,
        Key: d.id,
        Board: optional(d.board),
        Coordinating: d.coordinating,
        EndedOn: writeDate(d.endedOn),
        ...writeLookup(
          'MergedInto',
          d.mergedIntoId && requireItem(maps, 'Departments', d.mergedIntoId),
        ),
        FormerNames: writeJson(d.formerNames),
      }),
    },
    goals: {
      decode: (f: Fields): unknown => ({
        id: text(f, 'Key'),
        level: goalLevel.code(text(f, 'Level')),
        title: text(f, 'Title'),
        description: text(f, 'Description'),
      }),
      encode: (g: Goal) => ({
        Title: g.title,
        Key: g.id,
        Level: goalLevel.label(g.level),
        Description: optional(g.description),
      }),
    },
    plans: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        id: text(f, 'Key'),
        kind: planKind.code(text(f, 'Kind')),
        title: text(f, 'Title'),
        parentPlanId: maps.Plans.key(lookupId(f, 'ParentPlan')),
        adoptedBy: text(f, 'AdoptedBy'),
        adoptedOn: date(f, 'AdoptedOn'),
        adoptedOnPrecision: precision.code(text(f, 'AdoptedOnPrecision')),
        proposedOn: date(f, 'ProposedOn'),
        status: planStatus.code(text(f, 'PlanStatus')),
        coordinatingDepartmentId: maps.Departments.key(lookupId(f, 'CoordinatingDepartment')),
        developmentFundsTkr: number(f, 'DevelopmentFundsTkr'),
        goalIds: optionalList(lookupIds(f, 'Goals').map((id) => maps.Goals.key(id) ?? `?${id}`)),
        description: text(f, 'Description'),
        decision: text(f, 'Decision'),
        previousVersionId: maps.Plans.key(lookupId(f, 'PreviousVersion')),
      }),
      encode: (p: Plan, maps: KeyMaps) => ({
        Title: p.title,
        Key: p.id,
        Kind: planKind.label(p.kind),
        ...writeLookup('ParentPlan', p.parentPlanId && requireItem(maps, 'Plans', p.parentPlanId)),
        AdoptedBy: optional(p.adoptedBy),
        AdoptedOn: writeDate(p.adoptedOn),
        AdoptedOnPrecision: p.adoptedOnPrecision ? precision.label(p.adoptedOnPrecision) : null,
        ProposedOn: writeDate(p.proposedOn),
        PlanStatus: planStatus.label(p.status),
        ...writeLookup(
          'CoordinatingDepartment',
          p.coordinatingDepartmentId &&
            requireItem(maps, 'Departments', p.coordinatingDepartmentId),
        ),
        DevelopmentFundsTkr: p.developmentFundsTkr ?? null,
        ...writeLookups(
          'Goals',
          p.goalIds.map((id) => requireItem(maps, 'Goals', id)),
        ),
        Description: optional(p.description),
        Decision: optional(p.decision),
        ...writeLookup(
          'PreviousVersion',
          p.previousVersionId && requireItem(maps, 'Plans', p.previousVersionId),
        ),
      }),
    },
    areas: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        id: text(f, 'Key'),
        planId: maps.Plans.key(lookupId(f, 'Plan')),
        order: number(f, 'SortOrder'),
        title: text(f, 'Title'),
        description: text(f, 'Description'),
        endedOn: date(f, 'EndedOn'),
      }),
      encode: (a: DevelopmentArea, maps: KeyMaps) => ({
        Title: a.title,
        Key: a.id,
        ...writeLookup('Plan', requireItem(maps, 'Plans', a.planId)),
        SortOrder: a.order,
        Description: optional(a.description),
        EndedOn: writeDate(a.endedOn),
      }),
    },
    rounds: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        id: text(f, 'Key'),
        planId: maps.Plans.key(lookupId(f, 'Plan')),
        kind: roundKind.code(text(f, 'RoundKind')),
        title: text(f, 'Title'),
        periodStart: date(f, 'PeriodStart'),
        periodEnd: date(f, 'PeriodEnd'),
        opensOn: date(f, 'OpensOn'),
        dueOn: date(f, 'DueOn'),
        closesOn: date(f, 'ClosesOn'),
        state: roundState.code(text(f, 'RoundState')),
        alsoPlanIds: optionalList(
          lookupIds(f, 'AlsoPlans').map((id) => maps.Plans.key(id) ?? `?${id}`),
        ),
      }),
      encode: (r: FollowUpRound, maps: KeyMaps) => ({
        Title: r.title,
        Key: r.id,
        ...writeLookup('Plan', requireItem(maps, 'Plans', r.planId)),
        RoundKind: roundKind.label(r.kind),
        PeriodStart: writeDate(r.periodStart),
        PeriodEnd: writeDate(r.periodEnd),
        OpensOn: writeDate(r.opensOn),
        DueOn: writeDate(r.dueOn),
        ClosesOn: writeDate(r.closesOn),
        RoundState: roundState.label(r.state),
        ...writeLookups(
          'AlsoPlans',
          (r.alsoPlanIds ?? []).map((id) => requireItem(maps, 'Plans', id)),
        ),
      }),
    },
    activities: {
      decode: (f: Fields, maps: KeyMaps): unknown => ({
        id: text(f, 'Key'),
        planId: maps.Plans.key(lookupId(f, 'Plan')),
        areaId: maps.DevelopmentAreas.key(lookupId(f, 'Area')),
        title: text(f, 'Title'),
        description: text(f, 'Description'),
        responsibleDepartmentId: maps.Departments.key(lookupId(f, 'ResponsibleDepartment')),
        coResponsibleDepartmentIds: lookupIds(f, 'CoResponsibleDepartments').map(
          (id) => maps.Departments.key(id) ?? `?${id}`,
        ),
        start: date(f, 'StartDate'),
        end: date(f, 'EndDate'),
        expectedOutcome: text(f, 'ExpectedOutcome'),
        financing: financing.code(text(f, 'Financing')),
        example: boolean(f, 'Example'),
        goalIds: optionalList(lookupIds(f, 'Goals').map((id) => maps.Goals.key(id) ?? `?${id}`)),
        ended: endedOf(f),
        allocatedTkr: number(f, 'AllocatedTkr'),
        indicators: json(f, 'Indicators'),
      }),
      encode: (a: Activity, maps: KeyMaps) => ({
        Title: a.title,
        Key: a.id,
        ...writeLookup('Plan', requireItem(maps, 'Plans', a.planId)),
        ...writeLookup('Area', requireItem(maps, 'DevelopmentAreas', a.areaId)),
        ...writeLookup(
          'ResponsibleDepartment',
          requireItem(maps, 'Departments', a.responsibleDepartmentId),
        ),
        ...writeLookups(
          'CoResponsibleDepartments',
          a.coResponsibleDepartmentIds.map((id) => requireItem(maps, 'Departments', id)),
        ),
        StartDate: writeDate(a.start),
        EndDate: writeDate(a.end),
        Description: optional(a.description),
        ExpectedOutcome: optional(a.expectedOutcome),
        Financing: financing.label(a.financing),
        Example: a.example,
        ...writeLookups(
          'Goals',
          (a.goalIds ?? []).map((id) => requireItem(maps, 'Goals', id)),
        ),
        EndedAs: a.ended ? endedAs.label(a.ended.as) : null,
        EndedOn: writeDate(a.ended?.on),
        EndReason: a.ended ? a.ended.reason : null,
        AllocatedTkr: a.allocatedTkr ?? null,
        Indicators: writeJson(a.indicators),
      }),
    },
  };
}

export type PlanCodecs = ReturnType<typeof planCodecs>;
