import { z } from '../../domain/zod-mini.js';
import { IsoDateSchema, PlanSchema } from '../../domain/model.js';

/**
 * The plans routes' bodies (POST /plans, /plans/{id}/adopt, /plans/{id}/versions; paths and the
 * table in contract.ts), apart so that only the lazy API client and the server load them.
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
/** The decision: the board, the date and the paragraph or diarienummer (free text). */
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
