import type { Reminder } from '../../domain/model.js';
import { failureText } from '../result.js';
import type {
  ChannelLink,
  ChannelPoster,
  PostFinder,
  ReminderKey,
  ReminderStore,
  Versioned,
} from '../ports.js';
import { claim, type Claim } from './claim.js';
import type { PostPacer } from './post-pacer.js';
import { reminderKeyText } from './reservation-rules.js';
import type { DeliveryOutcome } from './run-result.js';
import type { ReminderRunSettings, RunTimer } from './run-settings.js';
import { recordFailure, recordSent, recordUnreachable, refreshLease } from './record.js';

/**
 * Delivers one reminder exactly once: claim it (reserve or take over), look for an earlier post
 * when the claim is in doubt, wait for a posting slot, post, record the message reference.
 */

export type DeliveryDeps = {
  readonly reminders: ReminderStore;
  readonly poster: ChannelPoster;
  readonly finder?: PostFinder;
  readonly pacer: PostPacer;
  readonly timer: RunTimer;
  readonly settings: ReminderRunSettings;
  readonly newAttemptId: () => string;
};

export type Delivery = {
  readonly key: ReminderKey;
  readonly dueAt: Date;
  readonly channel: ChannelLink;
  /** Built only when the post is really made, with the channel's members for its refresh. */
  readonly card: (memberIds: readonly string[]) => object;
  /** What the run read for the key at its start, if anything. */
  readonly existing?: Versioned<Reminder>;
};

function threadOf(channel: ChannelLink): string {
  return channel.conversationId ?? `${channel.teamId}/${channel.channelId}`;
}

export async function deliver(delivery: Delivery, deps: DeliveryDeps): Promise<DeliveryOutcome> {
  const ctx = {
    store: deps.reminders,
    settings: deps.settings,
    attemptId: deps.newAttemptId(),
    wallNow: deps.timer.now(),
  };
  const claimed = await claim(delivery.key, delivery.dueAt, delivery.existing, ctx);
  if (!claimed.claimed) return claimed.outcome;
  if (claimed.claim.inDoubt && deps.finder) {
    const found = await findEarlierPost(delivery, claimed.claim, deps);
    if (found === 'notFound') return postAndRecord(delivery, claimed.claim, deps);
    if ('cannotCheck' in found)
      return postedAgain(delivery, claimed.claim, deps, found.cannotCheck);
    return found;
  }
  return postAndRecord(delivery, claimed.claim, deps);
}

/** No earlier post, or none the run may look for (`cannotCheck`, why: it then posts again). */
type Lookup = DeliveryOutcome | 'notFound' | { readonly cannotCheck: string };

async function findEarlierPost(
  delivery: Delivery,
  claim: Claim,
  deps: DeliveryDeps,
): Promise<Lookup> {
  const since = claim.inDoubt?.since ?? delivery.dueAt;
  const found = await deps.finder!.findPost(delivery.channel, reminderKeyText(delivery.key), since);
  if (!found.ok) {
    if (found.error.reason === 'notFound')
      return recordUnreachable(claim.reminder, failureText(found.error), deps);
    if (found.error.reason === 'forbidden') return { cannotCheck: failureText(found.error) };
    const message = `Kunde inte se om ett tidigare utskick gick fram: ${failureText(found.error)}`;
    return recordFailure(claim.reminder, message, deps);
  }
  if (found.value === null) return 'notFound';
  const recorded = await recordSent(claim.reminder, found.value, deps);
  return recorded.outcome === 'posted' ? { ...recorded, outcome: 'recovered' } : recorded;
}

/**
 * Graph refused the look-up (the permission to read the channel is missing): the run cannot
 * tell whether the earlier attempt posted, so it posts again (twice rather than none) and says
 * why in the outcome's message.
 */
async function postedAgain(
  delivery: Delivery,
  claim: Claim,
  deps: DeliveryDeps,
  why: string,
): Promise<DeliveryOutcome> {
  const posted = await postAndRecord(delivery, claim, deps);
  if (posted.outcome !== 'posted') return posted;
  return {
    ...posted,
    message: `Skickad igen utan kontroll av ett tidigare utskick, kan synas två gånger. ${why}`,
  };
}

async function postAndRecord(
  delivery: Delivery,
  claim: Claim,
  deps: DeliveryDeps,
): Promise<DeliveryOutcome> {
  let reminder = claim.reminder;
  const card = delivery.card((await deps.poster.memberIds?.(delivery.channel)) ?? []);
  for (let waits = 0; ; waits += 1) {
    await deps.pacer.take(threadOf(delivery.channel));
    const fresh = await refreshLease(reminder, deps);
    if ('outcome' in fresh) return fresh;
    reminder = fresh;
    const posted = await deps.poster.post(delivery.channel, card, reminderKeyText(delivery.key));
    if (posted.ok) return recordSent(reminder, posted.value, deps);
    const { reason, message, retryAfterSeconds } = posted.error;
    if (reason === 'notFound') return recordUnreachable(reminder, message, deps);
    if (reason === 'unavailable') return recordFailure(reminder, message, deps);
    const waitMs = Math.max(0, (retryAfterSeconds ?? 1) * 1000);
    if (waits >= deps.settings.maxThrottleWaits || waitMs > deps.settings.maxRetryAfterMs) {
      return recordFailure(reminder, `Teams begränsar utskicken (429): ${message}`, deps);
    }
    deps.pacer.pause(waitMs);
  }
}
