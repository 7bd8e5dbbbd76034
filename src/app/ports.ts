import type {
  Activity,
  Department,
  DevelopmentArea,
  FollowUp,
  FollowUpRound,
  FollowUpStatus,
  Goal,
  Plan,
  Reminder,
  ReminderStage,
} from '../domain/model.js';
import type { FundsReport } from '../domain/funds.js';
import type { SignOff } from '../domain/sign-off.js';
import type { Result } from './result.js';

/**
 * Ports owned by the use cases. Implementations are named by mechanism:
 * GraphPlanStore (src/graph), InMemoryPlanStore (fake for unit tests).
 * Shared by several parts of the app: change additively and keep every
 * implementation compiling.
 */

/** A stored record with its optimistic-concurrency version (SharePoint's ETag). */
export type Versioned<T> = T & { readonly version: string };

/** A saved round, with the new versions of the activities its save rewrote (by activity id). */
export type SavedRound = Versioned<FollowUpRound> & {
  readonly activityVersions?: Readonly<Record<string, string>>;
};

/**
 * How long a caller can still wait (a card action must answer Teams within seconds). A store
 * given one stops waiting out throttling when the wait would not end within it and reports
 * `throttled` instead; it never abandons a request it has sent, so what it reports is what is
 * stored.
 */
export interface TimeBudget {
  /** Milliseconds left; zero or less when the budget is spent. */
  remainingMs(): number;
}

/** Where the bot posts for a department (or the working group): a Teams channel. */
export type ChannelLink = {
  /** A department id, or 'workingGroup' for the working group's own channel. */
  readonly target: string;
  readonly teamId: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly channelName?: string;
  readonly linkedBy?: string;
  /** The channel's conversation id as the bot saw it at installation (Bot Connector). */
  readonly conversationId?: string;
};

/** A record that may carry its version (snapshots built by hand in tests carry none). */
export type MaybeVersioned<T> = T & { readonly version?: string };

export type PlanSnapshot = {
  /** The chosen plan (LoadOptions.planId, else the store's, else choosePlan's default). */
  readonly plan: Plan;
  readonly parentPlan?: Plan;
  /** Every plan of the site with its version (the plan picker, the plans view). */
  readonly plans: readonly Versioned<Plan>[];
  /** Goals, areas and departments carry their version where the store keeps one (both do). */
  readonly goals: readonly MaybeVersioned<Goal>[];
  /** The plan's areas, and those of the plans its rounds also cover (`alsoPlanIds`). */
  readonly areas: readonly MaybeVersioned<DevelopmentArea>[];
  readonly departments: readonly MaybeVersioned<Department>[];
  /**
   * The plan's activities, and those of the plans its rounds also cover (`alsoPlanIds`, the
   * parent plan): filter by `planId` for the plan alone.
   */
  readonly activities: readonly Versioned<Activity>[];
  /** The plan's own rounds (a round covering further plans included). */
  readonly rounds: readonly Versioned<FollowUpRound>[];
  /** Follow-ups of the open rounds and of the latest closed round. */
  readonly followUps: readonly Versioned<FollowUp>[];
  readonly channels: readonly ChannelLink[];
  /**
   * Department sign-offs of the rounds whose follow-ups the snapshot carries. Absent from a
   * store (or a site) that keeps none: nobody has signed off.
   */
  readonly signOffs?: readonly Versioned<SignOff>[];
  /**
   * The latest development funds reported per activity and round, of every round of the plan
   * (the overview's and the report's "used"; funds.ts). Read with the plan in the same round
   * trip, funds only. Absent from a store that does not read it: only `followUps` count.
   */
  readonly fundsUsed?: readonly FundsReport[];
};

export type Responder = { readonly id: string; readonly name: string };

export type Answer = {
  readonly activityId: string;
  readonly status: FollowUpStatus;
  readonly comment: string;
  readonly nextSteps: string;
  /** The round's indicator values (ja/nej as 1/0) and funds used, as validated. */
  readonly indicatorValues?: Readonly<Record<string, number>>;
  readonly fundsUsedTkr?: number;
  /** The version the answerer saw; a newer stored version is a conflict. Absent: first answer. */
  readonly expectedVersion?: string;
  /**
   * The answerer saw that nobody had answered (a card): a first answer someone else stores
   * meanwhile is then a `conflict`, not written over. Without it two first answers racing are
   * both kept, the later on top.
   */
  readonly sawNoAnswer?: boolean;
};

/**
 * `Failure.current` of a `conflict` from recordFollowUps: the stored answers that differ from
 * what the answerer saw. Answers sent with the same content as the stored one are not conflicts
 * (a retried delivery is idempotent); two first answers written at the same moment are both
 * kept, the later one on top of the earlier in the item's version history.
 */
export type FollowUpConflict = {
  readonly conflicts: readonly Versioned<FollowUp>[];
  /** Answers of the same call that were stored before the conflict was found. */
  readonly written?: readonly Versioned<FollowUp>[];
};

/**
 * `Failure.current` of another recordFollowUps failure (`throttled`, `unavailable`) when some
 * answers of the call were stored before it: those answers. Absent: nothing was stored.
 */
export type FollowUpsPartlyStored = { readonly written: readonly Versioned<FollowUp>[] };

export type RecordFollowUpsInput = {
  readonly roundId: string;
  readonly departmentId: string;
  readonly answers: readonly Answer[];
  readonly responder: Responder;
  readonly source: 'card' | 'tab';
  readonly at: Date;
  /**
   * The snapshot (from this store's loadPlan) the answers were checked against. A store may
   * write against it without reading first; a stale basis still ends as `conflict`, never as a
   * lost answer, because each write carries the version it saw.
   */
  readonly basis?: PlanSnapshot;
  /** How long the caller can wait; past it a throttled write is reported, not waited out. */
  readonly budget?: TimeBudget;
};

export type LoadOptions = {
  /** How long the caller can wait; past it a throttled read is reported, not waited out. */
  readonly budget?: TimeBudget;
  /** The plan to load (a plan id); absent: the store's plan, else the default (choosePlan). */
  readonly planId?: string | undefined;
};

/** One activity of `saveActivities`: absent `expectedVersion` creates it. */
export type ActivityWrite = {
  readonly activity: Activity;
  readonly expectedVersion: string | undefined;
};

export interface PlanStore {
  loadPlan(options?: LoadOptions): Promise<Result<PlanSnapshot>>;
  saveActivity(
    activity: Activity,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Activity>>>;
  /**
   * Many activities at once (an import), each as saveActivity would save it (same validation,
   * If-Match, `conflict` without overwriting), in as few round trips as the store can (Graph:
   * `$batch`es of 20). One result per item, in order; the whole call fails only when nothing
   * could be tried (the site unreachable).
   */
  saveActivities(
    items: readonly ActivityWrite[],
  ): Promise<Result<readonly Result<Versioned<Activity>>[]>>;
  /**
   * Saves a round; opening or closing one may rewrite activities' derived columns, whose new
   * versions come back in `activityVersions` (by activity id) so a client can keep editing.
   */
  saveRound(round: FollowUpRound, expectedVersion: string | undefined): Promise<Result<SavedRound>>;
  /** Idempotent by (round, activity); conflicts per answer come back as `conflict`. */
  recordFollowUps(input: RecordFollowUpsInput): Promise<Result<readonly Versioned<FollowUp>[]>>;
  /** Every stored version of one follow-up, oldest first (history in the tab). */
  followUpHistory(roundId: string, activityId: string): Promise<Result<readonly FollowUp[]>>;
  /**
   * Creates (no `expectedVersion`; an existing one is a `conflict` carrying it) or replaces (the
   * version seen; a newer one is a `conflict`) the sign-off of a round and department. Every
   * write is kept as a version (history).
   */
  saveSignOff(
    signOff: SignOff,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<SignOff>>>;
  /**
   * Writes each answer again, unchanged, with If-Match of the version given (one `$batch`): an
   * answer written meanwhile on an older version then gets a conflict (the sign-off's guard,
   * sign-off.ts). `conflict` when one of them changed since the version given; the others may be
   * touched, which changes nothing of them but their version. The history shows no touch.
   */
  touchFollowUps(answers: readonly Versioned<FollowUp>[]): Promise<Result<void>>;
  /** Absent version: create (an existing id is a `conflict`); else If-Match as saveActivity. */
  saveArea(
    area: DevelopmentArea,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<DevelopmentArea>>>;
  saveGoal(goal: Goal, expectedVersion: string | undefined): Promise<Result<Versioned<Goal>>>;
  saveDepartment(
    department: Department,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Department>>>;
  /** Creates (no version) or updates a plan; a stale version is a `conflict` with the current. */
  savePlan(plan: Plan, expectedVersion: string | undefined): Promise<Result<Versioned<Plan>>>;
  /**
   * Marks a change of the plan's allocations on the plan item, with If-Match of
   * `expectedVersion` (the plan's version the allocation check read): `conflict` when the plan
   * changed since, whoever changed it (another allocation's mark, its funds). `stamp` names the
   * change (the plan's AllocationStamp), so two marks never look alike; nothing else of the plan
   * changes. Returns the plan's new version.
   */
  markAllocation(planId: string, expectedVersion: string, stamp: string): Promise<Result<string>>;
  /**
   * Creates many areas and activities (a plan's new version) in `$batch`es of 20, areas first.
   * Idempotent by id: what exists already is left as it is, so a call cut short can be repeated.
   */
  createPlanItems(items: PlanItems): Promise<Result<{ readonly created: number }>>;
}

/**
 * `Failure.current` of a department merge that moved only some activities (saveActivities is not
 * atomic): what was stored, and the stored versions refused.
 */
export type ActivitiesPartlySaved = {
  readonly saved: readonly Versioned<Activity>[];
  readonly conflicts: readonly Versioned<Activity>[];
};

export type PlanItems = {
  readonly areas: readonly DevelopmentArea[];
  readonly activities: readonly Activity[];
};

export interface ChannelDirectory {
  listChannelLinks(): Promise<Result<readonly ChannelLink[]>>;
  linkChannel(link: ChannelLink): Promise<Result<ChannelLink>>;
  unlinkChannel(target: string): Promise<Result<void>>;
}

export type ReminderKey = {
  readonly roundId: string;
  readonly departmentId: string;
  readonly stage: ReminderStage;
};

export type Reservation =
  | { readonly created: true; readonly reminder: Versioned<Reminder> }
  | { readonly created: false; readonly reminder: Versioned<Reminder> };

export interface ReminderStore {
  /**
   * Creates the reservation by its unique key; `created: false` when it already exists. The same
   * `attemptId` again (a retried request whose first answer was lost) finds its own reservation
   * and gets `created: true`.
   */
  reserve(key: ReminderKey, attemptId: string, dueAt: Date, at: Date): Promise<Result<Reservation>>;
  update(reminder: Versioned<Reminder>): Promise<Result<Versioned<Reminder>>>;
  listForRound(roundId: string): Promise<Result<readonly Versioned<Reminder>[]>>;
}

/** A posted Teams message: the thread (conversation) and the message id. */
export type MessageRef = { readonly conversationId: string; readonly messageId: string };

/** Posts to channels; one that can read a channel's roster also offers `memberIds`. */
export interface ChannelPoster extends Partial<ChannelMembers> {
  /** A new thread in the channel; `key` lets a later run recognise the post. */
  post(
    channel: ChannelLink,
    card: object,
    key: string,
  ): Promise<Result<MessageRef, 'throttled' | 'notFound' | 'unavailable'>>;
  update(
    channel: ChannelLink,
    message: MessageRef,
    card: object,
  ): Promise<Result<void, 'throttled' | 'notFound' | 'unavailable'>>;
}

/**
 * Teams user ids (MRIs, as the Bot Connector's roster gives them) of a channel's members: the
 * follow-up card's `refresh.userIds`, so Teams refreshes the card by itself for them (it lists at
 * most 60; a larger channel gets none and relies on the bot updating the posted card).
 */
export interface ChannelMembers {
  /** Empty when there are more than 60 or the roster cannot be read (then refresh is on demand). */
  memberIds(
    channel: Pick<ChannelLink, 'channelId' | 'serviceUrl' | 'tenantId'>,
  ): Promise<readonly string[]>;
}

/**
 * Finds a post by the key it was posted with (ChannelPoster.post's `key`): how the reminder run
 * tells whether a run that died between posting and recording did post. In production this
 * reads the channel's messages (Graph `GET /teams/{id}/channels/{id}/messages/delta`,
 * resource-specific consent `ChannelMessage.Read.Group`); the post must carry the key where that
 * read sees it. `forbidden`: the app may not read this channel's messages, so it cannot check
 * (the run then posts again); `notFound`: the channel is gone.
 */
export interface PostFinder {
  /** The message posted with `key` at or after `since`; `null` when there is none. */
  findPost(
    channel: ChannelLink,
    key: string,
    since: Date,
  ): Promise<Result<MessageRef | null, 'throttled' | 'notFound' | 'unavailable' | 'forbidden'>>;
}

export interface TeamMembership {
  /** Whether the user (Entra object id) belongs to the team, as Teams says: never card data. */
  isMember(teamId: string, userId: string): Promise<Result<boolean>>;
}
