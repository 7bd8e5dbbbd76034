import type { AuthSession } from '../auth/auth-session.js';
import { createHttpTabBackend } from '../backend/http-tab-backend.js';
import type { RuntimeConfig } from '../config/runtime-config.js';
import type { Host } from '../host/host.types.js';
import type { TabServices } from '../services/tab-services.js';
import type { BootDeps } from './boot.types.js';

/** The composition of the signed-in tab: reads through loadPlan, writes through the HTTP API. */
export function createServices(
  deps: BootDeps,
  config: RuntimeConfig,
  host: Host,
  auth: AuthSession,
): TabServices {
  const backend = createHttpTabBackend(deps.planReader(config, auth), {
    apiBase: config.apiBase,
    auth,
    fetch: deps.fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => deps.clock.now(),
  });
  return {
    backend,
    auth,
    clock: deps.clock,
    host,
    tabUrl: config.tabUrl ?? deps.tabUrl,
    download: deps.download,
    ...(deps.preferences ? { preferences: deps.preferences } : {}),
  };
}
