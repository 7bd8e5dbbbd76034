/**
 * How a reminder card carries its key (`round|department|stage`) so that the posted message can
 * be recognised among the channel's messages (graph-post-finder.ts): as the query parameter
 * `paminnelse` of the card's link to the tab, which the tab ignores. The cards
 * (src/server/functions/reminder-cards.ts, through src/server/tab-link.ts) build their links with it.
 */

/** The query parameter of the tab link that carries the reminder key. */
export const reminderKeyParameter = 'paminnelse';

/** How the key appears in a card's JSON (inside the tab link). */
export function keyInCard(key: string): string {
  return new URLSearchParams({ [reminderKeyParameter]: key }).toString();
}
