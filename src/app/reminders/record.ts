import type { Reminder } from '../../domain/model.js';
import type { MessageRef, ReminderStore, Versioned } from '../ports.js';
import { failureText, type Result } from '../result.js';
import { errorText, retryDelayMs } from './reservation-rules.js';
import type { DeliveryOutcome } from './run-result.js';
import type { ReminderRunSettings, RunTimer } from './run-settings.js';

/**
 * Writing a claimed reservation's fate, always with If-Match on the version this run holds:
 * a `conflict` means another run took the reservation over meanwhile.
 */

type RecordDeps = {
  readonly reminders: ReminderStore;
  readonly timer: RunTimer;
  readonly settings: ReminderRunSettings;
};

const storeAttempts = 4;

/** Retries a store write that was throttled or failed in passing; other answers are final. */
async function write(
  reminder: Versioned<Reminder>,
  deps: RecordDeps,
): Promise<Result<Versioned<Reminder>>> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await deps.reminders.update(reminder);
    const transient = !result.ok && ['throttled', 'unavailable'].includes(result.error.reason);
    if (!transient || attempt >= storeAttempts) return result;
    const seconds = result.ok ? 1 : (result.error.retryAfterSeconds ?? attempt);
    await deps.timer.sleep(Math.min(seconds * 1000, deps.settings.maxRetryAfterMs));
  }
}

export async function recordSent(
  reminder: Versioned<Reminder>,
  message: MessageRef,
  deps: RecordDeps,
): Promise<DeliveryOutcome> {
  const { lastError: _dropped, ...rest } = reminder;
  const sent: Versioned<Reminder> = {
    ...rest,
    state: 'sent',
    messageId: message.messageId,
    conversationId: message.conversationId,
    sentAt: deps.timer.now().toISOString(),
  };
  const written = await write(sent, deps);
  if (written.ok) return { outcome: 'posted', messageRef: message, attempts: sent.attempts };
  if (written.error.reason === 'conflict') {
    return {
      outcome: 'posted',
      messageRef: message,
      message:
        'Skickad, men en annan körning hade tagit över reservationen: den kan ha skickats två gånger.',
    };
  }
  return {
    outcome: 'unrecorded',
    messageRef: message,
    message: `Skickad men inte registrerad (${failureText(written.error)}); nästa körning letar upp utskicket.`,
  };
}

export async function recordFailure(
  reminder: Versioned<Reminder>,
  error: string,
  deps: RecordDeps,
): Promise<DeliveryOutcome> {
  const at = deps.timer.now();
  const attempts = reminder.attempts + 1;
  const failed: Versioned<Reminder> = {
    ...reminder,
    state: 'failed',
    attempts,
    reservedAt: at.toISOString(),
    lastError: errorText(error),
  };
  const written = await write(failed, deps);
  const giveUp = attempts >= deps.settings.maxAttempts;
  const next = new Date(at.getTime() + retryDelayMs(attempts, deps.settings)).toISOString();
  return {
    outcome: giveUp ? 'gaveUp' : 'failed',
    attempts,
    message: written.ok
      ? error
      : `${error} (och felet kunde inte sparas: ${failureText(written.error)})`,
    ...(giveUp ? {} : { nextAttemptAt: next }),
  };
}

export async function recordUnreachable(
  reminder: Versioned<Reminder>,
  error: string,
  deps: RecordDeps,
): Promise<DeliveryOutcome> {
  const lastError = errorText(`Kanalen finns inte längre: ${error}`);
  const written = await write({ ...reminder, state: 'unreachable', lastError }, deps);
  return {
    outcome: 'unreachable',
    message: written.ok
      ? lastError
      : `${lastError} (kunde inte sparas: ${failureText(written.error)})`,
  };
}

/**
 * Before posting: a claim older than half the lease is renewed (If-Match), so no other run can
 * take it over while this one posts. A lost claim ends the attempt without posting.
 */
export async function refreshLease(
  reminder: Versioned<Reminder>,
  deps: RecordDeps,
): Promise<Versioned<Reminder> | DeliveryOutcome> {
  const now = deps.timer.now();
  const since = Date.parse(reminder.reservedAt ?? '');
  if (!Number.isNaN(since) && now.getTime() - since < deps.settings.leaseMs / 2) return reminder;
  const renewed = await write({ ...reminder, reservedAt: now.toISOString() }, deps);
  if (renewed.ok) return renewed.value;
  if (renewed.error.reason === 'conflict') {
    return { outcome: 'inProgress', message: 'En annan körning tog över påminnelsen.' };
  }
  return { outcome: 'failed', message: failureText(renewed.error) };
}
