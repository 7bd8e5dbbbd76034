import { Activity } from '@microsoft/agents-activity';
import { CardFactory, type TurnContext } from '@microsoft/agents-hosting';
import type { BotLogger } from '../bot-deps.js';

/** The invoke response of Action.Execute: a card for the clicker, or a sentence as a message. */
export function invokeResponseBody(reply: object | string): object {
  return typeof reply === 'string'
    ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply }
    : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply };
}

export async function replyToInvoke(context: TurnContext, reply: object | string): Promise<void> {
  await context.sendActivity(
    Activity.fromObject({
      type: 'invokeResponse',
      value: { status: 200, body: invokeResponseBody(reply) },
    }),
  );
}

/**
 * Updates of the posted message during an invoke never fail the invoke: the answer is stored
 * by then, so the clicker still gets their card; a failed update is logged (the next answer or
 * refresh shows the current state).
 */
export function guardUpdates(context: TurnContext, logger: BotLogger): void {
  context.onUpdateActivity(async (_context, _activity, next) => {
    try {
      await next();
    } catch (error) {
      logger.warn('Kortet i kanalen kunde inte uppdateras', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  });
}

/** Puts `card` over the message the card action came from, for everyone in the channel. */
export async function replaceForAll(context: TurnContext, card: object): Promise<void> {
  const replyToId = context.activity.replyToId;
  if (!replyToId) return;
  await context.updateActivity(
    Activity.fromObject({
      type: 'message',
      id: replyToId,
      attachments: [CardFactory.adaptiveCard(card)],
    }),
  );
}
