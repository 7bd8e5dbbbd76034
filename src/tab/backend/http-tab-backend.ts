import type { TabReader } from './graph-plan-reader.js';
import type { HttpApi } from './http-api.js';
import type { HttpClientOptions } from './http-client.js';
import { fallbackMessages } from './messages.js';
import type { TabBackend, TabResult } from './tab-backend.js';

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
  return {
    loadPlan: async () => {
      try {
        return await reader.loadPlan();
      } catch {
        return { ok: false, error: { reason: 'network', message: 'Kunde inte läsa planen.' } };
      }
    },
    roundReminders: async (roundId) => {
      if (!reader.listReminders) return { ok: true, value: [] };
      try {
        return await reader.listReminders(roundId);
      } catch {
        return { ok: false, error: { reason: 'network', message: fallbackMessages.network } };
      }
    },
    me: () => via((a) => a.me()),
    calendar: (from, to) => via((a) => a.calendar(from, to)),
    openRound: (request) => via((a) => a.openRound(request)),
    closeRound: (roundId, expectedVersion) => via((a) => a.closeRound(roundId, expectedVersion)),
    submitAnswers: (roundId, request) => via((a) => a.submitAnswers(roundId, request)),
    sendReminder: (roundId, departmentId) => via((a) => a.sendReminder(roundId, departmentId)),
    saveActivity: (activity, expectedVersion) =>
      via((a) => a.saveActivity(activity, expectedVersion)),
    activityHistory: (activityId) => via((a) => a.activityHistory(activityId)),
    linkChannel: (request) => via((a) => a.linkChannel(request)),
  };
}
