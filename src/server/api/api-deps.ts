import type { Request, Response } from 'express';
import type { Caller } from '../../app/authorization.js';
import type { PlanStore } from '../../app/ports.js';
import type { UseCases } from '../../app/use-cases/use-cases.js';
import type { CalendarSettings } from '../../domain/calendar/settings.js';
import type { Clock } from '../../domain/clock.js';
import type { ApiLogger } from './api-logger.js';
import type { ApiUser, TokenValidator } from './token-validator.js';

/** What the composition root hands the tab's API. */
export type ApiDeps = {
  /** The app's use cases (createUseCases), bound to stores that write with the app's identity. */
  readonly useCases: UseCases;
  /** Reads for `GET /me` (the plan's departments and their linked teams); the Excel import. */
  readonly store: Pick<PlanStore, 'loadPlan' | 'saveActivities'>;
  /** Entra tokens in a tenant; the emulator's dev tokens in local mode only. */
  readonly tokens: TokenValidator;
  readonly clock: Clock;
  readonly logger: ApiLogger;
  /** The plan's follow-up calendar (defaults otherwise). */
  readonly calendar?: CalendarSettings;
  /** Largest JSON body accepted (default `1mb`: 200 answers of full length). */
  readonly bodyLimit?: string;
};

/** Work started by a request that may finish after the response (updating posted cards). */
export type Background = {
  run(event: string, task: () => Promise<{ readonly ok: boolean }>): void;
};

type HandlerContext = {
  readonly deps: ApiDeps;
  readonly user: ApiUser;
  readonly caller: Caller;
  readonly background: Background;
};

export type Handler = (req: Request, res: Response, ctx: HandlerContext) => Promise<void>;

/** A route parameter as a string (express 5 types them loosely). */
/** The plan chosen in the tab, from the query (`?plan=<id>`); absent or empty: undefined. */
export function planQuery(req: Request): string | undefined {
  const value: unknown = (req.query as Record<string, unknown>).plan;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function param(req: Request, name: string): string {
  const value: unknown = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}
