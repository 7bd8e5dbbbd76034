import type { Department, FollowUpRound, ReminderStage } from '../domain/model.js';
import { execute, openUrl, type CardAction, type Refresh } from './elements.js';
import type { SeenAnswers } from './card-version.js';
import type { FollowUpStrings } from './follow-up-strings.js';
import type { FollowUpCardData } from './verbs.js';

/** The follow-up card's buttons and its refresh clause. */

/** Teams runs `refresh` automatically for at most this many listed users. */
export const refreshUserLimit = 60;

export type ActionInput = {
  readonly round: FollowUpRound;
  readonly department: Department;
  readonly tabUrl: string;
  readonly teamId?: string;
  readonly memberIds?: readonly string[];
  readonly hasItems: boolean;
};

export type ActionPlace = {
  readonly page: number;
  /** What the card shows of each activity on the page (see card-version.ts). */
  readonly seen: SeenAnswers;
  readonly pages: number;
  readonly stage?: ReminderStage;
  /** The round is open (the card refreshes). */
  readonly open: boolean;
  /** The round is open and the person looking may answer: inputs and the send button. */
  readonly answerable: boolean;
  /** Answerable, and every activity answered: the Klarmarkera button. */
  readonly canSignOff?: boolean;
};

function followUpData(
  input: ActionInput,
  at: ActionPlace,
  page: number,
  stage?: ReminderStage,
): FollowUpCardData {
  return {
    v: 2,
    roundId: input.round.id,
    departmentId: input.department.id,
    seen: { ...at.seen },
    page,
    ...(stage === undefined ? {} : { stage }),
    ...(input.teamId === undefined ? {} : { team: input.teamId }),
  };
}

export function followUpActions(
  input: ActionInput,
  s: FollowUpStrings,
  at: ActionPlace,
): CardAction[] {
  const { page, pages, stage } = at;
  const list: CardAction[] = [];
  if (at.open && input.hasItems) {
    if (at.answerable)
      list.push(
        execute(s.submit, 'followUp.submit', followUpData(input, at, page, stage), 'positive'),
      );
    if (at.canSignOff === true)
      list.push(execute(s.signOff, 'followUp.signOff', followUpData(input, at, page, stage)));
    if (page > 1) {
      list.push(execute(s.previousPage, 'followUp.page', followUpData(input, at, page - 1, stage)));
    }
    if (page < pages) {
      list.push(execute(s.nextPage, 'followUp.page', followUpData(input, at, page + 1, stage)));
    }
  }
  list.push(openUrl(s.openTab, input.tabUrl));
  return list;
}

/**
 * Refresh for the department's members: listed when there are 1..60 of them (and `listMembers`),
 * otherwise without userIds, so Teams refreshes only when asked and the bot keeps the posted
 * message current by updating it after every answer.
 */
export function followUpRefresh(
  input: ActionInput,
  s: FollowUpStrings,
  at: ActionPlace,
  listMembers: boolean,
): Refresh {
  const action = execute(s.refresh, 'followUp.refresh', followUpData(input, at, at.page, at.stage));
  const members = input.memberIds ?? [];
  const listed = listMembers && members.length > 0 && members.length <= refreshUserLimit;
  return listed ? { action, userIds: [...members] } : { action };
}
