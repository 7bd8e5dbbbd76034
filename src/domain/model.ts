import { z } from 'zod';
import { referenceProblems } from './model-references.js';

/**
 * The plan model. Schemas are the single source of the types (z.infer); every
 * piece of data that enters the domain (seed, SharePoint, cards, the tab's API)
 * is parsed with them first.
 */

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(100);
const title = z.string().trim().min(1).max(255);

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
  description: z.string().max(1000).optional(),
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
    parentPlanId: id.optional(),
    /** The board that adopted the plan, or (while proposed) is to adopt it. */
    adoptedBy: z.string().max(255).optional(),
    /** Set exactly when the plan is adopted; a month-precise date is stored as its first day. */
    adoptedOn: isoDate.optional(),
    /** 'month' when only the month of adoption is known (absent: the day is known). */
    adoptedOnPrecision: z.enum(['day', 'month']).optional(),
    /** The date of the proposal (tjänsteskrivelse). */
    proposedOn: isoDate.optional(),
    status: z.enum(['proposed', 'adopted']),
    coordinatingDepartmentId: id.optional(),
    developmentFundsTkr: z.number().int().nonnegative().optional(),
    goalIds: z.array(id),
    description: z.string().max(4000).optional(),
  })
  .refine((p) => (p.status === 'adopted') === (p.adoptedOn !== undefined), {
    message: 'En antagen plan har ett antagandedatum; ett förslag har inget.',
    path: ['adoptedOn'],
  })
  .refine((p) => p.parentPlanId !== p.id, {
    message: 'En plan kan inte komplettera sig själv.',
    path: ['parentPlanId'],
  });
export type Plan = z.infer<typeof PlanSchema>;

export const planKindLabelsSv: Readonly<Record<Plan['kind'], string>> = {
  actionPlan: 'Handlingsplan',
  activityPlan: 'Aktivitetsplan',
};

export const DevelopmentAreaSchema = z.object({
  id,
  planId: id,
  order: z.number().int().nonnegative(),
  title,
  description: z.string().max(2000).optional(),
});
export type DevelopmentArea = z.infer<typeof DevelopmentAreaSchema>;

export const DepartmentSchema = z.object({
  id,
  name: title,
  /** The board(s) the department serves; absent when the source does not name it. */
  board: z.string().trim().min(1).max(255).optional(),
  /** The working group's own coordinating department (escalations, summaries). */
  coordinating: z.boolean().default(false),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const FinancingSchema = z.enum(['ownBudget', 'developmentFunds', 'other']);
export type Financing = z.infer<typeof FinancingSchema>;

export const financingLabelsSv: Readonly<Record<Financing, string>> = {
  ownBudget: 'Inom förvaltningens befintliga budgetram',
  developmentFunds: 'Utvecklingsmedel för arbetet mot hedersrelaterat våld och förtryck',
  other: 'Annan finansiering',
};

export const ActivitySchema = z
  .object({
    id,
    planId: id,
    areaId: id,
    title,
    description: z.string().max(2000).optional(),
    responsibleDepartmentId: id,
    coResponsibleDepartmentIds: z.array(id),
    start: isoDate,
    end: isoDate,
    expectedOutcome: z.string().max(1000).optional(),
    financing: FinancingSchema,
    /** Activities the seed document does not list, added as examples. */
    example: z.boolean().default(false),
  })
  .refine((a) => a.start <= a.end, {
    message: 'Slutdatum får inte vara före startdatum.',
    path: ['end'],
  })
  .refine((a) => !a.coResponsibleDepartmentIds.includes(a.responsibleDepartmentId), {
    message: 'Ansvarig förvaltning kan inte också vara medansvarig.',
    path: ['coResponsibleDepartmentIds'],
  });
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
  })
  .refine((r) => r.periodStart <= r.periodEnd, {
    message: 'Perioden slutar före den börjar.',
    path: ['periodEnd'],
  })
  .refine((r) => r.opensOn <= r.dueOn && r.dueOn <= r.closesOn, {
    message: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
    path: ['dueOn'],
  });
export type FollowUpRound = z.infer<typeof FollowUpRoundSchema>;

export const AnswerSourceSchema = z.enum(['card', 'tab']);

export const FollowUpSchema = z.object({
  roundId: id,
  activityId: id,
  departmentId: id,
  status: FollowUpStatusSchema,
  comment: z.string().max(1000).default(''),
  nextSteps: z.string().max(500).default(''),
  answeredBy: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  answeredAt: isoDateTime,
  source: AnswerSourceSchema,
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
  attempts: z.number().int().nonnegative(),
  attemptId: z.string().optional(),
  reservedAt: isoDateTime.optional(),
  sentAt: isoDateTime.optional(),
  messageId: z.string().optional(),
  conversationId: z.string().optional(),
  lastError: z.string().max(1000).optional(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

const PlanDataShape = z.object({
  plan: PlanSchema,
  parentPlan: PlanSchema.optional(),
  goals: z.array(GoalSchema),
  areas: z.array(DevelopmentAreaSchema),
  departments: z.array(DepartmentSchema),
  activities: z.array(ActivitySchema),
  rounds: z.array(FollowUpRoundSchema),
  followUps: z.array(FollowUpSchema),
});

/** A whole plan as the tab's overview and the seed see it; every reference must resolve. */
export const PlanDataSchema = PlanDataShape.superRefine((data, ctx) => {
  for (const [path, message] of referenceProblems(data)) {
    ctx.addIssue({ code: 'custom', path: [...path], message });
  }
});
export type PlanData = z.infer<typeof PlanDataSchema>;
