import type { TimeBudget } from '../../app/ports.js';

/**
 * The time a card action may spend on SharePoint. Teams shows the user an error when an
 * Action.Execute takes longer than about 5 seconds (even if the work completes), so the bot
 * answers within about 4: Graph gets `graphBudgetMs` from the moment the invoke arrives, and the
 * rest is left for the round trip under way when it runs out, building the card and replacing
 * the posted one. A throttled request whose Retry-After would outlast the budget is not waited
 * out: the answer is refused with the inputs kept (nothing stored), see README "Answers under
 * load".
 */
const graphBudgetMs = 3_200;

export function invokeBudget(
  ms: number = graphBudgetMs,
  now: () => number = () => performance.now(),
): TimeBudget {
  const until = now() + ms;
  return { remainingMs: () => until - now() };
}
