import type { PlanSnapshot } from '../../app/ports.js';
import type {
  ReminderCardRequest,
  ReminderCards,
  SummaryCardRequest,
} from '../../app/reminders/reminder-cards.js';
import { followUpCardVersion } from '../../cards/card-version.js';
import { followUpCard } from '../../cards/follow-up-card.js';
import type { FollowUpItem } from '../../cards/follow-up-activity.js';
import { summaryCard } from '../../cards/summary-card.js';
import type { FollowUpRound } from '../../domain/model.js';
import {
  activitiesInRound,
  compareRounds,
  latestStatuses,
  roundAnswers,
} from '../../domain/status.js';

/**
 * The reminder run's cards from src/cards: the department's follow-up card titled for the stage,
 * and the working group's summary. Links open the tab (hash routes of src/tab/routing).
 */

export type TabLinks = {
  /** The tab's address: a Teams deep link in production, the local tab address locally. */
  readonly tabUrl: string;
};

function withHash(base: string, hash: string): string {
  return `${base.replace(/#.*$/, '')}${hash}`;
}

export function departmentTabUrl(links: TabLinks, roundId: string, departmentId: string): string {
  const query = new URLSearchParams({ forvaltning: departmentId, omgang: roundId });
  return withHash(links.tabUrl, `#/min-forvaltning?${query.toString()}`);
}

export function followUpTabUrl(links: TabLinks): string {
  return withHash(links.tabUrl, '#/uppfoljning');
}

/** The department's activities in the round, with their answers and earlier statuses. */
export function followUpItems(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  departmentId: string,
): { items: FollowUpItem[]; versions: { activityId: string; version: string }[] } {
  const areas = new Map(snapshot.areas.map((a) => [a.id, a]));
  const answers = roundAnswers(snapshot, round);
  const versions = new Map(
    snapshot.followUps.filter((f) => f.roundId === round.id).map((f) => [f.activityId, f.version]),
  );
  const earlier = snapshot.rounds.filter((r) => compareRounds(r, round) < 0);
  const previous = latestStatuses({ ...snapshot, rounds: earlier });
  const activities = activitiesInRound(snapshot, round).filter(
    (a) => a.responsibleDepartmentId === departmentId,
  );
  const items = activities.map((activity): FollowUpItem => {
    const area = areas.get(activity.areaId);
    const answer = answers.get(activity.id);
    const status = previous.get(activity.id)?.status;
    return {
      activity,
      ...(area ? { area } : {}),
      ...(answer ? { answer } : {}),
      ...(status ? { previousStatus: status } : {}),
    };
  });
  const answered = activities.flatMap((a) => {
    const version = versions.get(a.id);
    return version ? [{ activityId: a.id, version }] : [];
  });
  return { items, versions: answered };
}

export function reminderCards(links: TabLinks): ReminderCards {
  return {
    reminder(request: ReminderCardRequest): object {
      const { snapshot, round, department, stage } = request;
      const { items, versions } = followUpItems(snapshot, round, department.id);
      return followUpCard(
        {
          round,
          department,
          items,
          tabUrl: departmentTabUrl(links, round.id, department.id),
          cardVersion: followUpCardVersion(versions),
        },
        { stage },
      );
    },
    summary(request: SummaryCardRequest): object {
      return summaryCard({
        rounds: [{ round: request.round, missing: request.missing }],
        unreachable: request.unreachable,
        tabUrl: followUpTabUrl(links),
      });
    },
  };
}
