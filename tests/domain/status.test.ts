import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  statusCodes,
  type Activity,
  type FollowUp,
  type FollowUpRound,
  type FollowUpStatus,
} from '../../src/domain/model.js';
import {
  activitiesInRound,
  areaProgress,
  compareRounds,
  departmentProgress,
  departmentsMissingAnswers,
  latestStatuses,
  planProgress,
  responseRates,
} from '../../src/domain/status.js';

function activity(id: string, areaId: string, dept: string, start: string, end: string): Activity {
  return {
    id,
    planId: 'p',
    areaId,
    title: `Aktivitet ${id}`,
    responsibleDepartmentId: dept,
    coResponsibleDepartmentIds: [],
    start,
    end,
    financing: 'ownBudget',
    example: true,
  };
}

function round(id: string, period: [string, string], dates: [string, string, string]) {
  const [opensOn, dueOn, closesOn] = dates;
  const kind = id.startsWith('term') ? 'termOfOffice' : 'annual';
  return {
    id,
    planId: 'p',
    kind,
    title: id,
    periodStart: period[0],
    periodEnd: period[1],
    opensOn,
    dueOn,
    closesOn,
    state: 'open',
  } satisfies FollowUpRound;
}

function answer(roundId: string, activityId: string, status: FollowUpStatus, at: string): FollowUp {
  return {
    roundId,
    activityId,
    departmentId: 'd1',
    status,
    comment: '',
    nextSteps: '',
    answeredBy: { id: 'u', name: 'Kontakt' },
    answeredAt: at,
    source: 'tab',
  };
}

const annual2022 = round(
  'annual-2022',
  ['2022-01-01', '2022-12-31'],
  ['2023-01-09', '2023-02-28', '2023-03-31'],
);
const term2023 = round(
  'term-2023',
  ['2019-01-01', '2022-12-31'],
  ['2023-03-01', '2023-05-31', '2023-06-30'],
);
const annual2023 = round(
  'annual-2023',
  ['2023-01-01', '2023-12-31'],
  ['2024-01-08', '2024-02-29', '2024-03-29'],
);
const annual2024 = round(
  'annual-2024',
  ['2024-01-01', '2024-12-31'],
  ['2025-01-08', '2025-02-28', '2025-03-31'],
);

const departments = ['d1', 'd2', 'd3'].map((id) => ({ id, name: id, coordinating: false }));
const areas = [
  { id: 'area-2', planId: 'p', order: 2, title: 'Samverkan' },
  { id: 'area-1', planId: 'p', order: 1, title: 'Förebyggande' },
];
const data = {
  departments,
  areas,
  activities: [
    activity('a1', 'area-1', 'd1', '2022-09-01', '2026-12-31'),
    activity('a2', 'area-1', 'd2', '2022-09-01', '2023-06-30'),
    activity('a3', 'area-2', 'd1', '2024-01-01', '2025-12-31'),
    activity('a4', 'area-2', 'd2', '2023-01-01', '2026-12-31'),
  ],
  // Deliberately not in date order.
  rounds: [annual2023, annual2022, term2023],
  followUps: [
    answer('annual-2023', 'a1', 'done', '2024-02-27T10:00:00+01:00'),
    answer('annual-2022', 'a1', 'onTrack', '2023-02-10T09:00:00+01:00'),
    answer('annual-2022', 'a2', 'delayed', '2023-02-20T09:00:00+01:00'),
    answer('term-2023', 'a2', 'dropped', '2023-04-01T09:00:00+02:00'),
    answer('term-2023', 'a1', 'onTrack', '2023-05-02T09:00:00+02:00'),
    answer('annual-2023', 'a4', 'notStarted', '2024-03-05T10:00:00+01:00'),
  ],
};

const counts = (c: Partial<Record<FollowUpStatus | 'unanswered', number>>, total: number) => ({
  done: 0,
  onTrack: 0,
  delayed: 0,
  notStarted: 0,
  dropped: 0,
  unanswered: 0,
  ...c,
  total,
});

describe('status derivation', () => {
  it('takes each activity’s status from the latest round with an answer', () => {
    const latest = latestStatuses(data);
    expect([...latest].map(([id, l]) => [id, l.status, l.round.id]).sort()).toEqual([
      ['a1', 'done', 'annual-2023'],
      ['a2', 'dropped', 'term-2023'],
      ['a4', 'notStarted', 'annual-2023'],
    ]);
  });

  it('orders by round, not by when the answer came, and ignores answers after the moment', () => {
    const late = {
      ...data,
      followUps: [
        answer('term-2023', 'a1', 'onTrack', '2023-03-05T09:00:00+01:00'),
        answer('annual-2022', 'a1', 'delayed', '2023-03-20T09:00:00+01:00'),
      ],
    };
    expect(latestStatuses(late).get('a1')?.status).toBe('onTrack');
    const earlier = latestStatuses(data, new Date('2023-03-01T00:00:00+01:00'));
    expect(earlier.get('a1')?.round.id).toBe('annual-2022');
    expect(earlier.get('a4')).toBeUndefined();
  });

  it('follows up the activities that overlap the round’s period and were not dropped earlier', () => {
    const ids = (r: FollowUpRound) => activitiesInRound(data, r).map((a) => a.id);
    expect(ids(annual2022)).toEqual(['a1', 'a2']);
    expect(ids(term2023)).toEqual(['a1', 'a2']);
    expect(ids(annual2023)).toEqual(['a1', 'a4']);
    expect(ids(annual2024)).toEqual(['a1', 'a3', 'a4']);
  });

  it('gives each department’s response rate in a round at a moment', () => {
    expect(responseRates(data, annual2023, new Date('2024-02-28T00:00:00+01:00'))).toEqual([
      { departmentId: 'd1', assigned: 1, answered: 1, rate: 1, missingActivityIds: [] },
      { departmentId: 'd2', assigned: 1, answered: 0, rate: 0, missingActivityIds: ['a4'] },
    ]);
    expect(responseRates(data, annual2022).map((r) => r.rate)).toEqual([1, 1]);
  });

  it('names the departments still missing answers at a moment', () => {
    const missing = (at: string) =>
      departmentsMissingAnswers(data, annual2023, new Date(at)).map((r) => r.departmentId);
    expect(missing('2024-01-10T08:30:00+01:00')).toEqual(['d1', 'd2']);
    expect(missing('2024-02-28T08:30:00+01:00')).toEqual(['d2']);
    expect(missing('2024-03-05T10:00:00+01:00')).toEqual([]);
  });

  it('counts the plan’s progress by latest status, or within one round', () => {
    expect(planProgress(data)).toEqual(
      counts({ done: 1, dropped: 1, notStarted: 1, unanswered: 1 }, 4),
    );
    expect(planProgress(data, annual2023)).toEqual(counts({ done: 1, notStarted: 1 }, 2));
    expect(planProgress(data, annual2024)).toEqual(counts({ unanswered: 3 }, 3));
  });

  it('counts progress per area in the areas’ order and per responsible department', () => {
    expect(areaProgress(data)).toEqual([
      { areaId: 'area-1', counts: counts({ done: 1, dropped: 1 }, 2) },
      { areaId: 'area-2', counts: counts({ notStarted: 1, unanswered: 1 }, 2) },
    ]);
    expect(departmentProgress(data, annual2022)).toEqual([
      { departmentId: 'd1', counts: counts({ onTrack: 1 }, 1) },
      { departmentId: 'd2', counts: counts({ delayed: 1 }, 1) },
      { departmentId: 'd3', counts: counts({}, 0) },
    ]);
  });
});

const allRounds = [annual2022, term2023, annual2023, annual2024];
const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .map((d) => d.toISOString());

const arbitraryData = fc
  .array(
    fc.record({
      area: fc.constantFrom('area-1', 'area-2'),
      dept: fc.constantFrom('d1', 'd2', 'd3'),
      from: day('2020-01-01', '2026-12-31'),
      to: day('2020-01-01', '2026-12-31'),
    }),
    { maxLength: 12 },
  )
  .chain((specs) => {
    const activities = specs.map((s, i) => {
      const [start, end] = [s.from.slice(0, 10), s.to.slice(0, 10)].sort() as [string, string];
      return activity(`a${i}`, s.area, s.dept, start, end);
    });
    const pairs = allRounds.flatMap((r) => activities.map((a) => [r.id, a.id] as const));
    const answers = fc
      .subarray(pairs)
      .chain((chosen) =>
        fc.tuple(
          ...chosen.map(([r, a]) =>
            fc
              .tuple(fc.constantFrom(...statusCodes), day('2023-01-01', '2025-12-31'))
              .map(([s, at]) => answer(r, a, s, at)),
          ),
        ),
      );
    return answers.map((followUps) => ({
      departments,
      areas,
      activities,
      rounds: allRounds,
      followUps,
    }));
  });

const sum = (c: ReturnType<typeof planProgress>) =>
  [...statusCodes, 'unanswered' as const].reduce((n, k) => n + c[k], 0);

describe('status derivation (properties)', () => {
  it('counts every activity exactly once, for the plan and per area', () => {
    fc.assert(
      fc.property(
        arbitraryData,
        fc.option(fc.constantFrom(...allRounds), { nil: undefined }),
        (d, r) => {
          const plan = planProgress(d, r);
          const expected = r === undefined ? d.activities.length : activitiesInRound(d, r).length;
          expect(plan.total).toBe(expected);
          expect(sum(plan)).toBe(plan.total);
          const byArea = areaProgress(d, r).map((a) => a.counts);
          for (const key of [...statusCodes, 'unanswered', 'total'] as const) {
            expect(byArea.reduce((n, c) => n + c[key], 0)).toBe(plan[key]);
          }
        },
      ),
    );
  });

  it('assigns every activity of a round to one department and rates answered / assigned', () => {
    fc.assert(
      fc.property(arbitraryData, fc.constantFrom(...allRounds), (d, r) => {
        const rates = responseRates(d, r);
        expect(rates.reduce((n, x) => n + x.assigned, 0)).toBe(activitiesInRound(d, r).length);
        for (const x of rates) {
          expect(x.assigned).toBeGreaterThan(0);
          expect(x.answered + x.missingActivityIds.length).toBe(x.assigned);
          expect(x.rate).toBeCloseTo(x.answered / x.assigned);
        }
      }),
    );
  });

  it('never adds missing answers as time goes on', () => {
    const instant = day('2023-01-01', '2025-12-31').map((s) => new Date(s));
    fc.assert(
      fc.property(
        arbitraryData,
        fc.constantFrom(...allRounds),
        instant,
        instant,
        (d, r, t1, t2) => {
          const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const before = new Map(
            departmentsMissingAnswers(d, r, early).map((x) => [x.departmentId, x]),
          );
          for (const x of departmentsMissingAnswers(d, r, late)) {
            const earlier = before.get(x.departmentId)?.missingActivityIds ?? [];
            expect(earlier).toEqual(expect.arrayContaining([...x.missingActivityIds]));
          }
        },
      ),
    );
  });

  it('picks, for each activity, the answer of its latest answered round', () => {
    fc.assert(
      fc.property(arbitraryData, (d) => {
        const latest = latestStatuses(d);
        for (const a of d.activities) {
          const mine = d.followUps.filter((f) => f.activityId === a.id);
          const chosen = latest.get(a.id);
          if (mine.length === 0) expect(chosen).toBeUndefined();
          for (const f of mine) {
            const r = allRounds.find((x) => x.id === f.roundId)!;
            expect(compareRounds(r, chosen!.round)).toBeLessThanOrEqual(0);
          }
          if (chosen) expect(chosen.status).toBe(chosen.followUp.status);
        }
      }),
    );
  });
});
