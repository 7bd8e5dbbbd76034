import type {
  ReminderCardRequest,
  ReminderCards,
  SummaryCardRequest,
} from '../../app/reminders/reminder-cards.js';
import { summaryCard } from '../../cards/summary-card.js';
import { departmentRoundView } from '../../app/use-cases/department-view.js';
import { cardOfView } from '../../bot/follow-up-cards.js';
import { workingGroupTarget } from '../../app/reminders/plan-run.js';

/**
 * The reminder run's cards from src/cards: the department's follow-up card titled for the stage,
 * and the working group's summary. Links open the tab (hash routes of src/tab/routing); they
 * carry the reminder's key (`paminnelse=round|department|stage`, which the tab ignores), so the
 * posted message can be recognised in the channel's messages (see graph-post-finder.ts).
 */

/** The query parameter of the tab link that carries the reminder key. */
const reminderKeyParameter = 'paminnelse';

export type TabLinks = {
  /** The tab's address: a Teams deep link in production, the local tab address locally. */
  readonly tabUrl: string;
};

function withHash(base: string, hash: string): string {
  return `${base.replace(/#.*$/, '')}${hash}`;
}

function departmentTabUrl(
  links: TabLinks,
  roundId: string,
  departmentId: string,
  key: string,
): string {
  const query = new URLSearchParams({
    forvaltning: departmentId,
    omgang: roundId,
    [reminderKeyParameter]: key,
  });
  return withHash(links.tabUrl, `#/min-forvaltning?${query.toString()}`);
}

function followUpTabUrl(links: TabLinks, key: string): string {
  const query = new URLSearchParams({ [reminderKeyParameter]: key });
  return withHash(links.tabUrl, `#/uppfoljning?${query.toString()}`);
}

/** How the key appears in a card's JSON (inside the tab link). */
export function keyInCard(key: string): string {
  return new URLSearchParams({ [reminderKeyParameter]: key }).toString();
}

export function reminderCards(links: TabLinks): ReminderCards {
  return {
    reminder(request: ReminderCardRequest): object {
      const { snapshot, round, department, stage, memberIds } = request;
      const view = departmentRoundView(snapshot, round.id, department.id);
      if (!view.ok)
        throw new Error(`No view of ${department.id} in ${round.id}: ${view.error.message}`);
      const key = `${round.id}|${department.id}|${stage}`;
      const tabUrl = (roundId: string, departmentId: string) =>
        departmentTabUrl(links, roundId, departmentId, key);
      // The bot's own card of the view, so its stale check sees the same fingerprint.
      return cardOfView(view.value, { locale: 'sv', tabUrl, memberIds: memberIds ?? [] }, { stage });
    },
    summary(request: SummaryCardRequest): object {
      return summaryCard({
        rounds: [{ round: request.round, missing: request.missing }],
        unreachable: request.unreachable,
        tabUrl: followUpTabUrl(links, `${request.round.id}|${workingGroupTarget}|${request.stage}`),
      });
    },
  };
}
