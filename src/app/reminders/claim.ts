import type { Reminder } from '../../domain/model.js';
import { failureText } from '../result.js';
import type { ReminderKey, ReminderStore, Versioned } from '../ports.js';
import type { DeliveryOutcome } from './run-result.js';
import { decideExisting, takeOverOf } from './reservation-rules.js';
import type { ReminderRunSettings } from './run-settings.js';

/**
 * Getting the right to post one reminder. Either this run creates the reservation (the unique
 * key guarantees only one run can), or it takes over a stale or failed one with If-Match on the
 * version it read (so only one run can). Anything else is an outcome without posting.
 */

export type Claim = {
  readonly reminder: Versioned<Reminder>;
  /**
   * A take-over: an earlier attempt may have posted, at or after `since`: the stage's moment
   * (no run posts a stage before it has come, when runs are at the wall-clock time), or the
   * last attempt's start if that is earlier (a run with `--now` in the future).
   */
  readonly inDoubt?: { readonly since: Date };
};

export type ClaimResult =
  | { readonly claimed: true; readonly claim: Claim }
  | { readonly claimed: false; readonly outcome: DeliveryOutcome };

export type ClaimContext = {
  readonly store: ReminderStore;
  readonly settings: ReminderRunSettings;
  readonly attemptId: string;
  readonly wallNow: Date;
};

function notClaimed(outcome: DeliveryOutcome): ClaimResult {
  return { claimed: false, outcome };
}

async function claimExisting(
  existing: Versioned<Reminder>,
  ctx: ClaimContext,
): Promise<ClaimResult> {
  const decision = decideExisting(existing, ctx.wallNow, ctx.settings);
  switch (decision.kind) {
    case 'sent':
      return notClaimed({
        outcome: 'alreadySent',
        ...(existing.messageId && existing.conversationId
          ? {
              messageRef: {
                messageId: existing.messageId,
                conversationId: existing.conversationId,
              },
            }
          : {}),
      });
    case 'unreachable':
      return notClaimed({
        outcome: 'unreachable',
        message: existing.lastError ?? 'Kanalen finns inte längre.',
      });
    case 'leased':
      return notClaimed({
        outcome: 'inProgress',
        message: `En annan körning skickar den (till ${decision.until.toISOString()}).`,
      });
    case 'waiting':
      return notClaimed({
        outcome: 'waiting',
        attempts: existing.attempts,
        nextAttemptAt: decision.until.toISOString(),
        ...(existing.lastError ? { message: existing.lastError } : {}),
      });
    case 'gaveUp':
      return notClaimed({
        outcome: 'gaveUp',
        attempts: existing.attempts,
        message: `Gav upp efter ${existing.attempts} försök: ${existing.lastError ?? 'okänt fel'}`,
      });
    case 'takeOver':
      return takeOver(existing, ctx);
  }
}

async function takeOver(existing: Versioned<Reminder>, ctx: ClaimContext): Promise<ClaimResult> {
  const taken = await ctx.store.update(takeOverOf(existing, ctx.attemptId, ctx.wallNow));
  if (!taken.ok) {
    if (taken.error.reason === 'conflict') {
      return notClaimed({
        outcome: 'inProgress',
        message: 'En annan körning tog över påminnelsen.',
      });
    }
    return notClaimed({ outcome: 'failed', message: failureText(taken.error) });
  }
  const due = Date.parse(existing.dueAt);
  const last = Date.parse(existing.reservedAt ?? existing.dueAt);
  const since = new Date(Math.min(due, Number.isNaN(last) ? due : last));
  return { claimed: true, claim: { reminder: taken.value, inDoubt: { since } } };
}

export async function claim(
  key: ReminderKey,
  dueAt: Date,
  existing: Versioned<Reminder> | undefined,
  ctx: ClaimContext,
): Promise<ClaimResult> {
  if (existing !== undefined) return claimExisting(existing, ctx);
  const reserved = await ctx.store.reserve(key, ctx.attemptId, dueAt, ctx.wallNow);
  if (!reserved.ok) return notClaimed({ outcome: 'failed', message: failureText(reserved.error) });
  const { created, reminder } = reserved.value;
  // Our own reservation: the create went through but its answer was lost and the retry met it.
  const ours = reminder.state === 'reserved' && reminder.attemptId === ctx.attemptId;
  if (created || ours) return { claimed: true, claim: { reminder } };
  return claimExisting(reminder, ctx);
}
