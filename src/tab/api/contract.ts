import { z } from '../../domain/zod-mini.js';
import {
  ActivitySchema,
  FollowUpRoundSchema,
  FollowUpSchema,
  FollowUpStatusSchema,
  IsoDateSchema,
  RoundKindSchema,
} from '../../domain/model.js';
import { SignOffSchema } from '../../domain/sign-off.js';

/**
 * The app's HTTP API for the tab (the write side; reads go to Graph through `PlanStore.loadPlan`).
 * Implemented in `src/server`; the tab's `HttpTabBackend` is the client. Paths are relative to
 * the runtime config's `apiBase` (default `/api`). Every request carries
 * `Authorization: Bearer <the user's token>` (NAA token for the app's API scope; locally the
 * emulator's unsigned dev token). Bodies are JSON (`Content-Type: application/json`).
 *
 * | method + path                         | who               | body                    | 2xx                    |
 * | ------------------------------------- | ----------------- | ----------------------- | ---------------------- |
 * | GET  /me                              | anyone signed in  | –                       | 200 MeResponse         |
 * | GET  /rounds/calendar?from=D&to=D[&planId=P] | anyone signed in  | –                       | 200 CalendarResponse   |
 * | POST /rounds                          | working group     | OpenRoundRequest        | 201 RoundResponse      |
 * | POST /rounds/{roundId}/close          | working group     | CloseRoundRequest       | 200 RoundResponse      |
 * | POST /rounds/{roundId}/answers        | department's team | AnswersRequest          | 200 AnswersResponse    |
 * | POST /rounds/{roundId}/reminders      | working group     | ReminderRequest         | 202 ReminderResponse   |
 * | PUT  /activities/{activityId}         | working group     | ActivityUpdateRequest   | 200 ActivityResponse   |
 * | GET  /activities/{activityId}/history | anyone signed in  | –                       | 200 HistoryResponse    |
 * | POST /channels                        | working group     | ChannelLinkRequest      | 200 ChannelLinkResponse|
 * | POST /rounds/{r}/departments/{d}/sign-off | department's team | –                   | 200 SignOffResponse    |
 * | POST /rounds/{r}/departments/{d}/reopen   | working group     | –                   | 200 SignOffResponse    |
 * | POST /plans                           | working group     | PlanCreateRequest       | 201 PlanResponse       |
 * | POST /plans/{planId}/adopt            | working group     | PlanAdoptRequest        | 200 PlanResponse       |
 * | POST /plans/{planId}/versions         | working group     | PlanReviseRequest       | 201 PlanResponse       |
 * | PUT  /plans/{planId}                  | working group     | PlanUpdateRequest       | 200 PlanResponse       |
 * | PUT  /plans/{planId}/decision         | working group     | PlanAdoptRequest        | 200 PlanResponse       |
 *
 * (The last two, with their paths, in plans-contract.ts: only the lazy client carries them.)
 *
 * Errors always have the body `{ error: ApiError }` (never a bare 500):
 * - 400 `invalid` | `personalData`: `fields` maps a field to a Swedish message. Field keys are the
 *   body's field names (`title`, `end`, `allocatedTkr`, `indicators.<index>.<field>`, …); for
 *   answers `<activityId>.comment`, `<activityId>.nextSteps`, `<activityId>.status`,
 *   `<activityId>.indicator.<indicatorId>`, `<activityId>.fundsUsed`.
 * - 401 `unauthenticated`: no, malformed or expired token (the tab renews it and retries once).
 * - 403 `forbidden`: not a member of the department's team / the working group.
 * - 404 `notFound`: unknown round, activity or department.
 * - 409 `conflict`: `current` is the stored version: a versioned activity for PUT /activities, a
 *   versioned round for rounds, `{ conflicts: VersionedFollowUp[] }` for answers (the port's
 *   FollowUpConflict: the answers stored since the version the user saw). Also for answering a
 *   round that is not open, or opening a round that is already open. A sign-off while answers
 *   are missing: the message names the activities, `current` is `{ missingActivityIds }`.
 * - 403 `forbidden` also for an answer to a department that has signed off its part (locked).
 * - 429 `throttled`: header `Retry-After: <seconds>` and `retryAfterSeconds` in the body.
 * - 503 `unavailable`: Graph or Teams could not be reached; may carry Retry-After.
 * Messages are Swedish sentences a user may see.
 *
 * Answers are idempotent by (round, activity): the same request twice stores one answer. A
 * successful answer also updates the card posted in the department's channel (server side).
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
/** Dates SharePoint can store (the domain's range), so a refusal names the field. */
const isoDate = IsoDateSchema;

export const VersionedActivitySchema = z.intersection(
  ActivitySchema,
  z.object({ version: z.string() }),
);
export type VersionedActivityDto = z.infer<typeof VersionedActivitySchema>;
export const VersionedRoundSchema = z.intersection(
  FollowUpRoundSchema,
  z.object({ version: z.string() }),
);
export type VersionedRoundDto = z.infer<typeof VersionedRoundSchema>;
export const VersionedFollowUpSchema = z.intersection(
  FollowUpSchema,
  z.object({ version: z.string() }),
);
export type VersionedFollowUpDto = z.infer<typeof VersionedFollowUpSchema>;

export const apiErrorReasons = [
  'invalid',
  'personalData',
  'unauthenticated',
  'forbidden',
  'notFound',
  'conflict',
  'throttled',
  'unavailable',
] as const;
export const ApiErrorReasonSchema = z.enum(apiErrorReasons);
export type ApiErrorReason = z.infer<typeof ApiErrorReasonSchema>;

export const ApiErrorSchema = z.object({
  reason: ApiErrorReasonSchema,
  message: z.string(),
  fields: z.optional(z.record(z.string(), z.string())),
  current: z.optional(z.unknown()),
  retryAfterSeconds: z.optional(z.number().check(z.nonnegative())),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
export const ApiErrorBodySchema = z.object({ error: ApiErrorSchema });

/** Which HTTP status each reason is sent with. */
export const statusOfReason: Readonly<Record<ApiErrorReason, number>> = {
  invalid: 400,
  personalData: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  throttled: 429,
  unavailable: 503,
};

export const MeResponseSchema = z.object({
  user: z.object({
    id,
    name: z.string().check(z.minLength(1)),
    upn: z.optional(z.string()),
  }),
  isWorkingGroup: z.boolean(),
  /** Departments whose Teams team the user belongs to (may answer for). */
  departmentIds: z.array(id),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** A round the follow-up calendar proposes (not stored until opened). */
export const CalendarRoundSchema = z.object({
  kind: RoundKindSchema,
  title: z.string().check(z.minLength(1), z.maxLength(255)),
  periodStart: isoDate,
  periodEnd: isoDate,
  opensOn: isoDate,
  dueOn: isoDate,
  closesOn: isoDate,
});
export type CalendarRound = z.infer<typeof CalendarRoundSchema>;
export const CalendarResponseSchema = z.object({ rounds: z.array(CalendarRoundSchema) });
export type CalendarResponse = z.infer<typeof CalendarResponseSchema>;

/**
 * Opens a round with the dates the working group confirmed; idempotent by (kind, periodStart).
 * Rounds may overlap. A round whose closing date has come needs `confirmPast: true` (else 400
 * `invalid` with the field `confirmPast`).
 */
export const OpenRoundRequestSchema = z
  .extend(CalendarRoundSchema, {
    confirmPast: z.optional(z.boolean()),
    /** The plan the round follows up (absent: the default plan). */
    planId: z.optional(id),
    /** The parent plan, for a round following both up together. */
    alsoPlanIds: z.optional(z.array(id).check(z.maxLength(1))),
  })
  .check(
    z.refine((r) => r.opensOn <= r.dueOn && r.dueOn <= r.closesOn, {
      message: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
      path: ['dueOn'],
    }),
  );
export type OpenRoundRequest = z.infer<typeof OpenRoundRequestSchema>;
export const RoundResponseSchema = z.object({
  round: VersionedRoundSchema,
  /** Opening or closing rewrote these activities (their derived columns): id → new version. */
  activityVersions: z.optional(z.record(z.string(), z.string())),
});
export type RoundResponse = z.infer<typeof RoundResponseSchema>;

export const CloseRoundRequestSchema = z.object({
  expectedVersion: z.string(),
  planId: z.optional(id),
});
export type CloseRoundRequest = z.infer<typeof CloseRoundRequestSchema>;

export const AnswerInputSchema = z.object({
  activityId: id,
  status: FollowUpStatusSchema,
  comment: z.string().check(z.maxLength(1000)),
  nextSteps: z.string().check(z.maxLength(500)),
  /**
   * Indicator id → the value as the user typed it (`12,5`, `1 250`, `ja`/`nej`; '' removes it).
   * The server reads it with the domain's rules (answer-values.ts); indicators not named keep
   * the round's stored value.
   */
  indicatorValues: z.optional(z.record(z.string(), z.string().check(z.maxLength(100)))),
  /** Development funds used in the round, tkr as typed; absent keeps the stored amount. */
  fundsUsed: z.optional(z.string().check(z.maxLength(100))),
  /** The version the user saw; absent for a first answer. */
  expectedVersion: z.optional(z.string()),
});
export type AnswerInput = z.infer<typeof AnswerInputSchema>;
export const AnswersRequestSchema = z.object({
  departmentId: id,
  answers: z.array(AnswerInputSchema).check(z.minLength(1), z.maxLength(200)),
});
export type AnswersRequest = z.infer<typeof AnswersRequestSchema>;
export const AnswersResponseSchema = z.object({ followUps: z.array(VersionedFollowUpSchema) });
export type AnswersResponse = z.infer<typeof AnswersResponseSchema>;
/** `current` of a 409 on answers. */
export const AnswersConflictSchema = z.object({ conflicts: z.array(VersionedFollowUpSchema) });

export const ReminderRequestSchema = z.object({ departmentId: id });
export type ReminderRequest = z.infer<typeof ReminderRequestSchema>;
export const ReminderResponseSchema = z.object({
  departmentId: id,
  /** posted: a card went out now; nothingMissing: every activity answered; noChannel: unreachable. */
  outcome: z.enum(['posted', 'nothingMissing', 'noChannel']),
  postedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type ReminderResponse = z.infer<typeof ReminderResponseSchema>;

export const ActivityUpdateRequestSchema = z.object({
  activity: ActivitySchema,
  expectedVersion: z.string(),
});
export type ActivityUpdateRequest = z.infer<typeof ActivityUpdateRequestSchema>;
export const ActivityResponseSchema = z.object({ activity: VersionedActivitySchema });
export type ActivityResponse = z.infer<typeof ActivityResponseSchema>;

export const HistoryEntrySchema = FollowUpSchema;
export const HistoryResponseSchema = z.object({
  /** Every stored version of the activity's follow-ups in all rounds, newest first. */
  entries: z.array(HistoryEntrySchema),
});
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

/** Links a Teams channel to a department (the same link the bot's `koppla` makes). */
export const ChannelLinkRequestSchema = z.object({
  /** A department id, or 'workingGroup'. */
  target: id,
  teamId: z.string().check(z.minLength(1)),
  channelId: z.string().check(z.minLength(1)),
  tenantId: z.string().check(z.minLength(1)),
  channelName: z.optional(z.string().check(z.maxLength(255))),
});
export type ChannelLinkRequest = z.infer<typeof ChannelLinkRequestSchema>;
export const ChannelLinkResponseSchema = z.object({
  link: z.object({
    target: id,
    teamId: z.string(),
    channelId: z.string(),
    channelName: z.optional(z.string()),
  }),
});
export type ChannelLinkResponse = z.infer<typeof ChannelLinkResponseSchema>;

export const SignOffResponseSchema = z.object({
  signOff: z.intersection(SignOffSchema, z.object({ version: z.string() })),
});
export type SignOffResponse = z.infer<typeof SignOffResponseSchema>;

/** The paths, relative to apiBase, so server and client cannot drift. */
export const apiPaths = {
  me: () => '/me',
  calendar: (from: string, to: string, planId?: string) =>
    `/rounds/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${
      planId === undefined ? '' : `&planId=${encodeURIComponent(planId)}`
    }`,
  openRound: () => '/rounds',
  closeRound: (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/close`,
  answers: (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/answers`,
  reminders: (roundId: string) => `/rounds/${encodeURIComponent(roundId)}/reminders`,
  activity: (activityId: string) => `/activities/${encodeURIComponent(activityId)}`,
  history: (activityId: string) => `/activities/${encodeURIComponent(activityId)}/history`,
  channels: () => '/channels',
  signOff: (roundId: string, departmentId: string) =>
    `/rounds/${encodeURIComponent(roundId)}/departments/${encodeURIComponent(departmentId)}/sign-off`,
  reopen: (roundId: string, departmentId: string) =>
    `/rounds/${encodeURIComponent(roundId)}/departments/${encodeURIComponent(departmentId)}/reopen`,
  createPlan: () => '/plans',
  adoptPlan: (planId: string) => `/plans/${encodeURIComponent(planId)}/adopt`,
  revisePlan: (planId: string) => `/plans/${encodeURIComponent(planId)}/versions`,
} as const;

/** Express-style route patterns of the same paths (for the server's router). */
export const apiRoutes = {
  me: 'GET /me',
  calendar: 'GET /rounds/calendar',
  openRound: 'POST /rounds',
  closeRound: 'POST /rounds/:roundId/close',
  answers: 'POST /rounds/:roundId/answers',
  reminders: 'POST /rounds/:roundId/reminders',
  activity: 'PUT /activities/:activityId',
  history: 'GET /activities/:activityId/history',
  channels: 'POST /channels',
  signOff: 'POST /rounds/:roundId/departments/:departmentId/sign-off',
  reopen: 'POST /rounds/:roundId/departments/:departmentId/reopen',
  createPlan: 'POST /plans',
  adoptPlan: 'POST /plans/:planId/adopt',
  revisePlan: 'POST /plans/:planId/versions',
} as const satisfies Record<keyof typeof apiPaths, string>;

/**
 * The Excel import (the "Planera" view; working group only). Bodies of the two POSTs are the
 * workbook's bytes with `Content-Type: ${xlsxContentType}`, at most 10 MB (413 `invalid` with a
 * Swedish message beyond). A file that cannot be read at all is 400 `invalid` with the message
 * (and `fields.file`); problems of single rows are part of a 200 answer. Each takes the plan chosen
 * in the tab as `?plan=<id>` (withPlan; absent: the plan in force):
 *
 * | method + path           | body  | 2xx                                                   |
 * | ----------------------- | ----- | ----------------------------------------------------- |
 * | GET  /import/template   | –     | 200 the template (.xlsx) for the plan's current data  |
 * | POST /import/preview    | .xlsx | 200 ImportPreviewResponse (nothing is written)        |
 * | POST /import            | .xlsx | 200 ImportSummaryResponse (rows without problems written) |
 *
 * Types only and paths outside `apiPaths`: the first view of the tab carries none of it.
 */
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importApiPaths = {
  template: () => '/import/template',
  preview: () => '/import/preview',
  run: () => '/import',
} as const;

/** A refused row's problem: `row` is the sheet's row number, `column` the column's header. */
export type ImportProblemDto = { row: number; column: string; message: string };

export type ImportRowDto = {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'refused';
  plan: string;
  area: string;
  title: string;
  activityId?: string;
  /** For `update`: the headers of the columns that change. */
  changes?: string[];
};

/** What the command line prints with --json, and what POST /import answers. */
export type ImportSummaryResponse = {
  created: number;
  updated: number;
  unchanged: number;
  refused: ImportProblemDto[];
};

/** POST /import/preview: the counts as an import would have them, and every row. */
export type ImportPreviewResponse = ImportSummaryResponse & { rows: ImportRowDto[] };
