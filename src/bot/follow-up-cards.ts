import type { IsoDate } from '../domain/calendar/plain-date.js';
import type { FollowUp } from '../domain/model.js';
import type { AnswerFieldError } from '../app/use-cases/answer-rules.js';
import type { DepartmentRoundView } from '../app/use-cases/department-view.js';
import type { Versioned } from '../app/ports.js';
import type { AdaptiveCard } from '../cards/elements.js';
import type { AnswerValues } from '../cards/follow-up-activity.js';
import { followUpCard, type FollowUpCardOptions } from '../cards/follow-up-card.js';
import { followUpPageOf } from '../cards/follow-up-pages.js';
import type { StaleAnswer } from '../cards/follow-up-notices.js';
import type { CardLocale } from '../cards/locale.js';
import type { AnswerEntry } from '../cards/answer-inputs.js';
import { valueInputId } from '../cards/verbs.js';
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
      ...(view.signOff ? { signOff: view.signOff } : {}),
    },
    { ...options, locale: settings.locale },
  );
}

/** The page (1-based) on which the card shows an activity (followUpCard's order and pages). */
export function pageOfActivity(view: DepartmentRoundView, activityId: string | undefined): number {
  return followUpPageOf(view.items, activityId);
}

/** The inputs as the person left them, to show again after a refusal. */
export function valuesOf(entries: readonly AnswerEntry[]): Record<string, AnswerValues> {
  return Object.fromEntries(
    entries.map((e) => [
      e.activityId,
      {
        status: e.status ?? '',
        comment: e.comment,
        nextSteps: e.nextSteps,
        ...(e.indicatorValues ? { indicatorValues: e.indicatorValues } : {}),
        ...(e.fundsUsed === undefined ? {} : { fundsUsed: e.fundsUsed }),
      },
    ]),
  );
}

/** Field messages keyed by the card's input ids. */
export function errorsOf(errors: readonly AnswerFieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [valueInputId(e.field, e.activityId), e.message]));
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
