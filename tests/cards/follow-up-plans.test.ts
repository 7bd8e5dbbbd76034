import { describe, expect, it } from 'vitest';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import type { FollowUpItem } from '../../src/cards/follow-up-activity.js';
import { cardByteLength, cardByteLimit } from '../../src/cards/size.js';
import { checkCard } from './support/card-checks.js';
import { activity, areas, cardInput, round } from './support/fixtures.js';

const ownPlan = { title: 'Aktivitetsplan hedersrelaterat våld och förtryck', rank: 0 };
const parentPlan = { title: 'Hot & våld i nära relationer & hedersrelaterat våld', rank: 1 };

/** A round covering a plan and its parent: one card with the activities of both, by plan. */
const items: FollowUpItem[] = [
  { activity: activity('H1', 'Handlingsplanens aktivitet'), area: areas[0]!, plan: parentPlan },
  { activity: activity('A1', 'Planens första aktivitet'), area: areas[1]!, plan: ownPlan },
  { activity: activity('A2', 'Planens andra aktivitet'), area: areas[0]!, plan: ownPlan },
];

describe('followUpCard for a round covering two plans', () => {
  const input = cardInput({ round: { ...round, alsoPlanIds: ['parent'] }, items });

  it('groups the activities by plan, the round’s own plan first, each plan named once', () => {
    const first = checkCard(followUpCard(input, { page: 1 })).text;
    expect(first.indexOf(ownPlan.title)).toBeLessThan(first.indexOf('Planens andra aktivitet'));
    expect(first.indexOf('Planens andra aktivitet')).toBeLessThan(
      first.indexOf('Planens första aktivitet'),
    );
    expect(first.split(ownPlan.title)).toHaveLength(2);
    expect(first).not.toContain(parentPlan.title);
    const second = checkCard(followUpCard(input, { page: 2 })).text;
    expect(second).toContain(parentPlan.title);
    expect(second).toContain('Handlingsplanens aktivitet');
  });

  it('stays valid and within the size limit with the longest plan titles', () => {
    const long = 'Å'.repeat(255);
    const longItems = items.map((item) => ({ ...item, plan: { ...item.plan!, title: long } }));
    const card = followUpCard(cardInput({ items: longItems }), { page: 1 });
    checkCard(card);
    expect(cardByteLength(card)).toBeLessThanOrEqual(cardByteLimit);
  });
});
