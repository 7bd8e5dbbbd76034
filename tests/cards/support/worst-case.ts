import type { FollowUpItem } from '../../../src/cards/follow-up-activity.js';
import {
  followUpInputLimits,
  type FollowUpCardInput,
  type FollowUpCardOptions,
} from '../../../src/cards/follow-up-card.js';
import { answerInputIds } from '../../../src/cards/verbs.js';
import { activity, answer, cardInput, department, round } from './fixtures.js';

/**
 * The largest follow-up card the builder can be asked for: every text at its longest (the
 * model's limits; names cut at 100), written in one character repeated (`ö` is 2 bytes in UTF-8,
 * `€` is 3, the most any UTF-16 code unit costs once lone surrogates are replaced), ids at 100
 * characters, 60 members with the longest ids, the longest deep link, every activity answered in
 * its own area (so the Klarmarkera button and its hint), reopened by the working group (its
 * notice), a message on every field, a stale list, and the saved notice.
 */
export function worstCaseInput(char: string, count: number): FollowUpCardInput {
  const text = (n: number) => char.repeat(n);
  const items: FollowUpItem[] = Array.from({ length: count }, (_, i) => {
    const id = String(i).padStart(100, 'x');
    return {
      activity: activity(id, text(255), { example: true }),
      area: { id: `area-${id}`.slice(0, 100), planId: 'plan-1', order: i, title: text(255) },
      answer: answer(id, {
        comment: text(1000),
        nextSteps: text(500),
        answeredBy: { id: 'u', name: text(400) },
      }),
    };
  });
  const limits = followUpInputLimits;
  return cardInput({
    round: { ...round, id: 'r'.repeat(100), title: text(255) },
    department: { ...department, id: 'd'.repeat(100), name: text(255) },
    items,
    tabUrl: `https://teams.microsoft.com/l/entity/${'u'.repeat(limits.tabUrl - 40)}`,
    memberIds: Array.from(
      { length: 60 },
      (_, i) => `29:${String(i).padStart(limits.memberId - 3, 'm')}`,
    ),
    // Reopened by the working group: its notice, the inputs and the Klarmarkera button.
    signOff: {
      roundId: 'r'.repeat(100),
      departmentId: 'd'.repeat(100),
      state: 'reopened',
      signedBy: { id: 'u', name: text(255) },
      signedAt: '2027-02-20T10:15:00+01:00',
      reopenedBy: { id: 'u', name: text(255) },
      reopenedAt: '2027-02-21T10:15:00+01:00',
    },
  });
}

export function worstCaseOptions(input: FollowUpCardInput, char: string): FollowUpCardOptions {
  const text = (n: number) => char.repeat(n);
  const errors: Record<string, string> = {};
  for (const item of input.items) {
    const ids = answerInputIds(item.activity.id);
    errors[ids.status] = text(200);
    errors[ids.comment] = text(200);
    errors[ids.nextSteps] = text(200);
  }
  const stale = Array.from({ length: 5 }, () => ({
    name: text(400),
    activityTitle: text(255),
    answeredAt: '2027-02-20T10:15:00+01:00',
  }));
  return {
    stage: 'overdue-12',
    errors,
    stale,
    saved: true,
    refusal: 'noTeam',
    busy: 'partlySaved',
  };
}
