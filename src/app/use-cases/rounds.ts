import { formatDateSv } from '../../domain/calendar/labels-sv.js';
import { dateParts } from '../../domain/calendar/plain-date.js';
import { stockholmDate } from '../../domain/calendar/stockholm-time.js';
import type { Clock } from '../../domain/clock.js';
import { isPastRound } from '../../domain/round-phase.js';
import type { FollowUpRound, RoundKind } from '../../domain/model.js';
import { validateDate, validateText } from '../../domain/validation.js';
import type { Authorization, Caller } from '../authorization.js';
import type { PlanSnapshot, PlanStore, SavedRound } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { choosePlan } from '../store-rules.js';
import { alsoPlansProblem } from '../../domain/plans.js';
import { readOnlyRefusal } from './plans.js';
import { loadForRound, periodFollowedUp, roundsOfEarlierVersions } from '../plan-loading.js';

/**
 * The working group opens a round the follow-up calendar proposes (with the dates it confirmed)
 * and closes it again. Opening is idempotent by (kind, period start): a planned round is opened,
 * an open one is a conflict carrying it, a closed one is not reopened. Closing needs the version
 * the user saw, so a round changed meanwhile is a conflict, never overwritten.
 *
 * Rounds may overlap: the term-of-office round opens (1 March) while the annual round still runs
 * (to 31 March), so opening one never depends on another being open. A round whose closing date
 * has come is opened only when the working group confirms it (`confirmPast`); a round opened
 * before its opening date is simply open early (no reminder goes out before the date).
 *
 * A period is followed up once across a plan's versions: a new version does not open a round
 * of a period an earlier version followed up (read only for a plan that revises another).
 */

export type RoundDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
  readonly clock: Clock;
};

export type RoundProposal = {
  readonly kind: RoundKind;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly opensOn: string;
  readonly dueOn: string;
  readonly closesOn: string;
};

const roundMessages = {
  alreadyOpen: 'Omgången är redan öppen.',
  closed: 'Omgången är stängd och kan inte öppnas igen.',
  notOpen: 'Omgången är inte öppen, så den kan inte stängas.',
  unknown: 'Uppföljningsomgången finns inte.',
  dateOrder: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
  period: 'Perioden stämmer inte med uppföljningskalendern för den här sortens omgång.',
  periodOrder: 'Perioden slutar före den börjar.',
  earlierVersion: (title: string) =>
    `${title} följs redan upp för en tidigare version av planen; en period följs upp en gång. Välj den ersatta planen för att läsa omgången.`,
  past: (closesOn: string) =>
    `Omgången stängde ${formatDateSv(closesOn)}. Bekräfta att den ska öppnas ändå.`,
} as const;

/** The stored id of a round: the calendar's (`annual-2026`, `termOfOffice-2027`). */
function roundIdOf(proposal: Pick<RoundProposal, 'kind' | 'periodStart' | 'periodEnd'>) {
  switch (proposal.kind) {
    case 'annual':
      return `annual-${dateParts(proposal.periodStart).year}`;
    case 'termOfOffice':
      return `termOfOffice-${dateParts(proposal.periodEnd).year + 1}`;
    case 'extra':
      return `extra-${proposal.periodStart}-${proposal.periodEnd}`;
  }
}

/**
 * The calendar's id for the default plan's rounds (as they always were); another plan's rounds
 * carry the plan's id first, so two plans' annual rounds of a year never share an id.
 */
function roundIdFor(snapshot: PlanSnapshot, proposal: RoundProposal): string {
  const id = roundIdOf(proposal);
  const first = choosePlan(snapshot.plans, undefined);
  return first === undefined || first.id === snapshot.plan.id ? id : `${snapshot.plan.id}-${id}`;
}

const roundDateFields = ['periodStart', 'periodEnd', 'opensOn', 'dueOn', 'closesOn'] as const;

function checkProposal(proposal: RoundProposal): Result<void> {
  const fields: Record<string, string> = {};
  const title = validateText('title', proposal.title);
  if (title) fields.title = title.message;
  for (const field of roundDateFields) {
    const error = validateDate(field, proposal[field]);
    if (error) fields[field] = error.message;
  }
  if (proposal.periodStart > proposal.periodEnd) fields.periodEnd ??= roundMessages.periodOrder;
  if (!(proposal.opensOn <= proposal.dueOn && proposal.dueOn <= proposal.closesOn))
    fields.dueOn ??= roundMessages.dateOrder;
  if (proposal.kind === 'annual') {
    const year = dateParts(proposal.periodStart).year;
    if (proposal.periodStart !== `${year}-01-01` || proposal.periodEnd !== `${year}-12-31`)
      fields.periodStart ??= roundMessages.period;
  }
  if (Object.keys(fields).length === 0) return ok(undefined);
  const personal = title?.reason === 'personalData';
  const message = personal
    ? title.message
    : 'Omgången kunde inte öppnas. Rätta det som är markerat och försök igen.';
  return fail(personal ? 'personalData' : 'invalid', message, { fields });
}

async function managedSnapshot(
  deps: RoundDeps,
  caller: Caller,
  planId: string | undefined,
): Promise<Result<PlanSnapshot>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(caller),
    deps.store.loadPlan({ planId }),
  ]);
  if (!allowed.ok) return allowed;
  return snapshot;
}

function sameRound(round: FollowUpRound, proposal: RoundProposal): boolean {
  return round.kind === proposal.kind && round.periodStart === proposal.periodStart;
}

/** A past round (its closing date has come) needs `confirmPast`; refused with the reason said. */
function checkPast(proposal: RoundProposal, today: string, confirmed: boolean): Result<void> {
  if (confirmed || !isPastRound(proposal, today)) return ok(undefined);
  const message = roundMessages.past(proposal.closesOn);
  return fail('invalid', message, { fields: { confirmPast: message } });
}

export async function openRound(
  deps: RoundDeps,
  input: {
    readonly caller: Caller;
    readonly proposal: RoundProposal;
    /** The working group confirmed opening a round whose closing date has come. */
    readonly confirmPast?: boolean;
    /** The plan the round follows up (absent: the default plan). */
    readonly planId?: string;
    /** Further plans the round covers: only the plan's parent plan (a combined round). */
    readonly alsoPlanIds?: readonly string[];
  },
): Promise<Result<SavedRound>> {
  const snapshot = await managedSnapshot(deps, input.caller, input.planId);
  if (!snapshot.ok) return snapshot;
  const plan = snapshot.value.plan;
  const readOnly = readOnlyRefusal(snapshot.value, plan.id);
  if (readOnly) return readOnly;
  const alsoPlanIds = [...new Set(input.alsoPlanIds ?? [])];
  const alsoProblem = alsoPlansProblem(plan, alsoPlanIds);
  if (alsoProblem) return fail('invalid', alsoProblem, { fields: { alsoPlanIds: alsoProblem } });
  const checked = checkProposal(input.proposal);
  if (!checked.ok) return checked;
  const today = stockholmDate(deps.clock.now());
  const past = checkPast(input.proposal, today, input.confirmPast === true);
  if (!past.ok) return past;
  const { proposal } = input;
  const id = roundIdFor(snapshot.value, proposal);
  const stored = snapshot.value.rounds.find((r) => r.id === id || sameRound(r, proposal));
  if (stored?.state === 'open')
    return fail('conflict', roundMessages.alreadyOpen, { current: stored });
  if (stored?.state === 'closed')
    return fail('conflict', roundMessages.closed, { current: stored });
  if (!stored && plan.previousVersionId !== undefined) {
    const earlier = await roundsOfEarlierVersions(deps.store, snapshot.value);
    if (!earlier.ok) return earlier;
    const taken =
      earlier.value.find((r) => r.id === id) ?? periodFollowedUp(earlier.value, proposal);
    if (taken) return fail('conflict', roundMessages.earlierVersion(taken.title));
  }
  const round: FollowUpRound = {
    id: stored?.id ?? id,
    planId: snapshot.value.plan.id,
    kind: proposal.kind,
    title: proposal.title.trim(),
    periodStart: proposal.periodStart,
    periodEnd: proposal.periodEnd,
    opensOn: proposal.opensOn,
    dueOn: proposal.dueOn,
    closesOn: proposal.closesOn,
    state: 'open',
    ...(alsoPlanIds.length > 0 ? { alsoPlanIds } : {}),
  };
  return deps.store.saveRound(round, stored?.version);
}

export async function closeRound(
  deps: RoundDeps,
  input: {
    readonly caller: Caller;
    readonly roundId: string;
    readonly expectedVersion: string;
    readonly planId?: string;
  },
): Promise<Result<SavedRound>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(input.caller),
    input.planId === undefined
      ? loadForRound(deps.store, input.roundId)
      : deps.store.loadPlan({ planId: input.planId }),
  ]);
  if (!allowed.ok) return allowed;
  if (!snapshot.ok) return snapshot;
  const stored = snapshot.value.rounds.find((r) => r.id === input.roundId);
  if (!stored) return fail('notFound', roundMessages.unknown);
  if (stored.version !== input.expectedVersion) {
    return fail('conflict', 'Omgången har ändrats av någon annan under tiden; inget ändrades.', {
      current: stored,
    });
  }
  if (stored.state !== 'open') return fail('conflict', roundMessages.notOpen, { current: stored });
  const { version, ...round } = stored;
  return deps.store.saveRound({ ...round, state: 'closed' }, version);
}
