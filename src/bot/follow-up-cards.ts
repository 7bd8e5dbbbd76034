import type { IsoDate } from '../domain/calendar/plain-date.js';
import type { FollowUp } from '../domain/model.js';
import type { AnswerFieldError } from '../app/use-cases/answer-rules.js';
import type { DepartmentRoundView } from '../app/use-cases/department-view.js';
import type { Versioned } from '../app/ports.js';
import type { AdaptiveCard } from '../cards/elements.js';
import type { AnswerValues } from '../cards/follow-up-activity.js';
import {
  followUpCard,
  followUpPageSize,
  orderFollowUpItems,
  type FollowUpCardOptions,
} from '../cards/follow-up-card.js';
import type { StaleAnswer } from '../cards/follow-up-notices.js';
import type { CardLocale } from '../cards/locale.js';
import { answerInputIds, type AnswerEntry } from '../cards/verbs.js';
import { activityTitleSv } from '../domain/model.js';

/** From a stored department view to the follow-up card, and the card's notices from refusals. */

export type CardSettings = {
  readonly locale: CardLocale;
  /** A link that opens the tab at this department and round. */
  readonly tabUrl: (roundId: string, departmentId: string) => string;
  /** The channel's members for `refresh.userIds` (listed when 1 to 60). */
  readonly memberIds?: readonly string[];
  /** The Stockholm date the card is built on (a round opened early says when it opens). */
  readonly today?: IsoDate;
};

export function cardOfView(
  view: DepartmentRoundView,
  settings: CardSettings,
  options: Omit<FollowUpCardOptions, 'locale'> = {},
): AdaptiveCard {
  return followUpCard(
    {
      round: view.round,
      department: view.department,
      items: view.items,
      tabUrl: settings.tabUrl(view.round.id, view.department.id),
      ...(view.channel ? { teamId: view.channel.teamId } : {}),
      ...(settings.memberIds ? { memberIds: settings.memberIds } : {}),
      ...(settings.today ? { today: settings.today } : {}),
    },
    { ...options, locale: settings.locale },
  );
}

/**
 * The page (1-based) on which an activity is shown, in the card's order (orderFollowUpItems).
 */
export function pageOfActivity(view: DepartmentRoundView, activityId: string | undefined): number {
  const ordered = orderFollowUpItems(view.items);
  const index = ordered.findIndex((item) => item.activity.id === activityId);
  return index < 0 ? 1 : Math.floor(index / followUpPageSize) + 1;
}

/** The inputs as the person left them, to show again after a refusal. */
export function valuesOf(entries: readonly AnswerEntry[]): Record<string, AnswerValues> {
  return Object.fromEntries(
    entries.map((e) => [
      e.activityId,
      { status: e.status ?? '', comment: e.comment, nextSteps: e.nextSteps },
    ]),
  );
}

/** Field messages keyed by the card's input ids. */
export function errorsOf(errors: readonly AnswerFieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [answerInputIds(e.activityId)[e.field], e.message]));
}

/** Who answered in between, for the stale-card notice. */
export function staleOf(
  view: DepartmentRoundView,
  conflicts: readonly Versioned<FollowUp>[],
): StaleAnswer[] {
  const titles = new Map(view.items.map((i) => [i.activity.id, activityTitleSv(i.activity)]));
  return conflicts.map((f) => ({
    name: f.answeredBy.name,
    activityTitle: titles.get(f.activityId) ?? f.activityId,
    answeredAt: f.answeredAt,
  }));
}
