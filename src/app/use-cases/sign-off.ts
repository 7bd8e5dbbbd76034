import type { Clock } from '../../domain/clock.js';
import { activityTitleSv } from '../../domain/model.js';
import { type SignOff } from '../../domain/sign-off.js';
import { isSignedOff } from '../../domain/sign-off-rules.js';
import { departmentTeamId, type Authorization, type Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, TimeBudget } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { utcSeconds } from '../store-rules.js';
import { departmentRoundView, type DepartmentRoundView } from './department-view.js';

/**
 * A department signs off its part of a round (Klarmarkera), and the working group reopens it.
 * - Sign-off: a member of the department's team (as for answers), the round open, and every
 *   activity of the department in the round answered (else `conflict`, naming what is missing:
 *   `current` is `{ missingActivityIds }`). Signing off again is no change.
 * - Reopen: the working group only; the department must have signed off, the round be open.
 * Both are writes of the one sign-off record with the version seen, so each stays in its history
 * and a change made meanwhile is a `conflict`, never overwritten. Signing off first touches the
 * department's answers in the round (PlanStore.touchFollowUps, one `$batch`), so no answer that
 * read "not signed off" can be written after the sign-off. A first answer cannot race it
 * either, since signing off needs every activity answered: a create then meets the stored answer
 * (409); a card's first answer is refused there, but the tab's is written on top of it (both
 * kept, by design of simultaneous first answers), which this guard does not cover.
 */

export type SignOffDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
  readonly clock: Clock;
};

export type SignOffInput = {
  readonly caller: Caller;
  readonly roundId: string;
  readonly departmentId: string;
  readonly budget?: TimeBudget;
};

/** `Failure.current` of a sign-off refused for missing answers. */
type MissingAnswers = { readonly missingActivityIds: readonly string[] };

const signOffMessages = {
  missing: (titles: readonly string[]) =>
    `Alla aktiviteter behöver ett svar innan förvaltningen kan klarmarkera. Svar saknas för: ${titles.join('; ')}.`,
  noActivities:
    'Förvaltningen har inga aktiviteter i den här uppföljningen, så det finns inget att klarmarkera.',
  notSignedOff: 'Förvaltningen har inte klarmarkerat sin del, så det finns inget att öppna igen.',
  roundNotOpen: 'Uppföljningen är inte öppen, så klarmarkeringen kan inte ändras.',
  answerChanged:
    'Ett svar ändrades medan förvaltningen klarmarkerade, så inget klarmarkerades. Se svaren och klarmarkera igen.',
} as const;

async function viewFor(
  deps: SignOffDeps,
  input: SignOffInput,
  allowed: (snapshot: PlanSnapshot) => Promise<Result<void>>,
): Promise<Result<DepartmentRoundView>> {
  const snapshot = await deps.store.loadPlan(input.budget ? { budget: input.budget } : {});
  if (!snapshot.ok) return snapshot;
  const permitted = await allowed(snapshot.value);
  if (!permitted.ok) return permitted;
  const view = departmentRoundView(snapshot.value, input.roundId, input.departmentId);
  if (!view.ok) return view;
  if (view.value.round.state !== 'open') return fail('conflict', signOffMessages.roundNotOpen);
  return view;
}

/** The activities of the view still without an answer. */
function missingAnswers(view: DepartmentRoundView): DepartmentRoundView['items'] {
  return view.items.filter((item) => item.answer === undefined);
}

export async function signOffDepartment(
  deps: SignOffDeps,
  input: SignOffInput,
): Promise<Result<DepartmentRoundView>> {
  const loaded = await viewFor(deps, input, (snapshot) =>
    deps.authorization.canAnswer(
      input.caller,
      departmentTeamId(snapshot.channels, input.departmentId),
    ),
  );
  if (!loaded.ok) return loaded;
  const view = loaded.value;
  if (isSignedOff(view.signOff)) return ok(view);
  if (view.items.length === 0) return fail('conflict', signOffMessages.noActivities);
  const missing = missingAnswers(view);
  if (missing.length > 0) {
    const current: MissingAnswers = { missingActivityIds: missing.map((i) => i.activity.id) };
    const titles = missing.map((i) => activityTitleSv(i.activity));
    return fail('conflict', signOffMessages.missing(titles), { current });
  }
  // Before the sign-off is stored, every answer is written again unchanged with the version
  // read: an answer in flight on an older version then meets a conflict and, reading again,
  // finds the sign-off (answer-follow-ups.ts); one changed since this read refuses the sign-off.
  const answers = view.items.flatMap((item) => (item.answer ? [item.answer] : []));
  const touched = await deps.store.touchFollowUps(answers);
  if (!touched.ok)
    return touched.error.reason === 'conflict'
      ? fail('conflict', signOffMessages.answerChanged)
      : touched;
  const previous = view.signOff;
  const signOff: SignOff = {
    ...(previous ? withoutVersion(previous) : {}),
    roundId: view.round.id,
    departmentId: view.department.id,
    state: 'signedOff',
    signedBy: { id: input.caller.id, name: input.caller.name },
    signedAt: utcSeconds(deps.clock.now()),
  };
  const saved = await deps.store.saveSignOff(signOff, previous?.version);
  return saved.ok ? ok({ ...view, signOff: saved.value }) : saved;
}

export async function reopenDepartment(
  deps: SignOffDeps,
  input: SignOffInput,
): Promise<Result<DepartmentRoundView>> {
  const loaded = await viewFor(deps, input, () => deps.authorization.canManage(input.caller));
  if (!loaded.ok) return loaded;
  const view = loaded.value;
  const stored = view.signOff;
  if (!stored || !isSignedOff(stored))
    return fail('conflict', signOffMessages.notSignedOff, stored ? { current: stored } : {});
  const signOff: SignOff = {
    ...withoutVersion(stored),
    state: 'reopened',
    reopenedBy: { id: input.caller.id, name: input.caller.name },
    reopenedAt: utcSeconds(deps.clock.now()),
  };
  const saved = await deps.store.saveSignOff(signOff, stored.version);
  return saved.ok ? ok({ ...view, signOff: saved.value }) : saved;
}

function withoutVersion(signOff: SignOff & { readonly version: string }): SignOff {
  const { version: _version, ...rest } = signOff;
  return rest;
}
