import { defaultCalendarSettings, type CalendarSettings } from '../../domain/calendar/settings.js';

/**
 * How a reminder run paces itself and recovers. Teams' published bot limits (Microsoft Learn,
 * "Optimize your bot with rate limiting in Teams"): per bot per thread 7 operations per second,
 * 8 per 2 s, 60 per 30 s and 1,800 per hour; all bots together 14 per second and 16 per 2 s in
 * one thread; and 50 requests per second per app per tenant, shared with everything else the
 * bot does (card updates after answers, roster reads). The values change without notice, so
 * a 429 is always honoured with its Retry-After as well.
 */
export type ReminderRunSettings = {
  /** Posts per second for the whole run (default 5: a tenth of the per-app-per-tenant limit). */
  readonly postsPerSecond: number;
  /**
   * Least time between two posts to the same channel (default 2 s = 0.5/s, under all four
   * per-thread windows even when several departments share one channel).
   */
  readonly threadIntervalMs: number;
  /** Reminders delivered at once (each is a reserve, a post and a record). */
  readonly concurrency: number;
  /**
   * How long a reservation without a message reference belongs to the run that made it. After
   * it, a later run takes it over (a run that died). A run never starts a post later than half
   * the lease after it reserved (it renews first), so the lease must exceed twice the slowest
   * single post call; the poster should leave 429s to the run (one try per call).
   */
  readonly leaseMs: number;
  /** Back-off between runs for a failed post: base · 2^(attempts−1), capped at maxMs. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** After this many failed attempts a reminder is given up (reported, not retried). */
  readonly maxAttempts: number;
  /** 429s honoured for one post within a run before it is recorded as failed. */
  readonly maxThrottleWaits: number;
  /** Longest Retry-After the run waits for; a longer one ends the post's attempt. */
  readonly maxRetryAfterMs: number;
  readonly calendar: CalendarSettings;
};

export const defaultReminderRunSettings: ReminderRunSettings = {
  postsPerSecond: 5,
  threadIntervalMs: 2_000,
  concurrency: 8,
  leaseMs: 10 * 60_000,
  retryBaseMs: 15 * 60_000,
  retryMaxMs: 24 * 60 * 60_000,
  maxAttempts: 8,
  maxThrottleWaits: 5,
  maxRetryAfterMs: 120_000,
  calendar: defaultCalendarSettings,
};

/** The time a run passes through: wall-clock for leases and pacing (not the run's `now`). */
export interface RunTimer {
  now(): Date;
  sleep(ms: number): Promise<void>;
}
