import type { z } from 'zod/mini';
import {
  ActivityResponseSchema,
  ApiErrorBodySchema,
  importApiPaths,
  xlsxContentType,
} from '../api/contract.js';
import {
  AreaResponseSchema,
  AreasResponseSchema,
  DepartmentResponseSchema,
  GoalResponseSchema,
  ImportOutcomeSchema,
  MergeResponseSchema,
  planWorkPaths,
  withPlan,
} from '../api/plan-work-contract.js';
import type { createHttpClient, HttpClientOptions } from './http-client.js';
import { fallbackMessages } from './messages.js';
import type { PlanWorkApi } from './plan-work-api.js';
import type { TabResult } from './tab-backend.js';

type Request = ReturnType<typeof createHttpClient>;

function map<T, U>(result: TabResult<T>, f: (value: T) => U): TabResult<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}

/**
 * The workbook calls: bytes up (the xlsx) or down (the template), with the user's token and one
 * silent renewal on 401, like the JSON client. A refusal is the API's `{ error }`.
 */
async function bytesCall<S extends z.ZodMiniType | undefined>(
  http: HttpClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body: Uint8Array | undefined,
  schema: S,
): Promise<TabResult<S extends z.ZodMiniType ? z.infer<S> : Uint8Array>> {
  type Value = S extends z.ZodMiniType ? z.infer<S> : Uint8Array;
  for (let renewed = false; ; renewed = true) {
    const token = await http.auth.getToken('api', { forceRefresh: renewed });
    if (!token.ok)
      return {
        ok: false,
        error: { reason: 'unauthenticated', message: fallbackMessages.unauthenticated },
      };
    let response: Response;
    try {
      response = await http.fetch(`${http.apiBase.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token.token}`,
          Accept: schema ? 'application/json' : xlsxContentType,
          ...(body ? { 'Content-Type': xlsxContentType } : {}),
        },
        ...(body ? { body: new Blob([body as Uint8Array<ArrayBuffer>]) } : {}),
      });
    } catch {
      return { ok: false, error: { reason: 'network', message: fallbackMessages.network } };
    }
    if (response.status === 401 && !renewed) continue;
    if (!response.ok) {
      const refusal = ApiErrorBodySchema.safeParse(await response.json().catch(() => undefined));
      if (refusal.success) return { ok: false, error: refusal.data.error };
      return { ok: false, error: { reason: 'unavailable', message: fallbackMessages.unavailable } };
    }
    if (!schema) return { ok: true, value: new Uint8Array(await response.arrayBuffer()) as Value };
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) return { ok: true, value: parsed.data as Value };
    return { ok: false, error: { reason: 'unavailable', message: fallbackMessages.badResponse } };
  }
}

/**
 * The plan work's calls over the app's API (src/tab/api/plan-work-contract.ts), each on the plan
 * `planId` (`?plan=`; absent: the plan in force).
 */
export function createPlanWorkApi(
  http: HttpClientOptions,
  plain: Request,
  planId?: string,
): PlanWorkApi {
  const paths = planWorkPaths;
  const request: Request = (method, path, ...rest) =>
    plain(method, withPlan(path, planId), ...rest);
  return {
    createActivity: async (activity) =>
      map(
        await request('POST', paths.createActivity(), ActivityResponseSchema, { activity }),
        (r) => r.activity,
      ),
    endActivity: async (activityId, end) =>
      map(
        await request('POST', paths.endActivity(activityId), ActivityResponseSchema, end),
        (r) => r.activity,
      ),
    createArea: async (area) =>
      map(await request('POST', paths.createArea(), AreaResponseSchema, area), (r) => r.area),
    renameArea: async (areaId, area, expectedVersion) =>
      map(
        await request('PUT', paths.renameArea(areaId), AreaResponseSchema, {
          ...area,
          expectedVersion,
        }),
        (r) => r.area,
      ),
    endArea: async (areaId, expectedVersion) =>
      map(
        await request('POST', paths.endArea(areaId), AreaResponseSchema, { expectedVersion }),
        (r) => r.area,
      ),
    reorderAreas: async (order) =>
      map(
        await request('PUT', paths.reorderAreas(), AreasResponseSchema, { order }),
        (r) => r.areas,
      ),
    createGoal: async (goal) =>
      map(await request('POST', paths.createGoal(), GoalResponseSchema, goal), (r) => r.goal),
    renameGoal: async (goalId, goal, expectedVersion) =>
      map(
        await request('PUT', paths.renameGoal(goalId), GoalResponseSchema, {
          ...goal,
          expectedVersion,
        }),
        (r) => r.goal,
      ),
    addDepartment: async (department) =>
      map(
        await request('POST', paths.addDepartment(), DepartmentResponseSchema, department),
        (r) => r.department,
      ),
    renameDepartment: async (departmentId, department, expectedVersion) =>
      map(
        await request('PUT', paths.renameDepartment(departmentId), DepartmentResponseSchema, {
          ...department,
          expectedVersion,
        }),
        (r) => r.department,
      ),
    endDepartment: async (departmentId, expectedVersion) =>
      map(
        await request('POST', paths.endDepartment(departmentId), DepartmentResponseSchema, {
          expectedVersion,
        }),
        (r) => r.department,
      ),
    mergeDepartment: (departmentId, intoId, expectedVersion) =>
      request('POST', paths.mergeDepartment(departmentId), MergeResponseSchema, {
        intoId,
        expectedVersion,
      }),
    importTemplate: () =>
      bytesCall(http, 'GET', withPlan(importApiPaths.template(), planId), undefined, undefined),
    previewImport: (workbook) =>
      bytesCall(
        http,
        'POST',
        withPlan(importApiPaths.preview(), planId),
        workbook,
        ImportOutcomeSchema,
      ),
    runImport: (workbook) =>
      bytesCall(
        http,
        'POST',
        withPlan(importApiPaths.run(), planId),
        workbook,
        ImportOutcomeSchema,
      ),
  };
}
