import { describe, expect, it } from 'vitest';
import type { Versioned } from '../../../src/app/ports.js';
import type { FollowUpRound } from '../../../src/domain/model.js';
import { buildReportModel } from '../../../src/tab/report/report-model.js';
import { comparisonRound } from '../../../src/tab/report/report-structure.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';
import { measuredSnapshot, previousAnnual } from './measured-fixture.js';

const at = new Date('2024-02-01T10:00:00Z');

const round = (
  id: string,
  kind: FollowUpRound['kind'],
  opensOn: string,
  state: FollowUpRound['state'] = 'closed',
): Versioned<FollowUpRound> => ({
  ...annualRound,
  id,
  kind,
  title: id,
  opensOn,
  dueOn: opensOn,
  closesOn: opensOn,
  state,
});

describe('comparisonRound', () => {
  const rounds = [
    round('annual-2021', 'annual', '2022-01-10'),
    round('term-2019-2022', 'termOfOffice', '2023-01-09'),
    round('annual-2022', 'annual', '2023-01-09'),
    round('extra-2023', 'extra', '2023-09-01'),
    round('annual-2023', 'annual', '2024-01-08', 'open'),
    round('annual-2024', 'annual', '2025-01-08', 'planned'),
    round('term-2023-2026', 'termOfOffice', '2027-01-11', 'open'),
  ];
  const pick = (id: string) =>
    comparisonRound(
      rounds,
      rounds.find((r) => r.id === id)!,
    )?.id;

  it('compares an annual round with the previous annual round, past rounds of other kinds', () => {
    expect(pick('annual-2023')).toBe('annual-2022');
    expect(pick('annual-2022')).toBe('annual-2021');
  });

  it('compares the term round with the previous term round', () => {
    expect(pick('term-2023-2026')).toBe('term-2019-2022');
  });

  it('has nothing to compare the first round of a kind with, nor a planned round', () => {
    expect(pick('annual-2021')).toBeUndefined();
    expect(pick('term-2019-2022')).toBeUndefined();
    expect(pick('extra-2023')).toBeUndefined();
    const withPlannedBefore = [round('annual-2030', 'annual', '2031-01-08', 'planned')];
    expect(comparisonRound(withPlannedBefore, round('annual-2031', 'annual', '2032-01-08'))).toBe(
      undefined,
    );
  });
});

describe('buildReportModel per board', () => {
  const model = buildReportModel(snapshot(), annualRound, 'sv', at);

  it('puts each activity under its responsible department’s board, those without a board last', () => {
    const boards = model.boards.map((b) => b.board);
    expect(boards.at(-1)).toBe('Nämnd ej angiven');
    expect(boards).toContain('Social- och omsorgsnämnden');
    const social = model.boards.find((b) => b.board === 'Social- och omsorgsnämnden')!;
    expect(social.departments).toEqual(['Social- och omsorgsförvaltningen']);
    const rows = social.sections.flatMap((s) => s.rows);
    expect(rows.every((r) => r.responsible === 'Social- och omsorgsförvaltningen')).toBe(true);
    expect(rows.find((r) => r.activityId === 'A2.1')?.coResponsible).toContain(
      'Utbildningsförvaltningen',
    );
    const none = model.boards.at(-1)!;
    expect(none.departments).toEqual(
      expect.arrayContaining(['Leanlink', 'Integrations- och arbetsmarknadsförvaltningen']),
    );
    expect(none.departments).not.toContain('Social- och omsorgsförvaltningen');
  });

  it('counts every activity of the round once, across the boards and in each chart', () => {
    const perBoard = model.boards.reduce((n, b) => n + b.counts.total, 0);
    expect(perBoard).toBe(model.counts.total);
    for (const chart of model.charts)
      expect(chart.bars.reduce((n, b) => n + b.counts.total, 0)).toBe(model.counts.total);
    const areas = model.charts.find((c) => c.id === 'areas')!;
    expect(areas.bars.map((b) => b.label)).toEqual(model.sections.map((s) => s.areaTitle));
  });

  it('names the board in English when the report is in English', () => {
    const english = buildReportModel(snapshot(), annualRound, 'en', at);
    expect(english.boards.at(-1)!.board).toBe('Board not given');
  });
});

describe('buildReportModel against the previous round of the kind', () => {
  it('has no comparison without an earlier round of the kind', () => {
    expect(buildReportModel(snapshot(), annualRound, 'sv', at).comparison).toBeUndefined();
  });

  it('counts the previous round and shows each activity’s earlier status', () => {
    const model = buildReportModel(measuredSnapshot(), annualRound, 'sv', at);
    expect(model.comparison?.round.id).toBe(previousAnnual.id);
    expect(model.comparison?.counts.delayed).toBe(1);
    const row = model.sections.flatMap((s) => s.rows).find((r) => r.activityId === 'A1.2')!;
    expect(row.previousStatusLabel).toBe('Försenad');
  });
});

describe('buildReportModel: development funds', () => {
  const model = buildReportModel(measuredSnapshot(), annualRound, 'sv', at);

  it('sums allocated, used and remaining per activity, department and plan', () => {
    const { funds } = model;
    expect(funds.planFunds).toBe(500);
    const a12 = funds.activities.find((a) => a.id === 'A1.2')!;
    expect(a12).toMatchObject({
      allocated: 150,
      usedInRound: 60.5,
      usedToDate: 100.5,
      remaining: 49.5,
    });
    expect(a12.perRound.map((p) => p.used)).toEqual([40, 60.5]);
    const social = funds.departments.find((d) => d.id === 'social-omsorg')!;
    // A1.2 (150, used 40 + 60,5) and A4.1 (100, used 25 this round) are social-omsorg's.
    expect(social).toMatchObject({ allocated: 250, usedInRound: 85.5, usedToDate: 125.5 });
    expect(social.remaining).toBeCloseTo(124.5);
    expect(funds.plan).toMatchObject({ allocated: 300, usedToDate: 125.5, remaining: 174.5 });
    const total = funds.departments.reduce((n, d) => n + d.allocated, 0);
    expect(total).toBe(funds.plan.allocated);
  });

  it('counts “used to date” as the overview does: extra rounds and older rounds too, not a term round or a later one', () => {
    const base = measuredSnapshot();
    const round = (id: string, kind: FollowUpRound['kind'], periodEnd: string) => ({
      ...previousAnnual,
      id,
      kind,
      periodStart: `${periodEnd.slice(0, 4)}-01-01`,
      periodEnd,
    });
    const rounds = [
      round('R-2021', 'annual', '2021-12-31'),
      round('X-2023', 'extra', '2023-06-30'),
      round('T-2022', 'termOfOffice', '2022-12-31'),
      round('R-2024', 'annual', '2024-12-31'),
    ];
    const fundsUsed = [
      ...rounds.map((r) => ({ roundId: r.id, activityId: 'A1.2', fundsUsedTkr: 7 })),
      // The open round's answer read in full (60,5) wins over this older read.
      { roundId: annualRound.id, activityId: 'A1.2', fundsUsedTkr: 1 },
    ];
    const model = buildReportModel(
      { ...base, rounds: [...base.rounds, ...rounds], fundsUsed },
      annualRound,
      'sv',
      at,
    );
    const a12 = model.funds.activities.find((a) => a.id === 'A1.2')!;
    // 40 (2022) + 60,5 (2023) + 7 (2021) + 7 (extra 2023); not the term round, not 2024.
    expect(a12).toMatchObject({ usedInRound: 60.5, usedToDate: 114.5, remaining: 35.5 });
  });

  it('lists no funds when no activity has any', () => {
    const plain = buildReportModel(snapshot(), annualRound, 'sv', at);
    expect(plain.funds.activities).toEqual([]);
    expect(plain.funds.plan.allocated).toBe(0);
  });
});

describe('buildReportModel: indicators', () => {
  const model = buildReportModel(measuredSnapshot(), annualRound, 'sv', at);

  it('gives each indicator its values per round and whether the target is met', () => {
    const [share, trained] = model.indicators;
    expect(share).toMatchObject({ activityId: 'A1.2', current: 62.5, reached: false });
    expect(share!.values.map((v) => v.value)).toEqual([40, 62.5]);
    expect(trained).toMatchObject({ current: 1, reached: true });
  });

  it('says nothing is reached without a value in the round', () => {
    const data = measuredSnapshot();
    const model = buildReportModel(
      { ...data, followUps: data.followUps.filter((f) => f.roundId !== annualRound.id) },
      annualRound,
      'sv',
      at,
    );
    expect(model.indicators[0]!.reached).toBeUndefined();
    expect(model.indicators[0]!.current).toBeUndefined();
  });
});

it('keeps an answer from another round out of the round’s rows', () => {
  const data = snapshot({ followUps: [followUp('A1.1', { roundId: 'R-other' })] });
  const model = buildReportModel(data, annualRound, 'sv', at);
  expect(model.counts.unanswered).toBe(model.counts.total);
});
