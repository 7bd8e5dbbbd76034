import { describe, expect, it } from 'vitest';
import type { Activity, Department, FollowUp, FollowUpRound } from '../../src/domain/model.js';
import {
  areaEndRefusal,
  departmentNameOn,
  hasDuplicateTitle,
  mergedActivities,
  mergeRefusal,
  renamedDepartment,
} from '../../src/domain/plan-work.js';
import { activitiesInRound } from '../../src/domain/status.js';

const activity = (id: string, overrides: Partial<Activity> = {}): Activity => ({
  id,
  planId: 'p',
  areaId: 'area-1',
  title: `Aktivitet ${id}`,
  responsibleDepartmentId: 'a',
  coResponsibleDepartmentIds: [],
  start: '2023-01-01',
  end: '2026-12-31',
  financing: 'ownBudget',
  example: false,
  ...overrides,
});

const round = (year: number): FollowUpRound => ({
  id: `annual-${String(year)}`,
  planId: 'p',
  kind: 'annual',
  title: `Årsuppföljning ${String(year)}`,
  periodStart: `${String(year)}-01-01`,
  periodEnd: `${String(year)}-12-31`,
  opensOn: `${String(year + 1)}-01-08`,
  dueOn: `${String(year + 1)}-02-26`,
  closesOn: `${String(year + 1)}-03-31`,
  state: 'open',
});

describe('departmentNameOn', () => {
  const department: Department = {
    id: 'd',
    name: 'Tredje namnet',
    coordinating: false,
    formerNames: [
      { name: 'Andra namnet', until: '2025-01-01' },
      { name: 'Första namnet', until: '2024-01-01' },
    ],
  };

  it('gives the name valid on the date, the current one after the last rename', () => {
    expect(departmentNameOn(department, '2023-12-31')).toBe('Första namnet');
    expect(departmentNameOn(department, '2024-01-01')).toBe('Andra namnet');
    expect(departmentNameOn(department, '2025-01-01')).toBe('Tredje namnet');
    expect(
      departmentNameOn({ id: 'x', name: 'Utan historik', coordinating: false }, '2000-01-01'),
    ).toBe('Utan historik');
  });

  it('keeps the old name until the rename date', () => {
    const renamed = renamedDepartment(department, ' Fjärde namnet ', '2026-05-01');
    expect(renamed.name).toBe('Fjärde namnet');
    expect(departmentNameOn(renamed, '2026-04-30')).toBe('Tredje namnet');
    expect(departmentNameOn(renamed, '2026-05-01')).toBe('Fjärde namnet');
  });
});

describe('plan work rules', () => {
  it('finds a duplicate title in the same area, whatever the case and spaces, not elsewhere', () => {
    const activities = [activity('A1'), activity('A2', { areaId: 'area-2', title: 'Annan' })];
    expect(hasDuplicateTitle(activities, activity('N', { title: ' aktivitet  a1 ' }))).toBe(true);
    expect(
      hasDuplicateTitle(activities, activity('N', { title: 'Aktivitet A1', areaId: 'area-2' })),
    ).toBe(false);
    expect(hasDuplicateTitle(activities, activity('A1'))).toBe(false);
  });

  it('lets an area end only without active activities', () => {
    const ended = { as: 'completed' as const, on: '2024-01-01', reason: 'Klar' };
    expect(areaEndRefusal({ id: 'area-1' }, [activity('A1')])).toMatch(/en aktiv aktivitet/);
    expect(areaEndRefusal({ id: 'area-1' }, [activity('A1', { ended })])).toBeUndefined();
    expect(areaEndRefusal({ id: 'area-1', endedOn: '2024-01-01' }, [])).toBe(
      'Den är redan avslutad.',
    );
  });

  it('moves a merged department’s active responsibilities and co-responsibilities, never doubling', () => {
    const ended = { as: 'dropped' as const, on: '2024-01-01', reason: 'Utgår' };
    const moved = mergedActivities(
      [
        activity('A1'),
        activity('A2', { responsibleDepartmentId: 'c', coResponsibleDepartmentIds: ['a', 'b'] }),
        activity('A3', { responsibleDepartmentId: 'b', coResponsibleDepartmentIds: ['a'] }),
        activity('A4', { ended }),
        activity('A5', { responsibleDepartmentId: 'c' }),
      ],
      'a',
      'b',
    );
    expect(
      moved.map((a) => [a.id, a.responsibleDepartmentId, a.coResponsibleDepartmentIds]),
    ).toEqual([
      ['A1', 'b', []],
      ['A2', 'c', ['b']],
      ['A3', 'b', []],
    ]);
  });

  it('refuses merging into itself or into an ended department', () => {
    const departments: Department[] = [
      { id: 'a', name: 'A', coordinating: false },
      { id: 'b', name: 'B', coordinating: false, endedOn: '2024-01-01' },
    ];
    expect(mergeRefusal(departments, 'a', 'a', '2024-02-01')).toEqual({
      intoId: expect.any(String),
    });
    expect(mergeRefusal(departments, 'a', 'b', '2024-02-01')).toEqual({
      intoId: expect.any(String),
    });
    expect(mergeRefusal(departments, 'b', 'a', '2024-02-01')).toEqual({
      departmentId: expect.any(String),
    });
    expect(mergeRefusal(departments, 'a', 'c', '2024-02-01')).toBeUndefined();
  });
});

describe('activitiesInRound with ended activities', () => {
  const endedIn2024 = activity('E', {
    ended: { as: 'completed', on: '2024-06-30', reason: 'Klar' },
  });
  const data = (followUps: FollowUp[] = []) => ({
    activities: [activity('A'), endedIn2024],
    rounds: [round(2024), round(2025)],
    followUps,
  });

  it('keeps an activity in the round of the period it ended in, and leaves it out of later rounds', () => {
    expect(activitiesInRound(data(), round(2024)).map((a) => a.id)).toEqual(['A', 'E']);
    expect(activitiesInRound(data(), round(2025)).map((a) => a.id)).toEqual(['A']);
  });

  it('keeps it in a later round where it has an answer', () => {
    const answer: FollowUp = {
      roundId: 'annual-2025',
      activityId: 'E',
      departmentId: 'a',
      status: 'done',
      comment: '',
      nextSteps: '',
      answeredBy: { id: 'u', name: 'U' },
      answeredAt: '2026-01-10T10:00:00Z',
      source: 'tab',
    };
    expect(activitiesInRound(data([answer]), round(2025)).map((a) => a.id)).toEqual(['A', 'E']);
  });
});
