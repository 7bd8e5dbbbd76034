import type { Clock } from '../../domain/clock.js';
import type { FollowUp } from '../../domain/model.js';
import { isSignedOff } from '../../domain/sign-off-rules.js';
import { departmentTeamId, type Authorization, type Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, TimeBudget, Versioned } from '../ports.js';
import { loadForRound } from '../plan-loading.js';
import { fail, ok, type Failure, type Result } from '../result.js';
import {
  fieldMessagesOf,
  planWrites,
  validateEntries,
  type CardCheck,
  type AnswerEntryInput,
} from './answer-rules.js';
import {
  answerMessages,
  recordFailure,
  refuse,
  staleRefusal,
  throttledInWords,
  type AnswerRefusal,
} from './answer-refusals.js';
import type { DepartmentTeams } from './department-teams.js';
import {
  answerVersions,
  departmentRoundView,
  withAnswers,
  type DepartmentRoundView,
} from './department-view.js';

/**
 * A department answers its follow-ups in a round, from a card or the tab. The rules:
 * - the caller is a member of the department's team (asked of Teams, in parallel with loading
 *   the plan when the team is known from an earlier snapshot);
 * - the round is open (stored state), and every activity belongs to that department and round
 *   as stored, whatever the card or request says;
 * - validation and the personal-data guard run on every field; any finding stores nothing;
 * - partial answers are fine, changes are fine while the round is open and the department has
 *   not signed off its part (then `forbidden`, `locked`: only the working group can reopen it);
 * - an answer made on a stale card never overwrites another person's answer (`conflict`);
 * - an answer that read "not signed off" and writes after a sign-off was stored is refused as
 *   signed off: the sign-off touched the answers first, so the write meets a conflict, and one
 *   more read finds the sign-off (sign-off.ts);
 * - the same answer delivered twice writes once.
 * Graph round trips: loadPlan (one batch) and recordFollowUps (one batch), sequentially; the
 * membership check runs beside loadPlan and is cached by the TeamMembership adapter.
 */

export type SeenAnswers =
  /**
   * A card: whether it showed the activity's answer as it is stored now. `stored` is every
   * stored answer of the department in the round (older cards carry one fingerprint of all).
   */
  | {
      readonly kind: 'card';
      matches(
        activityId: string,
        stored: readonly { readonly activityId: string; readonly version: string }[],
      ): boolean;
      /**
       * Whether the entry's inputs came back exactly as the answer the card showed filled them:
       * the person left them alone, so they are no answer (Teams sends every input of a card).
       */
      leftAsShown?(entry: AnswerEntryInput): boolean;
    }
  /** The tab: each entry carries the version it saw (`expectedVersion`). */
  | { readonly kind: 'versions' };

export type AnswerFollowUpsInput = {
  readonly roundId: string;
  readonly departmentId: string;
  readonly entries: readonly AnswerEntryInput[];
  readonly caller: Caller;
  readonly source: 'card' | 'tab';
  readonly seen: SeenAnswers;
  /**
   * The team the caller says the department answers from (a card's data). Only lets the
   * membership check start beside loading the plan; the stored team decides.
   */
  readonly teamHint?: string;
  /**
   * How long the caller can wait (a card action: what Teams allows). Throttling that would
   * outlast it ends the answer as `throttled`, with nothing stored unless `written` says so.
   */
  readonly budget?: TimeBudget;
};

type AnsweredFollowUps = {
  /** Follow-ups written now (empty when everything was already stored: a repeated delivery). */
  readonly written: readonly Versioned<FollowUp>[];
  /** Activities whose answer was already stored as sent. */
  readonly unchanged: readonly string[];
  /** The department in the round after the answer. */
  readonly view: DepartmentRoundView;
};

export type { AnswerRefusal } from './answer-refusals.js';

export type AnswerOutcome =
  { readonly ok: true; readonly value: AnsweredFollowUps } | AnswerRefusal;

export type AnswerDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
  readonly clock: Clock;
  readonly teams?: DepartmentTeams;
};

/** The plan, and whether the caller may answer (a refusal still has the plan, to show it). */
async function loadAndAuthorize(
  deps: AnswerDeps,
  input: AnswerFollowUpsInput,
): Promise<Result<{ readonly snapshot: PlanSnapshot; readonly allowed: Result<void> }>> {
  const hinted = deps.teams?.get(input.departmentId) ?? input.teamHint;
  const [snapshot, early] = await Promise.all([
    loadForRound(deps.store, input.roundId, input.budget ? { budget: input.budget } : {}),
    hinted === undefined ? undefined : deps.authorization.canAnswer(input.caller, hinted),
  ]);
  if (!snapshot.ok) return snapshot;
  deps.teams?.remember(snapshot.value.channels);
  const teamId = departmentTeamId(snapshot.value.channels, input.departmentId);
  const allowed =
    early !== undefined && teamId === hinted
      ? early
      : await deps.authorization.canAnswer(input.caller, teamId);
  return ok({ snapshot: snapshot.value, allowed });
}

function checkEntries(input: AnswerFollowUpsInput, view: DepartmentRoundView): Failure | undefined {
  const ids = input.entries.map((e) => e.activityId);
  if (new Set(ids).size !== ids.length)
    return fail('invalid', answerMessages.duplicateActivity).error;
  const known = new Set(view.items.map((item) => item.activity.id));
  if (ids.some((id) => !known.has(id))) return fail('forbidden', answerMessages.notInRound).error;
  return undefined;
}

export async function answerFollowUps(
  deps: AnswerDeps,
  input: AnswerFollowUpsInput,
): Promise<AnswerOutcome> {
  const loaded = await loadAndAuthorize(deps, input);
  if (!loaded.ok) return refuse(throttledInWords(loaded.error));
  const { snapshot, allowed } = loaded.value;
  const viewed = departmentRoundView(snapshot, input.roundId, input.departmentId);
  // Someone who may not answer still gets what they were looking at (read-only on a card).
  if (!allowed.ok) return refuse(allowed.error, viewed.ok ? { view: viewed.value } : {});
  if (!viewed.ok) return refuse(viewed.error);
  const view = viewed.value;
  if (view.round.state !== 'open')
    return refuse(fail('conflict', answerMessages.roundNotOpen).error, { view });
  if (isSignedOff(view.signOff))
    return refuse(fail('forbidden', answerMessages.signedOff).error, { view, locked: true });
  const problem = checkEntries(input, view);
  if (problem) return refuse(problem, { view });
  const items = new Map(view.items.map((item) => [item.activity.id, item]));
  const valid = validateEntries(input.entries, items);
  if (!valid.ok) {
    const personal = valid.errors.some((e) => e.reason === 'personalData');
    const reason = personal ? 'personalData' : 'invalid';
    const fields = fieldMessagesOf(valid.errors);
    const error = fail(reason, answerMessages[reason], { fields }).error;
    return refuse(error, { view, fieldErrors: valid.errors });
  }
  if (valid.value.length === 0)
    return refuse(fail('invalid', answerMessages.nothingChosen).error, { view });
  return write(deps, input, snapshot, view, valid.value);
}

async function write(
  deps: AnswerDeps,
  input: AnswerFollowUpsInput,
  basis: PlanSnapshot,
  view: DepartmentRoundView,
  entries: Parameters<typeof planWrites>[0],
): Promise<AnswerOutcome> {
  const items = new Map(view.items.map((item) => [item.activity.id, item]));
  const plan = planWrites(entries, items, input.caller.id, cardCheck(input, view));
  if (plan.conflicts.length > 0) return staleRefusal(view, plan.conflicts);
  if (plan.answers.length === 0) return ok({ written: [], unchanged: plan.unchanged, view });
  if (input.budget && input.budget.remainingMs() <= 0)
    return refuse(fail('throttled', answerMessages.outOfTime).error, { view });
  const recorded = await deps.store.recordFollowUps({
    roundId: view.round.id,
    departmentId: view.department.id,
    answers: plan.answers,
    responder: { id: input.caller.id, name: input.caller.name },
    source: input.source,
    at: deps.clock.now(),
    basis,
    ...(input.budget ? { budget: input.budget } : {}),
  });
  if (!recorded.ok) {
    // A sign-off stored meanwhile touched the answers (sign-off.ts): refused as signed off.
    const locked =
      recorded.error.reason === 'conflict' ? await signedOffView(deps, input) : undefined;
    if (locked)
      return refuse(fail('forbidden', answerMessages.signedOff).error, {
        view: locked,
        locked: true,
      });
    return recordFailure(recorded.error, view);
  }
  return ok({
    written: recorded.value,
    unchanged: plan.unchanged,
    view: withAnswers(view, recorded.value),
  });
}

/** The department's view when it has signed off by now (one more read, after a conflict only). */
async function signedOffView(
  deps: AnswerDeps,
  input: AnswerFollowUpsInput,
): Promise<DepartmentRoundView | undefined> {
  const options = input.budget ? { budget: input.budget } : {};
  const snapshot = await loadForRound(deps.store, input.roundId, options);
  if (!snapshot.ok) return undefined;
  const view = departmentRoundView(snapshot.value, input.roundId, input.departmentId);
  return view.ok && isSignedOff(view.value.signOff) ? view.value : undefined;
}

function cardCheck(input: AnswerFollowUpsInput, view: DepartmentRoundView): CardCheck | undefined {
  const seen = input.seen;
  if (seen.kind !== 'card') return undefined;
  const stored = answerVersions(view);
  const left = new Set(
    input.entries.filter((e) => seen.leftAsShown?.(e) === true).map((e) => e.activityId),
  );
  return {
    fresh: (activityId) => seen.matches(activityId, stored),
    leftAsShown: (activityId) => left.has(activityId),
  };
}
