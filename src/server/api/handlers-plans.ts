import type { z } from 'zod/mini';
import type { Versioned } from '../../app/ports.js';
import type { Result } from '../../app/result.js';
import type { Plan } from '../../domain/model.js';
import {
  PlanAdoptRequestSchema,
  PlanCreateRequestSchema,
  PlanUpdateRequestSchema,
  type planEditRoutes,
  PlanReviseRequestSchema,
  type PlanResponse,
} from '../../tab/api/plans-contract.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { parseRequest } from './request-body.js';

/**
 * POST /plans, POST /plans/{id}/adopt, POST /plans/{id}/versions, PUT /plans/{id} and
 * PUT /plans/{id}/decision (the working group only).
 */

/** The optional fields of a plan's form, each only when given. */
function optionalFields<T extends Record<string, unknown>>(fields: T) {
  const { parentPlanId, coordinatingDepartmentId, developmentFundsTkr, description, ...rest } =
    fields as T & {
      parentPlanId?: string;
      coordinatingDepartmentId?: string;
      developmentFundsTkr?: number;
      description?: string;
    };
  return {
    ...rest,
    ...(parentPlanId === undefined ? {} : { parentPlanId }),
    ...(coordinatingDepartmentId === undefined ? {} : { coordinatingDepartmentId }),
    ...(developmentFundsTkr === undefined ? {} : { developmentFundsTkr }),
    ...(description === undefined ? {} : { description }),
  };
}

type Context = Parameters<Handler>[2];

/** One plans route: the body read with its schema (400), the use case, the plan answered. */
function planRoute<S extends z.ZodMiniType>(
  schema: S,
  call: (body: z.infer<S>, planId: string, ctx: Context) => Promise<Result<Versioned<Plan>>>,
  status = 200,
): Handler {
  return async (req, res, ctx) => {
    const body = parseRequest(schema, req.body);
    if (!body.ok) return sendFailure(res, body.failure);
    const result = await call(body.value, param(req, 'planId'), ctx);
    if (!result.ok) return sendFailure(res, result.error);
    const response: PlanResponse = { plan: result.value };
    res.status(status).json(response);
  };
}

export const createPlan = planRoute(
  PlanCreateRequestSchema,
  (body, _planId, { deps, caller }) =>
    deps.useCases.createPlan({ caller, plan: optionalFields(body) }),
  201,
);

export const adoptPlan = planRoute(
  PlanAdoptRequestSchema,
  ({ expectedVersion, ...decision }, planId, { deps, caller }) =>
    deps.useCases.adoptPlan({ caller, planId, expectedVersion, decision }),
);

export const revisePlan = planRoute(
  PlanReviseRequestSchema,
  ({ expectedVersion }, planId, { deps, caller }) =>
    deps.useCases.revisePlan({ caller, planId, expectedVersion }),
  201,
);

export const planEditHandlers: Readonly<Record<keyof typeof planEditRoutes, Handler>> = {
  updatePlan: planRoute(
    PlanUpdateRequestSchema,
    ({ expectedVersion, ...plan }, planId, { deps, caller }) =>
      deps.useCases.updatePlan({ caller, planId, expectedVersion, plan: optionalFields(plan) }),
  ),
  correctDecision: planRoute(
    PlanAdoptRequestSchema,
    ({ expectedVersion, ...decision }, planId, { deps, caller }) =>
      deps.useCases.correctDecision({ caller, planId, expectedVersion, decision }),
  ),
};
