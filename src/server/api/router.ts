import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { apiRoutes } from '../../tab/api/contract.js';
import { apiErrorHandler, apiMessages, failureLocal, sendFailure } from './api-errors.js';
import type { ApiDeps, Background, Handler } from './api-deps.js';
import { planWorkRoutes } from '../../tab/api/plan-work-contract.js';
import { answers } from './handlers-answers.js';
import { reopen, signOff } from './handlers-sign-off.js';
import { mountImportRoutes } from './handlers-import.js';
import { planWorkHandlers } from './handlers-plan-work.js';
import { adoptPlan, createPlan, planEditHandlers, revisePlan } from './handlers-plans.js';
import { planEditRoutes } from '../../tab/api/plans-contract.js';
import { linkChannel, me, history, updateActivity } from './handlers-plan.js';
import { calendar, closeRound, openRound, sendReminder } from './handlers-rounds.js';
import { bearerToken, tokenMessages, type ApiUser } from './token-validator.js';

/**
 * The app's HTTP API for the tab (src/tab/api/contract.ts), to be mounted at the tab's
 * `apiBase` (`/api`). Every request must carry a bearer token the configured validator accepts;
 * the use cases then apply the same authorization, validation and personal-data guard as the
 * bot, and write with the app's identity. Refusals are typed (`{ error: ApiError }`).
 */

export type ApiRouter = Router & {
  /** Resolves when the work started after responses (card updates) has finished. */
  idle(): Promise<void>;
};

const handlers: Readonly<Record<keyof typeof apiRoutes, Handler>> = {
  me,
  calendar,
  openRound,
  closeRound,
  answers,
  reminders: sendReminder,
  activity: updateActivity,
  history,
  channels: linkChannel,
  signOff,
  reopen,
  createPlan,
  adoptPlan,
  revisePlan,
};

function backgroundTasks(deps: ApiDeps): Background & { idle(): Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    run(event, task) {
      const done = task()
        .then((result) => deps.logger.info(event, { ok: result.ok }))
        .catch((error: unknown) =>
          deps.logger.error(event, {
            ok: false,
            error: error instanceof Error ? error.name : 'unknown',
          }),
        )
        .finally(() => running.delete(done));
      running.add(done);
    },
    idle: async () => {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

function authenticate(deps: ApiDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    if (!token)
      return sendFailure(res, { reason: 'unauthenticated', message: tokenMessages.missing });
    const check = await deps.tokens.validate(token);
    if (!check.ok) {
      deps.logger.info('api.token_refused', { reason: check.reason, detail: check.detail });
      const wait = check.reason === 'unavailable' ? { retryAfterSeconds: 5 } : {};
      return sendFailure(res, { reason: check.reason, message: check.message, ...wait });
    }
    res.locals.user = check.user;
    next();
  };
}

function logRequests(deps: ApiDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.on('finish', () => {
      const route = (req.route as { path?: unknown } | undefined)?.path;
      deps.logger.info('api.request', {
        method: req.method,
        route: typeof route === 'string' ? route : 'none',
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      });
      // What the service behind said (Graph's status and code) is for the log, never the user.
      const failure = res.locals[failureLocal] as { reason: string; detail?: string } | undefined;
      if (failure?.detail)
        deps.logger.warn('api.failure', { reason: failure.reason, detail: failure.detail });
    });
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

export function createApiRouter(deps: ApiDeps): ApiRouter {
  const router = express.Router();
  const background = backgroundTasks(deps);
  router.use(logRequests(deps));
  router.use(authenticate(deps));
  router.use(express.json({ limit: deps.bodyLimit ?? '1mb' }));
  const run = async (req: Request, res: Response, handler: Handler) => {
    const user = res.locals.user as ApiUser;
    const caller = { id: user.id, name: user.name };
    await handler(req, res, { deps, user, caller, background });
  };
  const routes: [string, Handler][] = [
    ...(Object.entries(apiRoutes) as [keyof typeof apiRoutes, string][]).map(
      ([name, spec]): [string, Handler] => [spec, handlers[name]],
    ),
    ...(Object.entries(planWorkRoutes) as [keyof typeof planWorkRoutes, string][]).map(
      ([name, spec]): [string, Handler] => [spec, planWorkHandlers[name]],
    ),
    ...(Object.entries(planEditRoutes) as [keyof typeof planEditRoutes, string][]).map(
      ([name, spec]): [string, Handler] => [spec, planEditHandlers[name]],
    ),
  ];
  for (const [spec, handler] of routes) {
    const [method, path] = spec.split(' ') as [string, string];
    const route = (req: Request, res: Response) => run(req, res, handler);
    if (method === 'GET') router.get(path, route);
    else if (method === 'POST') router.post(path, route);
    else if (method === 'PUT') router.put(path, route);
    else throw new Error(`Unsupported method in the API contract: ${spec}`);
  }
  mountImportRoutes(router, run);
  router.use((_req: Request, res: Response) =>
    sendFailure(res, { reason: 'notFound', message: apiMessages.unknownRoute }),
  );
  router.use(apiErrorHandler(deps.logger));
  return Object.assign(router, { idle: () => background.idle() });
}
