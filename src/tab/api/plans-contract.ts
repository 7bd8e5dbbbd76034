import { z } from '../../domain/zod-mini.js';
import { IsoDateSchema, PlanSchema } from '../../domain/model.js';

/**
 * The plans routes' bodies (POST /plans, /plans/{id}/adopt, /plans/{id}/versions; paths and the
 * table in contract.ts), apart so that only the lazy API client and the server load them. The
 * edits of a plan have their paths here too (working group; 200 PlanResponse; 409 with `current`
 * on a stale version or a replaced plan):
 *
 * | method + path                  | body                |
 * | ------------------------------ | ------------------- |
 * | PUT  /plans/{planId}           | PlanUpdateRequest   |
 * | PUT  /plans/{planId}/decision  | PlanAdoptRequest    |
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const isoDate = IsoDateSchema;

const VersionedPlanSchema = z.intersection(PlanSchema, z.object({ version: z.string() }));
export const PlanCreateRequestSchema = z.object({
  kind: z.enum(['actionPlan', 'activityPlan']),
  title: z.string().check(z.maxLength(255)),
  parentPlanId: z.optional(id),
  goalIds: z._default(z.array(id).check(z.maxLength(50)), []),
  coordinatingDepartmentId: z.optional(id),
  developmentFundsTkr: z.optional(z.number()),
  description: z.optional(z.string().check(z.maxLength(4000))),
});
export type PlanCreateRequest = z.input<typeof PlanCreateRequestSchema>;
const { kind: _kind, ...editShape } = PlanCreateRequestSchema.shape;
/**
 * PUT /plans/{planId}: a proposed or adopted plan's own fields (the kind stays), with the version
 * seen. An optional field left out is removed, except the description, which is then kept.
 */
export const PlanUpdateRequestSchema = z.object({ ...editShape, expectedVersion: z.string() });
export type PlanUpdateRequest = z.input<typeof PlanUpdateRequestSchema>;
/**
 * The decision: the board, the date and the paragraph or diarienummer (free text). Also the body
 * of PUT /plans/{planId}/decision, which corrects an adopted plan's decision.
 */
export const PlanAdoptRequestSchema = z.object({
  expectedVersion: z.string(),
  adoptedBy: z.string().check(z.maxLength(255)),
  adoptedOn: isoDate,
  decision: z._default(z.string().check(z.maxLength(255)), ''),
});
export type PlanAdoptRequest = z.input<typeof PlanAdoptRequestSchema>;

export const PlanReviseRequestSchema = z.object({ expectedVersion: z.string() });
export const PlanResponseSchema = z.object({ plan: VersionedPlanSchema });
export type PlanResponse = z.infer<typeof PlanResponseSchema>;

/** The edits' paths, relative to apiBase, and their Express-style routes (the server's router). */
export const planEditPaths = {
  updatePlan: (planId: string) => `/plans/${encodeURIComponent(planId)}`,
  correctDecision: (planId: string) => `/plans/${encodeURIComponent(planId)}/decision`,
} as const;
export const planEditRoutes = {
  updatePlan: 'PUT /plans/:planId',
  correctDecision: 'PUT /plans/:planId/decision',
} as const satisfies Record<keyof typeof planEditPaths, string>;
