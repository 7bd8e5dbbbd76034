import type { Activity, FollowUp, Plan, Reminder } from '../../domain/model.js';
import type { PlanSnapshot, SavedRound, Versioned } from '../../app/ports.js';
import type { SignOff } from '../../domain/sign-off.js';
import type {
  AnswersRequest,
  CalendarRound,
  ChannelLinkRequest,
  ChannelLinkResponse,
  MeResponse,
  OpenRoundRequest,
  ReminderResponse,
} from '../api/contract.js';
import type { PlanWorkApi } from './plan-work-api.js';
import type {
  PlanAdoptRequest,
  PlanCreateRequest,
  PlanUpdateRequest,
} from '../api/plans-contract.js';

export type { TabFailure, TabFailureReason, TabResult } from './tab-result.js';
import type { TabResult } from './tab-result.js';

/**
 * Everything the tab reads and writes. Reads: the data layer's `loadPlan` with the user's
 * Graph token; writes: the app's HTTP API (src/tab/api/contract.ts).
 */
export interface TabBackend {
  /** The plan `planId` (absent: the default plan); the chosen plan's items only. */
  loadPlan(planId?: string): Promise<TabResult<PlanSnapshot>>;
  me(): Promise<TabResult<MeResponse>>;
  /**
   * The calendar's rounds opening in [from, to]; with `planId` (a plan revising another), less
   * the periods an earlier version of the plan followed up.
   */
  calendar(from: string, to: string, planId?: string): Promise<TabResult<readonly CalendarRound[]>>;
  /** The round opened, with the new versions of the activities opening it rewrote. */
  openRound(request: OpenRoundRequest): Promise<TabResult<SavedRound>>;
  closeRound(roundId: string, expectedVersion: string): Promise<TabResult<SavedRound>>;
  submitAnswers(
    roundId: string,
    request: AnswersRequest,
  ): Promise<TabResult<readonly Versioned<FollowUp>[]>>;
  sendReminder(roundId: string, departmentId: string): Promise<TabResult<ReminderResponse>>;
  /** The round's reminders from the Påminnelser list (read with the user's token; Uppföljning only). */
  roundReminders(roundId: string): Promise<TabResult<readonly Reminder[]>>;
  /** The answers of rounds the plan's read does not hold (Rapport's older rounds): one read. */
  roundFollowUps(roundIds: readonly string[]): Promise<TabResult<readonly FollowUp[]>>;
  /** A stale `expectedVersion` fails with `conflict` and `current` = the stored activity. */
  saveActivity(
    activity: Activity,
    expectedVersion: string,
  ): Promise<TabResult<Versioned<Activity>>>;
  activityHistory(activityId: string): Promise<TabResult<readonly FollowUp[]>>;
  linkChannel(request: ChannelLinkRequest): Promise<TabResult<ChannelLinkResponse['link']>>;
  /** Signs off a department's part of a round (its team), or reopens it (the working group). */
  signOff(
    roundId: string,
    departmentId: string,
    action: 'signOff' | 'reopen',
  ): Promise<TabResult<Versioned<SignOff>>>;
  /** The plan work's API (Planera) on the plan `planId` (absent: in force), loaded at first use. */
  planWork(planId?: string): Promise<TabResult<PlanWorkApi>>;
  createPlan(request: PlanCreateRequest): Promise<TabResult<Versioned<Plan>>>;
  adoptPlan(planId: string, request: PlanAdoptRequest): Promise<TabResult<Versioned<Plan>>>;
  /** "Ny version": the proposed copy (the same one again when it exists). */
  revisePlan(planId: string, expectedVersion: string): Promise<TabResult<Versioned<Plan>>>;
  /** A plan's own fields (PUT /plans/{id}) and an adopted plan's decision, corrected. */
  updatePlan(planId: string, request: PlanUpdateRequest): Promise<TabResult<Versioned<Plan>>>;
  correctDecision(planId: string, request: PlanAdoptRequest): Promise<TabResult<Versioned<Plan>>>;
}
