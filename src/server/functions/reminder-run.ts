import { randomUUID } from 'node:crypto';
import { failureText } from '../../app/result.js';
import type { ChannelPoster, PlanStore, PostFinder, ReminderStore } from '../../app/ports.js';
import type { ReminderRunResult } from '../../app/reminders/run-result.js';
import type { ReminderRunSettings, RunTimer } from '../../app/reminders/run-settings.js';
import type { Result } from '../../app/result.js';
import {
  runReminders,
  type RunRemindersDeps,
  type RunRemindersOptions,
} from '../../app/use-cases/run-reminders.js';
import type { Clock } from '../../domain/clock.js';
import type { Graph } from '../../graph/client/gateway.js';
import { loadBundledManifest } from '../../graph/site-schema/manifest.js';
import type { SiteSchema } from '../../graph/site-schema/schema.js';
import { GraphPlanStore } from '../../graph/store/graph-plan-store.js';
import { GraphReminderStore } from '../../graph/store/graph-reminder-store.js';
import type { SiteRef } from '../../graph/store/site-ref.js';
import { reminderCards } from './reminder-cards.js';
import { reportLines } from './run-report.js';

/**
 * The one composition of the reminder run, shared by `npm run remind`, the in-process
 * scheduler of `npm start` and the Azure Functions timer: Graph stores on the opened site,
 * the bot's ChannelPoster, the cards, real time.
 */

export const systemTimer: RunTimer = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** The stores: the Graph stores on an opened site, or any others (tests, other hosts). */
type ReminderStores =
  | {
      readonly graph: Graph;
      readonly site: SiteRef;
      readonly schema?: SiteSchema;
      readonly planId?: string;
    }
  | { readonly plans: PlanStore; readonly reminders: ReminderStore };

export type ReminderRunWiring = ReminderStores & {
  readonly clock: Clock;
  readonly poster: ChannelPoster;
  /** Recognises an earlier post; without it a reservation in doubt is posted again. */
  readonly finder?: PostFinder;
  /** The tab's address, for the cards' links. */
  readonly tabUrl: string;
  /** The Teams app id: set, the cards' links are Teams deep links (tab-link.ts). */
  readonly teamsAppId?: string;
  readonly settings?: Partial<ReminderRunSettings>;
  readonly timer?: RunTimer;
};

function storesOf(
  wiring: ReminderStores,
  clock: Clock,
): { plans: PlanStore; reminders: ReminderStore } {
  if ('plans' in wiring) return { plans: wiring.plans, reminders: wiring.reminders };
  const options = {
    graph: wiring.graph,
    site: wiring.site,
    schema: wiring.schema ?? loadBundledManifest().schema,
    clock,
    ...(wiring.planId ? { planId: wiring.planId } : {}),
  };
  return { plans: new GraphPlanStore(options), reminders: new GraphReminderStore(options) };
}

export function reminderRunDeps(wiring: ReminderRunWiring): RunRemindersDeps {
  return {
    ...storesOf(wiring, wiring.clock),
    poster: wiring.poster,
    ...(wiring.finder ? { finder: wiring.finder } : {}),
    cards: reminderCards({ tabUrl: wiring.tabUrl, teamsAppId: wiring.teamsAppId }),
    timer: wiring.timer ?? systemTimer,
    newAttemptId: () => randomUUID(),
    ...(wiring.settings ? { settings: wiring.settings } : {}),
  };
}

/** One run with the wiring; `now` defaults to the clock's time. */
export function runRemindersWith(
  wiring: ReminderRunWiring,
  options: Partial<RunRemindersOptions> = {},
): Promise<Result<ReminderRunResult>> {
  return runReminders(reminderRunDeps(wiring), { now: wiring.clock.now(), ...options });
}

/**
 * The scheduler's job (see ../scheduler.ts): one run at `now`, its report to `log`, line by line.
 * Never throws for an expected failure; the next scheduled run tries again.
 */
export function loggedReminderRun(
  wiring: ReminderRunWiring,
  log: (line: string) => void,
): (now: Date) => Promise<void> {
  return async (now) => {
    const result = await runRemindersWith(wiring, { now });
    if (!result.ok) {
      log(`Påminnelsekörningen kunde inte göras: ${failureText(result.error)}`);
      return;
    }
    for (const line of reportLines(result.value)) log(line);
  };
}
