import type {
  AdaptiveCard,
  AgentApplication,
  TurnContext,
  TurnState,
} from '@microsoft/agents-hosting';
import {
  cardVerbs,
  isCardVerb,
  parseCardAction,
  type CardAction,
  type CardVerb,
} from '../../cards/verbs.js';
import { turnOf, type BotDeps, type Turn } from '../bot-deps.js';
import { linkFromCard, unlinkFromCard } from './channel-verbs.js';
import { changePage, refreshCard, submitAnswers } from './follow-up-verbs.js';
import { InvokeDedupe } from './invoke-dedupe.js';
import { signOffFromCard } from './sign-off-verb.js';
import { guardUpdates, replaceForAll, replyToInvoke } from './invoke-reply.js';
import type { VerbOutcome } from './verb-outcome.js';

/**
 * Action.Execute for every verb of the cards (`app.adaptiveCards.actionExecute`, one handler per
 * verb; the handler's third argument is the whole action object `{type, verb, data}`), plus one
 * route for any other `adaptiveCard/action` invoke: an unknown verb, a missing verb or malformed
 * data gets an error card with status 200, never a 500 and never a silent success.
 *
 * The same invoke delivered twice (Teams retries slow invokes) is answered from the first run:
 * written once, the posted card replaced once.
 */

type Handlers = {
  readonly [V in CardVerb]: (
    turn: Turn,
    action: CardAction & { readonly verb: V },
  ) => Promise<VerbOutcome>;
};

const handlers: Handlers = {
  'followUp.submit': submitAnswers,
  'followUp.page': changePage,
  'followUp.refresh': (turn, action) => refreshCard(turn, action.data),
  'followUp.signOff': signOffFromCard,
  'channel.link': (turn, action) => linkFromCard(turn, action.data),
  'channel.unlink': (turn, action) => unlinkFromCard(turn, action.data),
};

function run(turn: Turn, action: CardAction): Promise<VerbOutcome> {
  const handler = handlers[action.verb] as (turn: Turn, action: CardAction) => Promise<VerbOutcome>;
  return handler(turn, action);
}

async function outcomeOf(turn: Turn, verb: unknown, data: unknown): Promise<VerbOutcome> {
  const parsed = parseCardAction(verb, data);
  if (!parsed.ok)
    return { reply: turn.deps.cards.errorCard(parsed.error.problem, { locale: turn.locale }) };
  try {
    return await run(turn, parsed.value);
  } catch (error) {
    turn.deps.logger.error('Kortåtgärden misslyckades', {
      verb: parsed.value.verb,
      error: error instanceof Error ? error.message : String(error),
    });
    return { reply: turn.deps.cards.errorCard('unavailable', { locale: turn.locale }) };
  }
}

/**
 * Answers one card action. When everyone is to see the very card the clicker gets (a link
 * confirmation, a closed round), the card is returned to the SDK, whose REPLACE_FOR_ALL puts it
 * over the posted message and answers the invoke with it. Otherwise the bot replaces the message
 * with the everyone-card itself and answers the clicker with their own card.
 */
async function answer(
  context: TurnContext,
  deps: BotDeps,
  dedupe: InvokeDedupe,
  action: unknown,
): Promise<object | undefined> {
  const turn = turnOf(context, deps);
  const { verb, data } = (action ?? {}) as { verb?: unknown; data?: unknown };
  // The follow-up card lists the channel's members for its refresh: read them beside the answer.
  if (typeof verb === 'string' && verb.startsWith('followUp.')) void turn.members();
  const { outcome, first } = await dedupe.once(context.activity.id, () =>
    outcomeOf(turn, verb, data),
  );
  guardUpdates(context, deps.logger);
  const everyone = first ? outcome.everyone : undefined;
  if (everyone !== undefined && everyone === outcome.reply) return everyone;
  if (everyone !== undefined) await replaceForAll(context, everyone);
  await replyToInvoke(context, outcome.reply);
  return undefined;
}

function isOtherCardAction(context: TurnContext): Promise<boolean> {
  const a = context.activity;
  if (a.type !== 'invoke' || a.name !== 'adaptiveCard/action') return Promise.resolve(false);
  const action = (a.value as { action?: { type?: unknown; verb?: unknown } } | undefined)?.action;
  return Promise.resolve(action?.type !== 'Action.Execute' || !isCardVerb(action.verb));
}

export function registerCardActions(app: AgentApplication<TurnState>, deps: BotDeps): void {
  const dedupe = new InvokeDedupe();
  for (const verb of cardVerbs) {
    app.adaptiveCards.actionExecute<unknown>(verb, async (context, _state, action) => {
      return ((await answer(context, deps, dedupe, action)) as AdaptiveCard | undefined) ?? '';
    });
  }
  app.addRoute(
    isOtherCardAction,
    async (context) => {
      const action = (context.activity.value as { action?: unknown } | undefined)?.action;
      await answer(context, deps, dedupe, action);
    },
    true,
  );
}
