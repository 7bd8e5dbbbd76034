import type {
  ReminderCardRequest,
  ReminderCards,
  SummaryCardRequest,
} from '../../app/reminders/reminder-cards.js';
import { summaryCard } from '../../cards/summary-card.js';
import { departmentRoundView } from '../../app/use-cases/department-view.js';
import { cardOfView } from '../../bot/follow-up-cards.js';
import { workingGroupTarget } from '../../app/reminders/plan-run.js';
import { departmentRoute, tabRouteLink, type TabLinkTarget } from '../tab-link.js';

/**
 * The reminder run's cards from src/cards: the department's follow-up card titled for the stage,
 * and the working group's summary. Links open the tab (hash routes of src/tab/routing; in Teams a
 * deep link to the personal tab, tab-link.ts); they carry the reminder's key
 * (`paminnelse=round|department|stage`, which the tab ignores), so the posted message can be
 * recognised in the channel's messages (see graph-post-finder.ts).
 */

export type TabLinks = {
  /** The tab's web address (the local tab address locally). */
  readonly tabUrl: string;
  /** The Teams app id: set, the links are Teams deep links to the personal tab (tab-link.ts). */
  readonly teamsAppId?: string | undefined;
};

function targetOf(links: TabLinks): TabLinkTarget {
  return { webBase: links.tabUrl, teamsAppId: links.teamsAppId };
}

function departmentTabUrl(
  links: TabLinks,
  roundId: string,
  departmentId: string,
  key: string,
): string {
  return tabRouteLink(targetOf(links), departmentRoute(roundId, departmentId), key);
}

function followUpTabUrl(links: TabLinks, key: string): string {
  return tabRouteLink(targetOf(links), '/uppfoljning', key);
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
      return cardOfView(
        view.value,
        { locale: 'sv', tabUrl, memberIds: memberIds ?? [] },
        { stage },
      );
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
