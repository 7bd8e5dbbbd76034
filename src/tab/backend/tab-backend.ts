import type { Activity, FollowUp, FollowUpRound, Plan, Reminder } from '../../domain/model.js';
import type { PlanSnapshot, Versioned } from '../../app/ports.js';
import type {
  AnswersRequest,
  ApiErrorReason,
  CalendarRound,
  ChannelLinkRequest,
  ChannelLinkResponse,
  MeResponse,
  OpenRoundRequest,
  ReminderResponse,
} from '../api/contract.js';
import type { PlanAdoptRequest, PlanCreateRequest } from '../api/plans-contract.js';

/** Why a call failed: the API's reasons, plus `network` when nothing answered. */
export type TabFailureReason = ApiErrorReason | 'network';

export type TabFailure = {
  readonly reason: TabFailureReason;
  /** A Swedish sentence for the user (the server's, or the tab's own). */
  readonly message: string;
  readonly fields?: Readonly<Record<string, string>>;
  /** For `conflict`: what is stored now. */
  readonly current?: unknown;
  readonly retryAfterSeconds?: number;
};

export type TabResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TabFailure };

/**
 * Everything the tab reads and writes. Reads: the data layer's `loadPlan` with the user's
 * Graph token; writes: the app's HTTP API (src/tab/api/contract.ts).
 */
export interface TabBackend {
  /** The plan `planId` (absent: the default plan); the chosen plan's items only. */
  loadPlan(planId?: string): Promise<TabResult<PlanSnapshot>>;
  me(): Promise<TabResult<MeResponse>>;
  calendar(from: string, to: string): Promise<TabResult<readonly CalendarRound[]>>;
  openRound(request: OpenRoundRequest): Promise<TabResult<Versioned<FollowUpRound>>>;
  closeRound(
    roundId: string,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<FollowUpRound>>>;
  submitAnswers(
    roundId: string,
    request: AnswersRequest,
  ): Promise<TabResult<readonly Versioned<FollowUp>[]>>;
  sendReminder(roundId: string, departmentId: string): Promise<TabResult<ReminderResponse>>;
  /** The round's reminders from the Påminnelser list (read with the user's token; Uppföljning only). */
  roundReminders(roundId: string): Promise<TabResult<readonly Reminder[]>>;
  /** A stale `expectedVersion` fails with `conflict` and `current` = the stored activity. */
  saveActivity(
    activity: Activity,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<Activity>>>;
  activityHistory(activityId: string): Promise<TabResult<readonly FollowUp[]>>;
  linkChannel(request: ChannelLinkRequest): Promise<TabResult<ChannelLinkResponse['link']>>;
  createPlan(request: PlanCreateRequest): Promise<TabResult<Versioned<Plan>>>;
  adoptPlan(planId: string, request: PlanAdoptRequest): Promise<TabResult<Versioned<Plan>>>;
  /** "Ny version": the proposed copy (the same one again when it exists). */
  revisePlan(planId: string, expectedVersion: string): Promise<TabResult<Versioned<Plan>>>;
}
