import type { ReminderStage } from '../../domain/model.js';
import type { MessageRef, ReminderKey } from '../ports.js';

/**
 * What happened to one reminder in a run:
 * - `posted` by this run; `recovered`: an earlier run's post was found and recorded;
 * - `alreadySent`; `inProgress`: another run holds it (it posts it);
 * - `waiting`: earlier attempts failed, retried after `nextAttemptAt`; `failed`: this attempt
 *   failed (retried on a later run); `gaveUp`: too many attempts;
 * - `unrecorded`: posted, but the message reference could not be stored (the next run checks);
 * - `unreachable`: the channel is gone; `noChannel`: no channel is linked;
 * - `wouldPost`: a dry run's answer.
 */
export type ReminderOutcome =
  | 'posted'
  | 'recovered'
  | 'alreadySent'
  | 'inProgress'
  | 'waiting'
  | 'failed'
  | 'gaveUp'
  | 'unrecorded'
  | 'unreachable'
  | 'noChannel'
  | 'wouldPost';

/** Outcomes that leave something due not posted: the run did not complete. */
const incompleteOutcomes: ReadonlySet<ReminderOutcome> = new Set<ReminderOutcome>([
  'waiting',
  'failed',
  'gaveUp',
  'unrecorded',
  'unreachable',
  'noChannel',
]);

export type DeliveryOutcome = {
  readonly outcome: ReminderOutcome;
  /** Swedish, for people: why it failed or what to do. */
  readonly message?: string;
  readonly messageRef?: MessageRef;
  readonly attempts?: number;
  readonly nextAttemptAt?: string;
};

export type ReminderReport = DeliveryOutcome & {
  readonly key: ReminderKey;
  /** The department's name, or `Arbetsgruppen` for the summary. */
  readonly targetName: string;
  readonly roundTitle: string;
};

export type UnreachableDepartment = {
  readonly roundId: string;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly reason: 'noChannel' | 'channelGone';
};

export type RoundReport = {
  readonly roundId: string;
  readonly title: string;
  /** The latest stage whose moment has come (absent: nothing due yet). */
  readonly stage?: ReminderStage;
  readonly stageAt?: string;
  /** Departments with activities in the round, and how many of them miss answers. */
  readonly departments: number;
  readonly missing: number;
};

export type ReminderRunResult = {
  readonly now: string;
  readonly dryRun: boolean;
  readonly rounds: readonly RoundReport[];
  /** Rounds the calendar says should be open that nobody opened (no reminders go out). */
  readonly unopened: readonly {
    readonly roundId: string;
    readonly title: string;
    readonly opensOn: string;
  }[];
  readonly reminders: readonly ReminderReport[];
  /** Departments this run could not reach: shown in the summary card and in the tab. */
  readonly unreachable: readonly UnreachableDepartment[];
  /** Everything due was posted (or is being posted by another run). */
  readonly complete: boolean;
};

export function isComplete(reminders: readonly ReminderReport[]): boolean {
  return reminders.every((r) => !incompleteOutcomes.has(r.outcome));
}
