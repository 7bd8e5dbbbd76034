import { followUpKey, followUpsOf, planAnswer, sameAnswer } from '../../app/store-rules.js';
import type {
  FollowUpConflict,
  FollowUpsPartlyStored,
  RecordFollowUpsInput,
  Versioned,
} from '../../app/ports.js';
import { fail, ok, type Failure, type Result } from '../../app/result.js';
import { activityTitleSv, type FollowUp } from '../../domain/model.js';
import { failWith } from '../client/failures.js';
import type { BatchOptions, GraphOutcome, GraphProblem, GraphRequest } from '../client/gateway.js';
import { forCreate, listItemOf, parseVersion, versionOf } from '../codec/fields.js';
import type { StoreContext } from './context.js';
import { derivedAfterAnswer, sameDerived } from './derived.js';
import { answerContextFrom, readAnswerContext, type AnswerContext } from './follow-up-read.js';
import type { LoadedPlan } from './load-plan.js';
import { itemUrl, listItemsUrl } from './queries.js';
import { readStoredAnswers } from './stored-answers.js';

type Write = {
  readonly followUp: FollowUp;
  readonly mode: 'create' | 'update';
  readonly eTag?: string;
  readonly itemId?: string;
  /** Written on top of an answer stored by a simultaneous first answer (both are kept). */
  readonly onTop?: boolean;
  /** The answerer saw no answer: a first answer stored meanwhile is a conflict, not written over. */
  readonly sawNoAnswer?: boolean;
};

/**
 * recordFollowUps over Graph: write every answer and its activity's derived columns in one
 * `$batch` (each derived update depends on its answer's write). Against `basis`, the plan this
 * store loaded for the caller, that is the only round trip; without it one read comes first
 * (stored answers, rounds, activities). A create that loses a race to another writer is written
 * on top of the other answer, so both stay in the item's version history; an update whose
 * version went stale is a conflict unless the same answer is stored.
 */
export async function recordFollowUpsIn(
  ctx: StoreContext,
  input: RecordFollowUpsInput,
  basis?: LoadedPlan,
): Promise<Result<readonly Versioned<FollowUp>[]>> {
  const wanted = followUpsOf(input);
  if (!wanted.ok) return wanted;
  const options: BatchOptions = input.budget ? { budget: input.budget } : {};
  const known = basis ? answerContextFrom(basis, input) : undefined;
  const read = known ? ok(known) : await readAnswerContext(ctx, input, options);
  if (!read.ok) return read;
  const answerCtx = read.value;
  const results = new Map<string, Versioned<FollowUp>>();
  const writes: Write[] = [];
  const conflicts: Versioned<FollowUp>[] = [];
  const settled: FollowUp[] = [];
  wanted.value.forEach((followUp, i) => {
    const key = followUpKey(followUp.roundId, followUp.activityId);
    const stored = answerCtx.stored.get(key);
    const answer = input.answers[i];
    const plan = planAnswer(stored, followUp, answer?.expectedVersion);
    if (plan === 'skip' && stored) {
      results.set(key, stored);
      settled.push(stored);
    }
    if (plan === 'conflict' && stored) conflicts.push(stored);
    const first = answer?.sawNoAnswer ? { sawNoAnswer: true } : {};
    if (plan === 'create') writes.push({ followUp, mode: 'create', ...first });
    if (plan === 'update' && stored)
      writes.push({ followUp, mode: 'update', ...parseVersion(stored.version) });
  });
  if (conflicts.length > 0) return conflictOf(conflicts);
  let pending = writes;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 5)
      return fail('conflict', 'Svaret krockade upprepade gånger med andra svar; försök igen.');
    const outcome = await writeAnswers(ctx, answerCtx, pending, { results, settled, options });
    if (!outcome.ok) return withWritten(outcome, results);
    pending = outcome.value;
  }
  if (input.budget) {
    // The answers are stored and the caller is waiting: their activities' derived columns that
    // could not be written with them are written after the caller has its answer.
    ctx.background.run(() => repairDerived(ctx, answerCtx, settled));
  } else {
    const repaired = await repairDerived(ctx, answerCtx, settled);
    if (!repaired.ok) return repaired;
  }
  return ok(wanted.value.map((f) => results.get(followUpKey(f.roundId, f.activityId))!));
}

/** A failure after some answers were stored names them (FollowUpConflict, FollowUpsPartlyStored). */
function withWritten(
  failure: { readonly ok: false; readonly error: Failure },
  results: ReadonlyMap<string, Versioned<FollowUp>>,
): Result<never> {
  const written = [...results.values()];
  if (written.length === 0) return failure;
  const { error } = failure;
  if (error.reason === 'conflict' && error.current !== undefined) {
    const current: FollowUpConflict = { ...(error.current as FollowUpConflict), written };
    return { ok: false, error: { ...error, current } };
  }
  const current: FollowUpsPartlyStored = { written };
  return { ok: false, error: { ...error, current } };
}

/**
 * Answers found already stored (a repeated delivery, or a write whose response was lost and whose
 * retry met its own answer) had their activity's derived columns written with them, unless that
 * first attempt was cut short: write the columns now wherever they do not show the answer yet.
 */
async function repairDerived(
  ctx: StoreContext,
  answerCtx: AnswerContext,
  settled: readonly FollowUp[],
): Promise<Result<void>> {
  const requests = settled.flatMap((followUp) => {
    const request = derivedRequest(ctx, answerCtx, followUp);
    return request ? [request] : [];
  });
  if (requests.length === 0) return ok(undefined);
  const outcomes = await ctx.graph.batch(requests);
  const failed = outcomes.find((o) => !o.ok);
  return failed && !failed.ok ? failWith(failed, 'Aktivitetens status') : ok(undefined);
}

/**
 * One write round trip; returns the writes to make again: creates that lost a race (now updates
 * on top of the other answer). Writes that met another answer are settled by one read of what is
 * stored: the same answer is done, an update on a stale version is a conflict.
 */
type WriteState = {
  readonly results: Map<string, Versioned<FollowUp>>;
  readonly settled: FollowUp[];
  readonly options: BatchOptions;
};

async function writeAnswers(
  ctx: StoreContext,
  answerCtx: AnswerContext,
  writes: readonly Write[],
  state: WriteState,
): Promise<Result<Write[]>> {
  const { results, settled, options } = state;
  const groups = writes.map((w) => requestsFor(ctx, answerCtx, w));
  const outcomes = await ctx.graph.batch(groups.flat(), options);
  const raced: Write[] = [];
  const stale: Write[] = [];
  let failed: GraphProblem | undefined;
  let at = 0;
  for (const [i, write] of writes.entries()) {
    const [outcome, derived] = outcomes.slice(at, (at += groups[i]!.length));
    if (outcome!.ok) {
      results.set(keyOf(write), { ...write.followUp, version: writtenVersion(outcome!, write) });
      // The answer is stored; its derived columns are written again after the answers.
      if (derived && !derived.ok) settled.push(write.followUp);
    } else if (write.mode === 'create' && outcome!.status === 409) raced.push(write);
    else if (write.mode === 'update' && outcome!.status === 412 && write.onTop) raced.push(write);
    else if (write.mode === 'update' && outcome!.status === 412) stale.push(write);
    else failed ??= outcome!;
  }
  if (failed) return failWith(failed, 'Uppföljningen');
  if (raced.length + stale.length === 0) return ok([]);
  const current = await readStoredAnswers(
    ctx,
    [...raced, ...stale].map(keyOf),
    answerCtx.maps,
    options,
  );
  if (!current.ok) return current;
  const storedOf = (write: Write) => current.value.get(keyOf(write));
  const isDone = (write: Write) => {
    const now = storedOf(write);
    if (!now || !sameAnswer(now, write.followUp)) return false;
    results.set(keyOf(write), now);
    settled.push(now);
    return true;
  };
  const open = [...raced, ...stale].filter((write) => !isDone(write));
  const refused = (write: Write) => stale.includes(write) || write.sawNoAnswer === true;
  const conflicts = open.flatMap((write) => (refused(write) ? (storedOf(write) ?? []) : []));
  if (conflicts.length > 0) return conflictOf(conflicts);
  return ok(
    open.map((write): Write => {
      const now = storedOf(write);
      return now
        ? { followUp: write.followUp, mode: 'update', onTop: true, ...parseVersion(now.version) }
        : { followUp: write.followUp, mode: 'create' };
    }),
  );
}

function keyOf(write: Write): string {
  return followUpKey(write.followUp.roundId, write.followUp.activityId);
}

function requestsFor(ctx: StoreContext, answerCtx: AnswerContext, write: Write): GraphRequest[] {
  const activity = answerCtx.activities.get(write.followUp.activityId)!;
  const title = `${answerCtx.round.title} – ${activityTitleSv({ title: activity.title, example: false })}`;
  const fields = ctx.records.followUps.encode(
    write.followUp,
    answerCtx.round,
    title,
    answerCtx.maps,
  );
  const answer: GraphRequest =
    write.mode === 'create'
      ? {
          method: 'POST',
          url: listItemsUrl(ctx.site, 'FollowUps'),
          body: { fields: forCreate(fields) },
        }
      : {
          method: 'PATCH',
          url: itemUrl(ctx.site, 'FollowUps', write.itemId!, '/fields'),
          headers: { 'If-Match': write.eTag! },
          body: fields,
        };
  const derived = derivedRequest(ctx, answerCtx, write.followUp);
  return derived ? [answer, { ...derived, dependsOnPrevious: true }] : [answer];
}

/** The activity's derived columns after `answer`, or undefined when they show it already. */
function derivedRequest(
  ctx: StoreContext,
  answerCtx: AnswerContext,
  answer: FollowUp,
): GraphRequest | undefined {
  const activity = answerCtx.activities.get(answer.activityId)!;
  const before = {
    activity: activity.member,
    rounds: answerCtx.rounds,
    followUps: answerCtx.otherAnswers.filter((f) => f.activityId === answer.activityId),
  };
  const derived = derivedAfterAnswer(activity.derived, answer, before);
  if (sameDerived(derived, activity.derived)) return undefined;
  return {
    method: 'PATCH',
    url: itemUrl(ctx.site, 'Activities', activity.itemId, '/fields'),
    body: ctx.records.derived.encode(derived, answerCtx.maps),
  };
}

function writtenVersion(outcome: GraphOutcome & { ok: true }, write: Write): string {
  const item = listItemOf(outcome.body);
  if (item) return versionOf(item);
  const eTag = (outcome.body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
  if (typeof eTag === 'string' && write.itemId) return versionOf({ id: write.itemId, eTag });
  throw new Error('Graph answered a follow-up write without an ETag');
}

function conflictOf(conflicts: Versioned<FollowUp>[]): Result<never> {
  const current: FollowUpConflict = { conflicts };
  return fail(
    'conflict',
    'Någon annan har svarat under tiden; inget skrevs över. Se det senaste svaret och svara igen.',
    { current },
  );
}
