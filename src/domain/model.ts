import { z } from 'zod';

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

export const PlanSchema = z.object({
  id,
  kind: z.enum(['actionPlan', 'activityPlan']),
  title,
  /** The action plan an activity plan complements. */
  parentPlanId: id.optional(),
  adoptedBy: z.string().max(255).optional(),
  /** Adoption (or proposal) date; a month-precise date is stored as its first day. */
  adoptedOn: isoDate.optional(),
  status: z.enum(['proposed', 'adopted']),
  coordinatingDepartmentId: id.optional(),
  developmentFundsTkr: z.number().int().nonnegative().optional(),
  goalIds: z.array(id),
  description: z.string().max(4000).optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

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
  board: z.string().max(255),
  /** The working group's own coordinating department (escalations, summaries). */
  coordinating: z.boolean().default(false),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const FinancingSchema = z.enum(['ownBudget', 'developmentFunds', 'other']);
export type Financing = z.infer<typeof FinancingSchema>;

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
export const ReminderStageSchema = z.string().regex(reminderStagePattern);
export type ReminderStage =
  'opening' | 'twoWeeks' | 'threeWorkingDays' | 'due' | `overdue-${number}`;

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

/** A whole plan as the tab's overview and the seed see it. */
export const PlanDataSchema = z.object({
  plan: PlanSchema,
  parentPlan: PlanSchema.optional(),
  goals: z.array(GoalSchema),
  areas: z.array(DevelopmentAreaSchema),
  departments: z.array(DepartmentSchema),
  activities: z.array(ActivitySchema),
  rounds: z.array(FollowUpRoundSchema),
  followUps: z.array(FollowUpSchema),
});
export type PlanData = z.infer<typeof PlanDataSchema>;
