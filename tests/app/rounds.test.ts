import { describe, expect, it } from 'vitest';
import { InMemoryChannelDirectory } from '../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../src/app/in-memory/plan-store.js';
import type { RoundProposal } from '../../src/app/use-cases/rounds.js';
import { createUseCases } from '../../src/app/use-cases/use-cases.js';
import {
  annualRound,
  termOfOfficeRound,
  toFollowUpRound,
} from '../../src/domain/calendar/rounds.js';
import type { CalendarRound } from '../../src/domain/calendar/rounds.js';
import { fixedClock } from '../../src/domain/clock.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { FakeMembership, linkOf, people, workingGroupTeam } from './support/world.js';

/**
 * Rounds overlap: Mandatperiodsuppföljning 2027 opens on 1 March 2027 while Årsuppföljning 2026
 * runs to 31 March. Opening one never depends on another; a past round needs a confirmation.
 */

const annual2026 = toFollowUpRound(annualRound(2026), seedPlan.plan.id, 'open');

function proposalOf(round: CalendarRound): RoundProposal {
  return {
    kind: round.kind,
    title: round.title,
    periodStart: round.period.start,
    periodEnd: round.period.end,
    opensOn: round.opensOn,
    dueOn: round.dueOn,
    closesOn: round.closesOn,
  };
}

function world(now: string, rounds = [annual2026]) {
  const channels = new InMemoryChannelDirectory([linkOf('social-omsorg'), linkOf('leanlink')]);
  const store = new InMemoryPlanStore({ ...seedPlan, rounds, followUps: [] }, { channels });
  const membership = new FakeMembership({ [workingGroupTeam]: [people.anna.id] });
  const useCases = createUseCases({
    store,
    channels,
    membership,
    clock: fixedClock(new Date(now)),
    workingGroupTeamId: workingGroupTeam,
  });
  return { store, useCases };
}

const anna = { id: people.anna.id, name: people.anna.name };

describe('rounds that overlap', () => {
  it('opens the term round on 1 March while the annual round is open, and both stay open', async () => {
    const w = world('2027-03-01T08:00:00+01:00');
    const opened = await w.useCases.openRound({
      caller: anna,
      proposal: proposalOf(termOfOfficeRound(2027)),
    });
    expect(opened.ok && opened.value).toMatchObject({ id: 'termOfOffice-2027', state: 'open' });
    const snapshot = await w.store.loadPlan();
    expect(snapshot.ok && snapshot.value.rounds.map((r) => [r.id, r.state])).toEqual([
      ['annual-2026', 'open'],
      ['termOfOffice-2027', 'open'],
    ]);
  });

  it('shows a channel’s department in each of its open rounds, oldest first (the bot’s kort)', async () => {
    const term = toFollowUpRound(termOfOfficeRound(2027), seedPlan.plan.id, 'open');
    const w = world('2027-03-01T08:00:00+01:00', [annual2026, term]);
    const social = await w.useCases.showChannelRounds(linkOf('social-omsorg').channelId);
    expect(social.ok && social.value.map((v) => [v.round.id, v.items.length])).toEqual([
      ['annual-2026', 1],
      ['termOfOffice-2027', 6],
    ]);
    // Leanlink has an activity in the term round only: one card, not an empty annual one.
    const leanlink = await w.useCases.showChannelRounds(linkOf('leanlink').channelId);
    expect(leanlink.ok && leanlink.value.map((v) => v.round.id)).toEqual(['termOfOffice-2027']);
    const none = await w.useCases.showChannelRounds('19:unknown@thread.tacv2');
    expect(none.ok && none.value).toEqual([]);
  });

  it('refuses a past round without confirmation, saying when it closed, and stores nothing', async () => {
    const w = world('2027-04-01T08:00:00+02:00', []);
    const refused = await w.useCases.openRound({
      caller: anna,
      proposal: proposalOf(annualRound(2026)),
    });
    expect(!refused.ok && refused.error).toMatchObject({
      reason: 'invalid',
      message: 'Omgången stängde 31 mars 2027. Bekräfta att den ska öppnas ändå.',
      fields: { confirmPast: expect.stringContaining('31 mars 2027') as unknown },
    });
    const snapshot = await w.store.loadPlan();
    expect(snapshot.ok && snapshot.value.rounds).toEqual([]);
    const confirmed = await w.useCases.openRound({
      caller: anna,
      proposal: proposalOf(annualRound(2026)),
      confirmPast: true,
    });
    expect(confirmed.ok && confirmed.value.state).toBe('open');
  });

  it('opens a round on the day before its closing date without confirmation', async () => {
    const w = world('2027-03-30T20:00:00+02:00', []);
    const opened = await w.useCases.openRound({
      caller: anna,
      proposal: proposalOf(annualRound(2026)),
    });
    expect(opened.ok).toBe(true);
  });

  it('opens a round before its opening date (it is open early, nothing to confirm)', async () => {
    const w = world('2026-12-02T08:00:00+01:00', []);
    const opened = await w.useCases.openRound({
      caller: anna,
      proposal: proposalOf(annualRound(2026)),
    });
    expect(opened.ok && opened.value).toMatchObject({ state: 'open', opensOn: '2027-01-08' });
  });
});
