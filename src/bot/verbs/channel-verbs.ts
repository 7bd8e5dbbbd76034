import type { ChannelCardData } from '../../cards/verbs.js';
import type { Failure } from '../../app/result.js';
import { problemCard, type Turn } from '../bot-deps.js';
import { channelRefOf } from '../channel-ref.js';
import { channelOf } from '../teams-activity.js';
import type { VerbOutcome } from './verb-outcome.js';

/**
 * The `koppla` card's verbs. Only the working group links or unlinks (checked by the use case);
 * the confirmation replaces the card for everyone, so the channel sees what it now serves.
 */

export async function linkFromCard(turn: Turn, data: ChannelCardData): Promise<VerbOutcome> {
  const channel = channelOf(turn.context.activity);
  if (!channel) return { reply: turn.deps.cards.errorCard('malformed', { locale: turn.locale }) };
  const ref = await channelRefOf(turn.context, channel, turn.deps.logger);
  const linked = await turn.deps.useCases.linkChannel({
    caller: turn.caller,
    target: data.target,
    channel: ref,
  });
  if (!linked.ok) return { reply: refusalText(turn, linked.error) };
  const card = turn.deps.cards.channelLinkedCard(linked.value.target, { locale: turn.locale });
  return { reply: card, everyone: card };
}

export async function unlinkFromCard(turn: Turn, data: ChannelCardData): Promise<VerbOutcome> {
  const removed = await turn.deps.useCases.unlinkChannel({
    caller: turn.caller,
    target: data.target,
  });
  if (!removed.ok) return { reply: refusalText(turn, removed.error) };
  const card = turn.deps.cards.channelUnlinkedCard(removed.value[0], { locale: turn.locale });
  return { reply: card, everyone: card };
}

/** Refusals of linking are said in words (the use case's Swedish sentence); errors get a card. */
function refusalText(turn: Turn, error: Failure): object | string {
  return ['forbidden', 'invalid', 'notFound'].includes(error.reason)
    ? `${error.message} Inget ändrades.`
    : problemCard(turn, error.reason);
}
