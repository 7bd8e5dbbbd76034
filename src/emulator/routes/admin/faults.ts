import { z } from 'zod';
import type { Faults } from '../../faults/faults.js';
import type { AdminRoute } from './admin-route.js';

const rate = z.number().min(0).max(1);
const settingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  throttleRate: rate.optional(),
  failRate: rate.optional(),
  retryAfterSeconds: z.number().min(0).max(180).optional(),
});

const scriptSchema = z.strictObject({
  status: z.number().int().min(400).max(599),
  count: z.number().int().min(1).max(10_000).default(1),
  retryAfterSeconds: z.number().min(0).max(180).optional(),
  method: z.string().toUpperCase().optional(),
  route: z.string().optional(),
  scope: z.enum(['request', 'batchPart', 'any']).default('any'),
});

function invalid(error: z.ZodError): { status: number; body: unknown } {
  return {
    status: 400,
    body: { error: { code: 'invalidRequest', message: z.prettifyError(error) } },
  };
}

function view(faults: Faults) {
  return { ...faults.settings, scripts: faults.pendingScripts() };
}

/** GET /_emulator/faults — settings and pending scripted faults. */
export function getFaultsRoute(faults: Faults): AdminRoute {
  return {
    method: 'GET',
    path: '/_emulator/faults',
    handle: () => ({ status: 200, body: view(faults) }),
  };
}

/** PUT /_emulator/faults — `{latencyMs?, throttleRate?, failRate?, retryAfterSeconds?}`. */
export function putFaultsRoute(faults: Faults): AdminRoute {
  return {
    method: 'PUT',
    path: '/_emulator/faults',
    handle(body) {
      const parsed = settingsSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      faults.configure(
        Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)),
      );
      return { status: 200, body: view(faults) };
    },
  };
}

/** POST /_emulator/faults/script — the next `count` matching requests get `status`. */
export function scriptFaultRoute(faults: Faults): AdminRoute {
  return {
    method: 'POST',
    path: '/_emulator/faults/script',
    handle(body) {
      const parsed = scriptSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const { status, count, retryAfterSeconds, method, route, scope } = parsed.data;
      faults.script({ status, count, retryAfterSeconds, method, route, scope });
      return { status: 200, body: view(faults) };
    },
  };
}

/** POST /_emulator/reset — no latency, no throttling, no failures, no scripts. */
export function resetRoute(faults: Faults, resetStats: () => void): AdminRoute {
  return {
    method: 'POST',
    path: '/_emulator/reset',
    handle() {
      faults.clear();
      resetStats();
      return { status: 200, body: view(faults) };
    },
  };
}
