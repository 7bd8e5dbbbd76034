import {
  ActivityResponseSchema,
  AnswersResponseSchema,
  apiPaths,
  CalendarResponseSchema,
  ChannelLinkResponseSchema,
  HistoryResponseSchema,
  MeResponseSchema,
  ReminderResponseSchema,
  RoundResponseSchema,
  type RoundResponse,
  SignOffResponseSchema,
} from '../api/contract.js';
import { planEditPaths, PlanResponseSchema } from '../api/plans-contract.js';
import type { SavedRound } from '../../app/ports.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import type { TabBackend, TabResult } from './tab-backend.js';

function map<T, U>(result: TabResult<T>, f: (value: T) => U): TabResult<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}

/** The tab's writes (and its few API reads) over the app's HTTP API. */
export type HttpApi = Omit<TabBackend, 'loadPlan' | 'roundReminders' | 'roundFollowUps'>;

/**
 * The API client with the response schemas of the contract: a lazy chunk, loaded by
 * createHttpTabBackend at the first call (the overview needs none of it).
 */
export function createHttpApi(http: HttpClientOptions): HttpApi {
  const request = createHttpClient(http);
  return {
    me: () => request('GET', apiPaths.me(), MeResponseSchema),
    calendar: async (from, to, planId) =>
      map(
        await request('GET', apiPaths.calendar(from, to, planId), CalendarResponseSchema),
        (r) => r.rounds,
      ),
    openRound: async (body) =>
      map(await request('POST', apiPaths.openRound(), RoundResponseSchema, body), savedRound),
    closeRound: async (roundId, expectedVersion) =>
      map(
        await request('POST', apiPaths.closeRound(roundId), RoundResponseSchema, {
          expectedVersion,
        }),
        savedRound,
      ),
    submitAnswers: async (roundId, body) =>
      map(
        await request('POST', apiPaths.answers(roundId), AnswersResponseSchema, body),
        (r) => r.followUps,
      ),
    sendReminder: (roundId, departmentId) =>
      request('POST', apiPaths.reminders(roundId), ReminderResponseSchema, { departmentId }),
    saveActivity: async (activity, expectedVersion) =>
      map(
        await request('PUT', apiPaths.activity(activity.id), ActivityResponseSchema, {
          activity,
          expectedVersion,
        }),
        (r) => r.activity,
      ),
    activityHistory: async (activityId) =>
      map(
        await request('GET', apiPaths.history(activityId), HistoryResponseSchema),
        (r) => r.entries,
      ),
    signOff: async (roundId, departmentId, action) =>
      map(
        await request('POST', apiPaths[action](roundId, departmentId), SignOffResponseSchema, {}),
        (r) => r.signOff,
      ),
    linkChannel: async (body) =>
      map(
        await request('POST', apiPaths.channels(), ChannelLinkResponseSchema, body),
        (r) => r.link,
      ),
    planWork: async (planId) => {
      const { createPlanWorkApi } = await import('./http-plan-work-api.js');
      return { ok: true, value: createPlanWorkApi(http, request, planId) };
    },
    createPlan: async (body) =>
      map(await request('POST', apiPaths.createPlan(), PlanResponseSchema, body), (r) => r.plan),
    adoptPlan: async (planId, body) =>
      map(
        await request('POST', apiPaths.adoptPlan(planId), PlanResponseSchema, body),
        (r) => r.plan,
      ),
    updatePlan: async (planId, body) =>
      map(
        await request('PUT', planEditPaths.updatePlan(planId), PlanResponseSchema, body),
        (r) => r.plan,
      ),
    correctDecision: async (planId, body) =>
      map(
        await request('PUT', planEditPaths.correctDecision(planId), PlanResponseSchema, body),
        (r) => r.plan,
      ),
    revisePlan: async (planId, expectedVersion) =>
      map(
        await request('POST', apiPaths.revisePlan(planId), PlanResponseSchema, {
          expectedVersion,
        }),
        (r) => r.plan,
      ),
  };
}

/** The round with the activities' new versions (absent when none was rewritten). */
function savedRound(r: RoundResponse): SavedRound {
  return r.activityVersions ? { ...r.round, activityVersions: r.activityVersions } : r.round;
}
