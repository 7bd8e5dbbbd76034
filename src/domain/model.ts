import { z } from './zod-mini.js';
import { referenceProblems } from './model-references.js';
import { dateRangeMessages, isStorableDate } from './date-range.js';
import { textProblemsIn } from './text-safety.js';

/**
 * The plan model. Schemas are the single source of the types (z.infer); every
 * piece of data that enters the domain (seed, SharePoint, cards, the tab's API)
 * is parsed with them first.
 */

/** A `YYYY-MM-DD` date SharePoint can store (date-range.ts). */
export const IsoDateSchema = z.iso
  .date()
  .check(z.refine(isStorableDate, { message: dateRangeMessages.sv, abort: true }));
const isoDate = IsoDateSchema;
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().check(z.minLength(1), z.maxLength(100));
const title = z.string().check(z.trim(), z.minLength(1), z.maxLength(255));

export const statusCodes = ['done', 'onTrack', 'delayed', 'notStarted', 'dropped'] as const;
export const FollowUpStatusSchema = z.enum(statusCodes);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** Swedish labels, as users and SharePoint see them. */
export const statusLabelsSv: Readonly<Record<FollowUpStatus, string>> = {
  done: 'Genomförd',
  onTrack: 'Pågår enligt plan',
  delayed: 'Försenad',
  notStarted: 'Ej påbörjad',
  dropped: 'Utgår',
};

export const statusLabelsEn: Readonly<Record<FollowUpStatus, string>> = {
  done: 'Done',
  onTrack: 'On track',
  delayed: 'Delayed',
  notStarted: 'Not started',
  dropped: 'Dropped',
};

export const GoalSchema = z.object({
  id,
  level: z.enum(['national', 'regional', 'municipal']),
  title,
  description: z.optional(z.string().check(z.maxLength(1000))),
});
export type Goal = z.infer<typeof GoalSchema>;

export const goalLevelLabelsSv: Readonly<Record<Goal['level'], string>> = {
  national: 'Nationellt mål',
  regional: 'Regionalt mål',
  municipal: 'Kommunalt mål',
};

export const PlanSchema = z
  .object({
    id,
    kind: z.enum(['actionPlan', 'activityPlan']),
    title,
    /** The action plan an activity plan complements. */
    parentPlanId: z.optional(id),
    /** The board that adopted the plan, or (while proposed) is to adopt it. */
    adoptedBy: z.optional(z.string().check(z.maxLength(255))),
    /** Set exactly when the plan is adopted; a month-precise date is stored as its first day. */
    adoptedOn: z.optional(isoDate),
    /** 'month' when only the month of adoption is known (absent: the day is known). */
    adoptedOnPrecision: z.optional(z.enum(['day', 'month'])),
    /** The date of the proposal (tjänsteskrivelse). */
    proposedOn: z.optional(isoDate),
    /** proposed → adopted (decision recorded) → replaced (by a newer version, read-only). */
    status: z.enum(['proposed', 'adopted', 'replaced']),
    /** The decision as recorded: paragraph or diarienummer, free text. */
    decision: z.optional(z.string().check(z.maxLength(255))),
    /** The plan this one revises ("Ny version"). */
    previousVersionId: z.optional(id),
    coordinatingDepartmentId: z.optional(id),
    developmentFundsTkr: z.optional(z.number().check(z.int(), z.nonnegative())),
    goalIds: z.array(id),
    description: z.optional(z.string().check(z.maxLength(4000))),
  })
  .check(
    z.refine((p) => (p.status === 'proposed') === (p.adoptedOn === undefined), {
      message: 'En antagen plan har ett antagandedatum; ett förslag har inget.',
      path: ['adoptedOn'],
    }),
    z.refine((p) => p.parentPlanId !== p.id, {
      message: 'En plan kan inte komplettera sig själv.',
      path: ['parentPlanId'],
    }),
    z.refine((p) => p.previousVersionId !== p.id, {
      message: 'En plan kan inte vara en ny version av sig själv.',
      path: ['previousVersionId'],
    }),
  );
export type Plan = z.infer<typeof PlanSchema>;

export const planKindLabelsSv: Readonly<Record<Plan['kind'], string>> = {
  actionPlan: 'Handlingsplan',
  activityPlan: 'Aktivitetsplan',
};

export const DevelopmentAreaSchema = z.object({
  id,
  planId: id,
  order: z.number().check(z.int(), z.nonnegative()),
  title,
  description: z.optional(z.string().check(z.maxLength(2000))),
  /** Set when the area was ended (archived): it stays in history and earlier reports. */
  endedOn: z.optional(isoDate),
});
export type DevelopmentArea = z.infer<typeof DevelopmentAreaSchema>;

export const DepartmentSchema = z.object({
  id,
  name: title,
  /** The board(s) the department serves; absent when the source does not name it. */
  board: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(255))),
  /** The working group's own coordinating department (escalations, summaries). */
  coordinating: z._default(z.boolean(), false),
  /** Set when the department was ended (or merged into another). */
  endedOn: z.optional(isoDate),
  /** The department that took over its activities in a reorganisation. */
  mergedIntoId: z.optional(id),
  /** Earlier names, each valid until (not including) `until`: earlier rounds keep them. */
  formerNames: z.optional(z.array(z.object({ name: title, until: isoDate }))),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const FinancingSchema = z.enum(['ownBudget', 'developmentFunds', 'other']);
export type Financing = z.infer<typeof FinancingSchema>;

export const financingLabelsSv: Readonly<Record<Financing, string>> = {
  ownBudget: 'Inom förvaltningens befintliga budgetram',
  developmentFunds: 'Utvecklingsmedel för arbetet mot hedersrelaterat våld och förtryck',
  other: 'Annan finansiering',
};

export const indicatorUnits = ['count', 'percent', 'kronor', 'yesNo'] as const;

/** A measured indicator of an activity; values are reported per round (FollowUp.indicatorValues). */
export const IndicatorSchema = z.object({
  id,
  name: title,
  unit: z.enum(indicatorUnits),
  baseline: z.optional(z.number()),
  baselineYear: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(8900))),
  target: z.optional(z.number()),
  targetYear: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(8900))),
  better: z.enum(['higher', 'lower']),
  /**
   * Set when the working group ended the indicator (nothing is deleted): it leaves the inputs of
   * rounds that open after this date and stays in earlier answers, trends and reports.
   */
  endedOn: z.optional(isoDate),
  /** Why it was ended (optional; only with `endedOn`). */
  endReason: z.optional(z.string().check(z.maxLength(1000))),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const indicatorUnitLabelsSv: Readonly<Record<Indicator['unit'], string>> = {
  count: 'antal',
  percent: 'procent',
  kronor: 'kronor',
  yesNo: 'ja/nej',
};

/** How an activity ended: "Avslutad" (completed) or "Utgår" (dropped), with reason and date. */
export const ActivityEndSchema = z.object({
  as: z.enum(['completed', 'dropped']),
  on: isoDate,
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
});
export type ActivityEnd = z.infer<typeof ActivityEndSchema>;

export const activityEndLabelsSv: Readonly<Record<ActivityEnd['as'], string>> = {
  completed: 'Avslutad',
  dropped: 'Utgår',
};

export const ActivitySchema = z
  .object({
    id,
    planId: id,
    areaId: id,
    title,
    description: z.optional(z.string().check(z.maxLength(2000))),
    responsibleDepartmentId: id,
    coResponsibleDepartmentIds: z.array(id),
    start: isoDate,
    end: isoDate,
    expectedOutcome: z.optional(z.string().check(z.maxLength(1000))),
    financing: FinancingSchema,
    /** Activities the seed document does not list, added as examples. */
    example: z._default(z.boolean(), false),
    /** The goals (national, regional, municipal) the activity serves. */
    goalIds: z.optional(z.array(id)),
    /** Set when the activity was ended: it leaves future rounds, stays in earlier ones. */
    ended: z.optional(ActivityEndSchema),
    /** Development funds allocated to the activity, in tkr. */
    allocatedTkr: z.optional(z.number().check(z.nonnegative())),
    indicators: z.optional(z.array(IndicatorSchema)),
  })
  .check(
    z.refine((a) => a.start <= a.end, {
      message: 'Slutdatum får inte vara före startdatum.',
      path: ['end'],
    }),
    z.refine((a) => !a.coResponsibleDepartmentIds.includes(a.responsibleDepartmentId), {
      message: 'Ansvarig förvaltning kan inte också vara medansvarig.',
      path: ['coResponsibleDepartmentIds'],
    }),
  );
export type Activity = z.infer<typeof ActivitySchema>;

/** Shown after an example activity's title wherever a title is shown. */
export const exampleMarkerSv = '(exempel)';

/** An activity's title as users see it: examples are always marked as such. */
export function activityTitleSv(activity: Pick<Activity, 'title' | 'example'>): string {
  return activity.example ? `${activity.title} ${exampleMarkerSv}` : activity.title;
}

export const RoundKindSchema = z.enum(['annual', 'termOfOffice', 'extra']);
export type RoundKind = z.infer<typeof RoundKindSchema>;

export const FollowUpRoundSchema = z
  .object({
    id,
    planId: id,
    kind: RoundKindSchema,
    title,
    periodStart: isoDate,
    periodEnd: isoDate,
    opensOn: isoDate,
    dueOn: isoDate,
    closesOn: isoDate,
    state: z.enum(['planned', 'open', 'closed']),
    /** Further plans the round follows up together with its own (the term round: the parent). */
    alsoPlanIds: z.optional(z.array(id)),
  })
  .check(
    z.refine((r) => r.periodStart <= r.periodEnd, {
      message: 'Perioden slutar före den börjar.',
      path: ['periodEnd'],
    }),
    z.refine((r) => r.opensOn <= r.dueOn && r.dueOn <= r.closesOn, {
      message: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
      path: ['dueOn'],
    }),
  );
export type FollowUpRound = z.infer<typeof FollowUpRoundSchema>;

export const AnswerSourceSchema = z.enum(['card', 'tab']);

export const FollowUpSchema = z.object({
  roundId: id,
  activityId: id,
  departmentId: id,
  status: FollowUpStatusSchema,
  comment: z._default(z.string().check(z.maxLength(1000)), ''),
  nextSteps: z._default(z.string().check(z.maxLength(500)), ''),
  answeredBy: z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
  }),
  answeredAt: isoDateTime,
  source: AnswerSourceSchema,
  /** Indicator values of this round by indicator id (ja/nej as 1/0); never carried across rounds. */
  indicatorValues: z.optional(z.record(z.string(), z.number())),
  /** Development funds used in the round's period, in tkr. */
  fundsUsedTkr: z.optional(z.number().check(z.nonnegative())),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const reminderStagePattern = /^(opening|twoWeeks|threeWorkingDays|due|overdue-[1-9]\d*)$/;
export type ReminderStage =
  'opening' | 'twoWeeks' | 'threeWorkingDays' | 'due' | `overdue-${number}`;
export const ReminderStageSchema = z.custom<ReminderStage>(
  (value) => typeof value === 'string' && reminderStagePattern.test(value),
  { message: 'Okänt påminnelsesteg.' },
);

export const ReminderSchema = z.object({
  roundId: id,
  departmentId: id,
  stage: ReminderStageSchema,
  /** The calendar moment the stage became due. */
  dueAt: isoDateTime,
  state: z.enum(['reserved', 'sent', 'failed', 'unreachable']),
  attempts: z.number().check(z.int(), z.nonnegative()),
  attemptId: z.optional(z.string()),
  reservedAt: z.optional(isoDateTime),
  sentAt: z.optional(isoDateTime),
  messageId: z.optional(z.string()),
  conversationId: z.optional(z.string()),
  lastError: z.optional(z.string().check(z.maxLength(1000))),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/**
 * `@__PURE__`: the whole-plan schema is the seed's, never the tab's; marked so, the tab's build
 * drops it with the reference and text checks it alone calls (about 1 KB gzip of the first view).
 */
const PlanDataShape = /* @__PURE__ */ z.object({
  plan: PlanSchema,
  parentPlan: /* @__PURE__ */ z.optional(PlanSchema),
  goals: /* @__PURE__ */ z.array(GoalSchema),
  areas: /* @__PURE__ */ z.array(DevelopmentAreaSchema),
  departments: /* @__PURE__ */ z.array(DepartmentSchema),
  activities: /* @__PURE__ */ z.array(ActivitySchema),
  rounds: /* @__PURE__ */ z.array(FollowUpRoundSchema),
  followUps: /* @__PURE__ */ z.array(FollowUpSchema),
});

/**
 * A whole plan as the seed (the plan import) sees it: every reference must resolve, and every
 * text must be one the forms would let in too (well-formed, no bidirectional controls).
 */
export const PlanDataSchema = /* @__PURE__ */ PlanDataShape.check(
  /* @__PURE__ */ z.superRefine((data, ctx) => {
    for (const [path, message] of [...referenceProblems(data), ...textProblemsIn(data)]) {
      ctx.addIssue({ code: 'custom', path: [...path], message });
    }
  }),
);
export type PlanData = z.infer<typeof PlanDataSchema>;
