import { z } from '../../domain/zod-mini.js';
import {
  ActivitySchema,
  DepartmentSchema,
  DevelopmentAreaSchema,
  GoalSchema,
  IsoDateSchema,
} from '../../domain/model.js';
import { VersionedActivitySchema } from './contract.js';

/**
 * The API of the working group's plan work (the tab's Planera view), beside contract.ts and
 * with its conventions (bearer token, JSON, `{ error: ApiError }`, 409 with `current`). Only the
 * working group may call these (403 `forbidden` for others). Kept apart so the first view does
 * not carry it: only the lazily loaded Planera view and the server import it.
 *
 * | method + path                           | body                    | 2xx                          |
 * | --------------------------------------- | ----------------------- | ---------------------------- |
 * | POST /activities                        | NewActivityRequest      | 201 ActivityResponse         |
 * | POST /activities/{activityId}/end       | EndActivityRequest      | 200 ActivityResponse         |
 * | POST /areas                             | AreaRequest             | 201 AreaResponse             |
 * | PUT  /areas/{areaId}                    | AreaRequest + version   | 200 AreaResponse             |
 * | POST /areas/{areaId}/end                | VersionRequest          | 200 AreaResponse             |
 * | PUT  /area-order                        | AreaOrderRequest        | 200 AreasResponse            |
 * | POST /goals                             | GoalRequest             | 201 GoalResponse             |
 * | PUT  /goals/{goalId}                    | GoalRequest + version   | 200 GoalResponse             |
 * | POST /departments                       | DepartmentRequest       | 201 DepartmentResponse       |
 * | PUT  /departments/{departmentId}        | DepartmentRequest + ver | 200 DepartmentResponse       |
 * | POST /departments/{departmentId}/end    | VersionRequest          | 200 DepartmentResponse       |
 * | POST /departments/{departmentId}/merge  | MergeRequest            | 200 MergeResponse            |
 *
 * Every path takes `?plan=<plan id>` (withPlan): the plan chosen in the tab, proposed or
 * adopted; absent, the plan in force. A replaced plan refuses every write (409, Swedish message).
 * Moving an activity to another area, and linking it to goals, is `PUT /activities/{id}`.
 * A merge that met a changed activity answers 409 with `current: { saved, conflicts }`.
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const version = z.string().check(z.minLength(1));
const withVersion = { expectedVersion: version };

const {
  id: _id,
  planId: _planId,
  example: _example,
  ended: _ended,
  ...newActivityShape
} = ActivitySchema.shape;
const NewActivitySchema = z.object(newActivityShape).check(
  z.refine((a) => a.start <= a.end, {
    message: 'Slutdatum får inte vara före startdatum.',
    path: ['end'],
  }),
);
export const NewActivityRequestSchema = z.object({ activity: NewActivitySchema });
export type NewActivityRequest = z.infer<typeof NewActivityRequestSchema>;

export const EndActivityRequestSchema = z.object({
  as: z.enum(['completed', 'dropped']),
  reason: z.string().check(z.maxLength(1000)),
  on: z.optional(IsoDateSchema),
  ...withVersion,
});
export type EndActivityRequest = z.infer<typeof EndActivityRequestSchema>;

const areaFields = {
  title: z.string().check(z.maxLength(255)),
  description: z.optional(z.string().check(z.maxLength(2000))),
};
export const AreaRequestSchema = z.object(areaFields);
export type AreaRequest = z.infer<typeof AreaRequestSchema>;
export const AreaUpdateRequestSchema = z.object({ ...areaFields, ...withVersion });
export const VersionRequestSchema = z.object(withVersion);
export const AreaOrderRequestSchema = z.object({
  order: z.array(z.object({ areaId: id, ...withVersion })).check(z.minLength(1), z.maxLength(100)),
});
export type AreaOrderRequest = z.infer<typeof AreaOrderRequestSchema>;

const goalFields = {
  level: z.enum(['national', 'regional', 'municipal']),
  title: z.string().check(z.maxLength(255)),
  description: z.optional(z.string().check(z.maxLength(1000))),
};
export const GoalRequestSchema = z.object(goalFields);
export type GoalRequest = z.infer<typeof GoalRequestSchema>;
export const GoalUpdateRequestSchema = z.object({ ...goalFields, ...withVersion });

const departmentFields = {
  name: z.string().check(z.maxLength(255)),
  board: z.optional(z.string().check(z.maxLength(255))),
};
export const DepartmentRequestSchema = z.object(departmentFields);
export type DepartmentRequest = z.infer<typeof DepartmentRequestSchema>;
export const DepartmentUpdateRequestSchema = z.object({ ...departmentFields, ...withVersion });
export const MergeRequestSchema = z.object({ intoId: id, ...withVersion });

const versioned = <S extends z.ZodMiniType>(schema: S) =>
  z.intersection(schema, z.object({ version: z.string() }));
const VersionedAreaSchema = versioned(DevelopmentAreaSchema);
const VersionedGoalSchema = versioned(GoalSchema);
const VersionedDepartmentSchema = versioned(DepartmentSchema);
export const AreaResponseSchema = z.object({ area: VersionedAreaSchema });
export const AreasResponseSchema = z.object({ areas: z.array(VersionedAreaSchema) });
export const GoalResponseSchema = z.object({ goal: VersionedGoalSchema });
export const DepartmentResponseSchema = z.object({ department: VersionedDepartmentSchema });
export const MergeResponseSchema = z.object({
  department: VersionedDepartmentSchema,
  moved: z.array(VersionedActivitySchema),
});
export type MergeResponse = z.infer<typeof MergeResponseSchema>;

const at = encodeURIComponent;

/**
 * A path with the plan chosen in the tab: `?plan=<id>`. Every Planera and import request carries
 * it, so the work is done on that plan (a proposed new version too); absent: the plan in force.
 */
export function withPlan(path: string, planId: string | undefined): string {
  return planId === undefined ? path : `${path}?plan=${at(planId)}`;
}

/** The paths, relative to apiBase. */
export const planWorkPaths = {
  createActivity: () => '/activities',
  endActivity: (activityId: string) => `/activities/${at(activityId)}/end`,
  createArea: () => '/areas',
  renameArea: (areaId: string) => `/areas/${at(areaId)}`,
  endArea: (areaId: string) => `/areas/${at(areaId)}/end`,
  reorderAreas: () => '/area-order',
  createGoal: () => '/goals',
  renameGoal: (goalId: string) => `/goals/${at(goalId)}`,
  addDepartment: () => '/departments',
  renameDepartment: (departmentId: string) => `/departments/${at(departmentId)}`,
  endDepartment: (departmentId: string) => `/departments/${at(departmentId)}/end`,
  mergeDepartment: (departmentId: string) => `/departments/${at(departmentId)}/merge`,
} as const;

/** Express-style route patterns of the same paths (for the server's router). */
export const planWorkRoutes = {
  createActivity: 'POST /activities',
  endActivity: 'POST /activities/:activityId/end',
  createArea: 'POST /areas',
  renameArea: 'PUT /areas/:areaId',
  endArea: 'POST /areas/:areaId/end',
  reorderAreas: 'PUT /area-order',
  createGoal: 'POST /goals',
  renameGoal: 'PUT /goals/:goalId',
  addDepartment: 'POST /departments',
  renameDepartment: 'PUT /departments/:departmentId',
  endDepartment: 'POST /departments/:departmentId/end',
  mergeDepartment: 'POST /departments/:departmentId/merge',
} as const satisfies Record<keyof typeof planWorkPaths, string>;

/**
 * The Excel import's answers as the Planera view reads them (contract.ts: ImportPreviewResponse,
 * ImportSummaryResponse; paths importApiPaths): `POST /import/preview` and `POST /import` take
 * the workbook's bytes (Content-Type: xlsxContentType) and answer this.
 */
export const ImportOutcomeSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  refused: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  rows: z.optional(
    z.array(
      z.object({
        row: z.number(),
        action: z.enum(['create', 'update', 'unchanged', 'refused']),
        title: z.string(),
      }),
    ),
  ),
});
