import {
  PlanAdoptRequestSchema,
  PlanCreateRequestSchema,
  PlanReviseRequestSchema,
  type PlanResponse,
} from '../../tab/api/plans-contract.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { parseRequest } from './request-body.js';

/** POST /plans, POST /plans/{id}/adopt, POST /plans/{id}/versions (the working group only). */

export const createPlan: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(PlanCreateRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { parentPlanId, coordinatingDepartmentId, developmentFundsTkr, description, ...rest } =
    body.value;
  const created = await deps.useCases.createPlan({
    caller,
    plan: {
      ...rest,
      ...(parentPlanId === undefined ? {} : { parentPlanId }),
      ...(coordinatingDepartmentId === undefined ? {} : { coordinatingDepartmentId }),
      ...(developmentFundsTkr === undefined ? {} : { developmentFundsTkr }),
      ...(description === undefined ? {} : { description }),
    },
  });
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
