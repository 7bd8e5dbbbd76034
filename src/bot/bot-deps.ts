import type { TurnContext } from '@microsoft/agents-hosting';
import type { Caller } from '../app/authorization.js';
import type { TimeBudget } from '../app/ports.js';
import type { FailureReason } from '../app/result.js';
import type { UseCases } from '../app/use-cases/use-cases.js';
import {
  channelLinkCard,
  channelLinkedCard,
  channelUnlinkedCard,
} from '../cards/channel-link-card.js';
import { errorCard, type ErrorProblem } from '../cards/error-card.js';
import type { CardLocale } from '../cards/locale.js';
import { stockholmDate } from '../domain/calendar/stockholm-time.js';
import type { Clock } from '../domain/clock.js';
import type { ChannelRoster } from './channel-roster.js';
import type { CardSettings } from './follow-up-cards.js';
import { callerOf, localeOf } from './teams-activity.js';
import { invokeBudget } from './verbs/invoke-budget.js';

/** What the bot's handlers share: the use cases, the card builders, settings and a logger. */

export type BotLogger = {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
};

export const silentBotLogger: BotLogger = { info() {}, warn() {}, error() {} };

/** The card builders the bot uses (src/cards by default; replaceable in tests). */
export type BotCards = {
  readonly errorCard: typeof errorCard;
  readonly channelLinkCard: typeof channelLinkCard;
  readonly channelLinkedCard: typeof channelLinkedCard;
  readonly channelUnlinkedCard: typeof channelUnlinkedCard;
};

export const defaultBotCards: BotCards = {
  errorCard,
  channelLinkCard,
  channelLinkedCard,
  channelUnlinkedCard,
};

export type BotDeps = {
  readonly useCases: UseCases;
  readonly cards: BotCards;
  readonly logger: BotLogger;
  readonly tabUrl: CardSettings['tabUrl'];
  /** One card language for everyone, instead of each user's Teams locale. */
  readonly locale?: CardLocale | undefined;
  /** Channel rosters for the cards' refresh.userIds; without it cards list no members. */
  readonly roster?: ChannelRoster;
  /** The time a card action may spend on SharePoint (default graphBudgetMs, about 3 s). */
  readonly graphBudgetMs?: number;
  /** The time the cards are built at (the same Clock the use cases get). */
  readonly clock: Clock;
};

/** One card action or command being handled. */
export type Turn = {
  readonly context: TurnContext;
  readonly caller: Caller;
  readonly locale: CardLocale;
  readonly deps: BotDeps;
  /** The channel's members for the cards' refresh (read once per turn, kept by the roster). */
  readonly members: () => Promise<readonly string[]>;
  /** What is left of the time the turn may spend on SharePoint, counted from its arrival. */
  readonly budget: TimeBudget;
};

export function turnOf(context: TurnContext, deps: BotDeps): Turn {
  let members: Promise<readonly string[]> | undefined;
  return {
    context,
    caller: callerOf(context.activity),
    locale: deps.locale ?? localeOf(context.activity),
    deps,
    members: () => (members ??= deps.roster?.forTurn(context) ?? Promise.resolve([])),
    budget: invokeBudget(deps.graphBudgetMs),
  };
}

export async function cardSettings(turn: Turn): Promise<CardSettings> {
  return {
    locale: turn.locale,
    tabUrl: turn.deps.tabUrl,
    memberIds: await turn.members(),
    today: stockholmDate(turn.deps.clock.now()),
  };
}

/** The error card for a failure that has no card of its own. */
export function problemCard(turn: Turn, reason: FailureReason, tabUrl?: string): object {
  const problem: ErrorProblem =
    reason === 'conflict'
      ? 'roundClosed'
      : reason === 'invalid' || reason === 'personalData'
        ? 'malformed'
        : reason;
  return turn.deps.cards.errorCard(problem, {
    locale: turn.locale,
    ...(tabUrl === undefined ? {} : { tabUrl }),
  });
}
