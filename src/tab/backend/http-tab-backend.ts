import type { Result } from '../../app/result.js';
import type { TabReader } from './graph-plan-reader.js';
import type { HttpApi } from './http-api.js';
import type { HttpClientOptions } from './http-client.js';
import { fallbackMessages, withoutDetail } from './messages.js';
import type { TabBackend, TabFailure, TabResult } from './tab-backend.js';

/**
 * A read's failure as the user reads it: the tab's Swedish sentence for its reason. The data
 * layer's message ends in Graph's own code and text ("(networkError: Failed to fetch)"): that
 * goes to the console for whoever troubleshoots, not to the user.
 */
export function readFailure(failure: {
  readonly reason: TabFailure['reason'];
  readonly message: string;
  readonly retryAfterSeconds?: number;
}): TabFailure {
  console.warn(`Läsningen misslyckades (${failure.reason}): ${failure.message}`);
  if (/\(networkError: /.test(failure.message))
    return { reason: 'network', message: fallbackMessages.network };
  const reason = failure.reason;
  const message = withoutDetail(failure.message) || fallbackMessages[reason];
  return {
    reason,
    message,
    ...(failure.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: failure.retryAfterSeconds }),
  };
}

/**
 * Reads through the PlanStore port (the data layer's loadPlan with the user's token), writes over
 * HTTP. The API client is loaded at the first write, so the first view ships without it; if it
 * cannot be loaded (no network) the call fails as `network`, like the request itself would.
 */
export function createHttpTabBackend(reader: TabReader, http: HttpClientOptions): TabBackend {
  let api: Promise<HttpApi> | undefined;
  const load = () =>
    (api ??= import('./http-api.js').then(
      (m) => m.createHttpApi(http),
      (error: unknown) => {
        api = undefined;
        throw error;
      },
    ));
  const via = async <T>(use: (api: HttpApi) => Promise<TabResult<T>>): Promise<TabResult<T>> => {
    let loaded: HttpApi;
    try {
      loaded = await load();
    } catch {
      return { ok: false, error: { reason: 'network', message: fallbackMessages.network } };
    }
    return use(loaded);
  };
  /** A read beside the plan's (only when a view asks): the user reads the Swedish sentence. */
  const read = async <T>(
    call: () => Promise<Result<readonly T[]>>,
  ): Promise<TabResult<readonly T[]>> => {
    try {
      const result = await call();
      return result.ok ? result : { ok: false, error: readFailure(result.error) };
    } catch {
      return { ok: false, error: { reason: 'network', message: fallbackMessages.network } };
    }
  };
  const none = () => Promise.resolve({ ok: true as const, value: [] });
  return {
    loadPlan: async (planId) => {
      try {
        const plan = await reader.loadPlan({ planId });
        if (plan.ok) return plan;
        // The user reads the Swedish sentence; what Graph said goes to the browser's log.
        const { detail, ...error } = plan.error;
        if (detail) console.warn(`Aktivitetsplan: ${error.message} ${detail}`);
        return { ok: false, error: readFailure(error) };
      } catch {
        return { ok: false, error: { reason: 'network', message: fallbackMessages.network } };
      }
    },
    roundReminders: (roundId) =>
      reader.listReminders ? read(() => reader.listReminders!(roundId)) : none(),
    roundFollowUps: (roundIds) =>
      reader.listFollowUps && roundIds.length > 0
        ? read(() => reader.listFollowUps!(roundIds))
        : none(),
    me: () => via((a) => a.me()),
    calendar: (from, to, planId) => via((a) => a.calendar(from, to, planId)),
    openRound: (request) => via((a) => a.openRound(request)),
    closeRound: (roundId, expectedVersion) => via((a) => a.closeRound(roundId, expectedVersion)),
    submitAnswers: (roundId, request) => via((a) => a.submitAnswers(roundId, request)),
    sendReminder: (roundId, departmentId) => via((a) => a.sendReminder(roundId, departmentId)),
    saveActivity: (activity, expectedVersion) =>
      via((a) => a.saveActivity(activity, expectedVersion)),
    activityHistory: (activityId) => via((a) => a.activityHistory(activityId)),
    linkChannel: (request) => via((a) => a.linkChannel(request)),
    signOff: (roundId, departmentId, action) =>
      via((a) => a.signOff(roundId, departmentId, action)),
    planWork: (planId) => via((a) => a.planWork(planId)),
    createPlan: (request) => via((a) => a.createPlan(request)),
    adoptPlan: (planId, request) => via((a) => a.adoptPlan(planId, request)),
    revisePlan: (planId, version) => via((a) => a.revisePlan(planId, version)),
    updatePlan: (planId, request) => via((a) => a.updatePlan(planId, request)),
    correctDecision: (planId, request) => via((a) => a.correctDecision(planId, request)),
  };
}
