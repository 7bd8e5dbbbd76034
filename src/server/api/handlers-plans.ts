import {
  PlanAdoptRequestSchema,
  PlanCreateRequestSchema,
  PlanDecisionRequestSchema,
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

export const createPlan: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanCreateRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const created = await deps.useCases.createPlan({ caller, plan: optionalFields(body.value) });
  if (!created.ok) return sendFailure(res, created.error);
  const response: PlanResponse = { plan: created.value };
  res.status(201).json(response);
};

export const adoptPlan: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanAdoptRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { expectedVersion, ...decision } = body.value;
  const adopted = await deps.useCases.adoptPlan({
    caller,
    planId: param(req, 'planId'),
    expectedVersion,
    decision,
  });
  if (!adopted.ok) return sendFailure(res, adopted.error);
  const response: PlanResponse = { plan: adopted.value };
  res.status(200).json(response);
};

export const revisePlan: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanReviseRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const revised = await deps.useCases.revisePlan({
    caller,
    planId: param(req, 'planId'),
    expectedVersion: body.value.expectedVersion,
  });
  if (!revised.ok) return sendFailure(res, revised.error);
  const response: PlanResponse = { plan: revised.value };
  res.status(201).json(response);
};

const updatePlan: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanUpdateRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { expectedVersion, ...plan } = body.value;
  const updated = await deps.useCases.updatePlan({
    caller,
    planId: param(req, 'planId'),
    expectedVersion,
    plan: optionalFields(plan),
  });
  if (!updated.ok) return sendFailure(res, updated.error);
  const response: PlanResponse = { plan: updated.value };
  res.status(200).json(response);
};

const correctDecision: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanDecisionRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { expectedVersion, ...decision } = body.value;
  const corrected = await deps.useCases.correctDecision({
    caller,
    planId: param(req, 'planId'),
    expectedVersion,
    decision,
  });
  if (!corrected.ok) return sendFailure(res, corrected.error);
  const response: PlanResponse = { plan: corrected.value };
  res.status(200).json(response);
};

export const planEditHandlers: Readonly<Record<keyof typeof planEditRoutes, Handler>> = {
  updatePlan,
  correctDecision,
};
