import type { Department, FollowUpRound, ReminderStage } from '../../domain/model.js';
import type { PlanSnapshot, Versioned } from '../ports.js';

/**
 * The cards a reminder run posts, built by the composition root from src/cards (the app layer
 * does not import card builders). Both return Adaptive Card JSON.
 */

export type ReminderCardRequest = {
  readonly snapshot: PlanSnapshot;
  readonly round: Versioned<FollowUpRound>;
  readonly department: Department;
  readonly stage: ReminderStage;
  /** Teams user ids of the channel's members, for the card's refresh (see ChannelMembers). */
  readonly memberIds?: readonly string[];
};

export type SummaryCardRequest = {
  readonly round: Versioned<FollowUpRound>;
  readonly stage: ReminderStage;
  /** Departments still missing answers, in the plan's order. */
  readonly missing: readonly {
    readonly department: Department;
    readonly answered: number;
    readonly assigned: number;
  }[];
  /** Departments the run could not reach (no channel linked, or the channel is gone). */
  readonly unreachable: readonly Department[];
};

export interface ReminderCards {
  /** The follow-up card of the department and round, titled for the stage. */
  reminder(request: ReminderCardRequest): object;
  /** The working group's summary, with a link to the tab. */
  summary(request: SummaryCardRequest): object;
}
