import type { FollowUpItem } from './follow-up-activity.js';

/**
 * The follow-up card's pages: activities in card order (by development area), two to a page,
 * fewer where their value inputs weigh. The bot finds an activity's page with the same rules.
 */

export const followUpPageSize = 2;

/**
 * The most value inputs (indicators, funds used) a page of several activities holds: an activity
 * with more has a page of its own, so that a page with values stays under 28 KB (an activity has
 * at most 5 indicators and the funds: 6, 23.2 KB in compact form). Two, since the numbers are
 * text inputs with a regex and a message: two activities with three indicators between them came
 * to 28.9 KB in € text with every notice (28.3 KB already as Input.Number), two with two 27.7 KB.
 */
export const followUpPageValueInputs = 2;

/** Items in card order: by plan (a round covering several), by the area's order, as given. */
export function orderFollowUpItems<T extends Pick<FollowUpItem, 'area' | 'plan'>>(
  items: readonly T[],
): T[] {
  const order = (item: T) => item.area?.order ?? Number.MAX_SAFE_INTEGER;
  const rank = (item: T) => item.plan?.rank ?? 0;
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => rank(a.item) - rank(b.item) || order(a.item) - order(b.item) || a.index - b.index,
    )
    .map(({ item }) => item);
}

/** Pages of activities without value inputs (followUpPages in general). */
export function followUpPageCount(itemCount: number): number {
  return Math.max(1, Math.ceil(itemCount / followUpPageSize));
}

function valueInputCount(item: FollowUpItem): number {
  const { indicators, allocatedTkr } = item.activity;
  return (indicators ?? []).length + (allocatedTkr === undefined ? 0 : 1);
}

/** Items in card order cut into pages: `followUpPageSize` each, fewer where values weigh. */
export function followUpPages(ordered: readonly FollowUpItem[]): FollowUpItem[][] {
  const pages: FollowUpItem[][] = [];
  let page: FollowUpItem[] = [];
  let values = 0;
  for (const item of ordered) {
    const count = valueInputCount(item);
    const full = page.length >= followUpPageSize || values + count > followUpPageValueInputs;
    if (page.length > 0 && full) {
      pages.push(page);
      [page, values] = [[], 0];
    }
    page.push(item);
    values += count;
  }
  if (page.length > 0) pages.push(page);
  return pages.length === 0 ? [[]] : pages;
}

/** The page (1-based) on which the card shows an activity; 1 when it is not on the card. */
export function followUpPageOf(
  items: readonly FollowUpItem[],
  activityId: string | undefined,
): number {
  const index = followUpPages(orderFollowUpItems(items)).findIndex((page) =>
    page.some((item) => item.activity.id === activityId),
  );
  return index < 0 ? 1 : index + 1;
}
