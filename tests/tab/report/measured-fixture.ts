import type { PlanSnapshot, Versioned } from '../../../src/app/ports.js';
import type { FollowUpRound } from '../../../src/domain/model.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';

/** Årsuppföljning 2022, closed: the round Årsuppföljning 2023 compares with. */
export const previousAnnual: Versioned<FollowUpRound> = {
  ...annualRound,
  id: 'R-2022',
  title: 'Årsuppföljning 2022',
  periodStart: '2022-01-01',
  periodEnd: '2022-12-31',
  opensOn: '2023-01-09',
  dueOn: '2023-02-28',
  closesOn: '2023-03-31',
  state: 'closed',
};

/**
 * The seeded plan (500 tkr of development funds) with funds allocated to three activities, two
 * indicators on A1.2 and answers with values and amounts in Årsuppföljning 2022 and 2023.
 */
export function measuredSnapshot(): PlanSnapshot {
  const base = snapshot();
  const allocated: Record<string, number> = { 'A1.2': 150, 'A4.1': 100, 'A1.3': 50 };
  return {
    ...base,
    activities: base.activities.map((a) => ({
      ...a,
      ...(allocated[a.id] === undefined ? {} : { allocatedTkr: allocated[a.id] }),
      ...(a.id === 'A1.2'
        ? {
            indicators: [
              {
                id: 'share',
                name: 'Andel skolor som använder materialet',
                unit: 'percent' as const,
                baseline: 30,
                baselineYear: 2022,
                target: 75,
                targetYear: 2024,
                better: 'higher' as const,
              },
              {
                id: 'trained',
                name: 'Personalen är utbildad',
                unit: 'yesNo' as const,
                target: 1,
                better: 'higher' as const,
              },
            ],
          }
        : {}),
    })),
    rounds: [previousAnnual, annualRound],
    followUps: [
      ...base.followUps,
      followUp('A1.2', {
        roundId: previousAnnual.id,
        status: 'delayed',
        comment: 'Försenat av sjukskrivningar.',
        indicatorValues: { share: 40 },
        fundsUsedTkr: 40,
      }),
      followUp('A1.2', {
        status: 'onTrack',
        indicatorValues: { share: 62.5, trained: 1 },
        fundsUsedTkr: 60.5,
      }),
      followUp('A4.1', { status: 'done', fundsUsedTkr: 25 }),
    ],
  };
}
