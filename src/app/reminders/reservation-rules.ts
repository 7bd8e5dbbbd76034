import type { Reminder } from '../../domain/model.js';
import type { ReminderKey, Versioned } from '../ports.js';
import type { ReminderRunSettings } from './run-settings.js';

/**
 * What a run does with a reminder that is already stored under the key it wants to post.
 *
 * - `sent`: it has a message reference; nothing more.
 * - `unreachable`: its channel was gone; reported, never retried for this stage.
 * - `leased`: another run reserved it less than a lease ago and may be posting right now.
 * - `waiting`: earlier attempts failed; the next one is due at `until` (back-off).
 * - `gaveUp`: `maxAttempts` failed attempts; reported, not retried.
 * - `takeOver`: this run may claim it (If-Match on its version, so only one run does). Every
 *   take-over is in doubt: a run that died after posting, or a post that failed with no answer,
 *   may have reached Teams, so the run looks for the post before posting again.
 */
export type ExistingDecision =
  | { readonly kind: 'sent' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'leased'; readonly until: Date }
  | { readonly kind: 'waiting'; readonly until: Date }
  | { readonly kind: 'gaveUp' }
  | { readonly kind: 'takeOver' };

type Rules = Pick<ReminderRunSettings, 'leaseMs' | 'retryBaseMs' | 'retryMaxMs' | 'maxAttempts'>;

/** Wait after `attempts` failed attempts (1 → base, 2 → 2·base, …, capped). */
export function retryDelayMs(attempts: number, rules: Rules): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(rules.retryBaseMs * 2 ** exponent, rules.retryMaxMs);
}

function timeOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

export function decideExisting(reminder: Reminder, wallNow: Date, rules: Rules): ExistingDecision {
  if (reminder.state === 'sent' || reminder.messageId !== undefined) return { kind: 'sent' };
  if (reminder.state === 'unreachable') return { kind: 'unreachable' };
  const last = timeOf(reminder.reservedAt);
  if (reminder.state === 'reserved') {
    if (last !== undefined && wallNow.getTime() < last + rules.leaseMs) {
      return { kind: 'leased', until: new Date(last + rules.leaseMs) };
    }
    return { kind: 'takeOver' };
  }
  if (reminder.attempts >= rules.maxAttempts) return { kind: 'gaveUp' };
  const next = (last ?? 0) + retryDelayMs(reminder.attempts, rules);
  if (wallNow.getTime() < next) return { kind: 'waiting', until: new Date(next) };
  return { kind: 'takeOver' };
}

/**
 * The claim a take-over writes: this run's attempt, from now. A reservation still `reserved`
 * was left by a run that died mid-attempt, which counts as an attempt.
 */
export function takeOverOf(
  reminder: Versioned<Reminder>,
  attemptId: string,
  wallNow: Date,
): Versioned<Reminder> {
  const died = reminder.state === 'reserved';
  return {
    ...reminder,
    state: 'reserved',
    attemptId,
    reservedAt: wallNow.toISOString(),
    attempts: reminder.attempts + (died ? 1 : 0),
    ...(died ? { lastError: 'Föregående körning avbröts innan utskicket registrerades.' } : {}),
  };
}

/** The key as one string: `round|department|stage` (what the post carries). */
export function reminderKeyText(key: ReminderKey): string {
  return `${key.roundId}|${key.departmentId}|${key.stage}`;
}

/** Text stored as lastError: one line, within the column's limit. */
export function errorText(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 1000 ? `${line.slice(0, 999)}…` : line;
}
