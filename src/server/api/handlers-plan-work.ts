import type { z } from 'zod/mini';
import type { Result } from '../../app/result.js';
import {
  AreaOrderRequestSchema,
  AreaRequestSchema,
  AreaUpdateRequestSchema,
  DepartmentRequestSchema,
  DepartmentUpdateRequestSchema,
  EndActivityRequestSchema,
  GoalRequestSchema,
  GoalUpdateRequestSchema,
  MergeRequestSchema,
  NewActivityRequestSchema,
  VersionRequestSchema,
  type planWorkRoutes,
} from '../../tab/api/plan-work-contract.js';
import { sendFailure } from './api-errors.js';
import { param, planQuery, type Handler } from './api-deps.js';
import { parseRequest } from './request-body.js';

/**
 * The plan work's routes (src/tab/api/plan-work-contract.ts): parse the body with the contract's
 * schema (400 with Swedish field messages), call the use case (which checks the working group,
 * the texts and the references, and writes with the version seen: 409 with `current`), answer
 * with the saved record under `key`. The plan worked on is the query's `plan` (`scope`).
 */

type Context = Parameters<Handler>[2];
type PlanWork = Context['deps']['useCases']['planWork'];

function route<S extends z.ZodMiniType, T>(
  schema: S,
  call: (body: z.infer<S>, req: Parameters<Handler>[0], ctx: Context) => Promise<Result<T>>,
  key: string,
  status = 200,
): Handler {
  return async (req, res, ctx) => {
    const body = parseRequest(schema, req.body ?? {});
    if (!body.ok) return sendFailure(res, body.failure);
    const result = await call(body.value, req, ctx);
    if (!result.ok) return sendFailure(res, result.error);
    res.status(status).json(key === '' ? result.value : { [key]: result.value });
  };
}

const use = (ctx: Context): PlanWork => ctx.deps.useCases.planWork;

/** Who calls, and the plan chosen in the tab (`?plan=`; absent: the plan in force). */
function scope(req: Parameters<Handler>[0], ctx: Context) {
  const planId = planQuery(req);
  return { caller: ctx.caller, ...(planId === undefined ? {} : { planId }) };
}

export const planWorkHandlers: Readonly<Record<keyof typeof planWorkRoutes, Handler>> = {
  createActivity: route(
    NewActivityRequestSchema,
    (body, req, ctx) => use(ctx).createActivity({ ...scope(req, ctx), activity: body.activity }),
    'activity',
    201,
  ),
  endActivity: route(
    EndActivityRequestSchema,
    ({ expectedVersion, ...end }, req, ctx) =>
      use(ctx).endActivity({
        ...scope(req, ctx),
        activityId: param(req, 'activityId'),
        end,
        expectedVersion,
      }),
    'activity',
  ),
  createArea: route(
    AreaRequestSchema,
    (area, req, ctx) => use(ctx).createArea({ ...scope(req, ctx), area }),
    'area',
    201,
  ),
  renameArea: route(
    AreaUpdateRequestSchema,
    ({ expectedVersion, ...area }, req, ctx) =>
      use(ctx).renameArea({
        ...scope(req, ctx),
        areaId: param(req, 'areaId'),
        area,
        expectedVersion,
      }),
    'area',
  ),
  endArea: route(
    VersionRequestSchema,
    ({ expectedVersion }, req, ctx) =>
      use(ctx).endArea({ ...scope(req, ctx), areaId: param(req, 'areaId'), expectedVersion }),
    'area',
  ),
  reorderAreas: route(
    AreaOrderRequestSchema,
    ({ order }, req, ctx) => use(ctx).reorderAreas({ ...scope(req, ctx), order }),
    'areas',
  ),
  createGoal: route(
    GoalRequestSchema,
    (goal, req, ctx) => use(ctx).createGoal({ ...scope(req, ctx), goal }),
    'goal',
    201,
  ),
  renameGoal: route(
    GoalUpdateRequestSchema,
    ({ expectedVersion, ...goal }, req, ctx) =>
      use(ctx).renameGoal({
        ...scope(req, ctx),
        goalId: param(req, 'goalId'),
        goal,
        expectedVersion,
      }),
    'goal',
  ),
  addDepartment: route(
    DepartmentRequestSchema,
    (department, req, ctx) => use(ctx).addDepartment({ ...scope(req, ctx), department }),
    'department',
    201,
  ),
  renameDepartment: route(
    DepartmentUpdateRequestSchema,
    ({ expectedVersion, ...department }, req, ctx) =>
      use(ctx).renameDepartment({
        ...scope(req, ctx),
        departmentId: param(req, 'departmentId'),
        department,
        expectedVersion,
      }),
    'department',
  ),
  endDepartment: route(
    VersionRequestSchema,
    ({ expectedVersion }, req, ctx) =>
      use(ctx).endDepartment({
        ...scope(req, ctx),
        departmentId: param(req, 'departmentId'),
        expectedVersion,
      }),
    'department',
  ),
  mergeDepartment: route(
    MergeRequestSchema,
    ({ expectedVersion, intoId }, req, ctx) =>
      use(ctx).mergeDepartment({
        ...scope(req, ctx),
        departmentId: param(req, 'departmentId'),
        intoId,
        expectedVersion,
      }),
    '',
  ),
};
