import type {
  Activity,
  Department,
  DevelopmentArea,
  FollowUp,
  FollowUpRound,
} from '../../../src/domain/model.js';
import type { FollowUpItem } from '../../../src/cards/follow-up-activity.js';
import type { FollowUpCardInput } from '../../../src/cards/follow-up-card.js';

/** Tiny plan data for card tests, typed by the domain model. */

export const round: FollowUpRound = {
  id: 'round-2026',
  planId: 'plan-1',
  kind: 'annual',
  title: 'Årsuppföljning 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  opensOn: '2027-01-08',
  dueOn: '2027-02-26',
  closesOn: '2027-03-31',
  state: 'open',
};

export const department: Department = {
  id: 'dep-kof',
  name: 'Kultur- och fritidsförvaltningen',
  board: 'Kultur- och fritidsnämnden',
  coordinating: false,
};

export const areas: readonly DevelopmentArea[] = [
  { id: 'area-1', planId: 'plan-1', order: 1, title: 'Hälsofrämjande och förebyggande arbete' },
  { id: 'area-2', planId: 'plan-1', order: 2, title: 'Kunskap och kompetens' },
];

export function activity(id: string, title: string, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    planId: 'plan-1',
    areaId: 'area-1',
    title,
    responsibleDepartmentId: department.id,
    coResponsibleDepartmentIds: [],
    start: '2026-01-01',
    end: '2026-12-31',
    financing: 'ownBudget',
    example: false,
    ...extra,
  };
}

export function answer(activityId: string, extra: Partial<FollowUp> = {}): FollowUp {
  return {
    roundId: round.id,
    activityId,
    departmentId: department.id,
    status: 'onTrack',
    comment: 'Två utbildningstillfällen genomförda.',
    nextSteps: '',
    answeredBy: { id: 'user-anna', name: 'Anna Andersson' },
    answeredAt: '2027-02-20T10:15:00+01:00',
    source: 'card',
    ...extra,
  };
}

export const items: readonly FollowUpItem[] = [
  {
    activity: activity('act-2', 'Kompetensdag för fritidsledare', { areaId: 'area-2' }),
    area: areas[1],
  },
  {
    activity: activity('act-1', 'Föreläsning om hedersnormer', { example: true }),
    area: areas[0],
    answer: answer('act-1'),
  },
];

export const tabUrl =
  'https://teams.microsoft.com/l/entity/app-id/plan?context=%7B%22subEntityId%22%3A%22round-2026%2Fdep-kof%22%7D';

export function cardInput(extra: Partial<FollowUpCardInput> = {}): FollowUpCardInput {
  return {
    round,
    department,
    items,
    tabUrl,
    memberIds: ['29:member-a', '29:member-b'],
    ...extra,
  };
}

/** `count` activities in one area, none answered. */
export function manyItems(count: number): FollowUpItem[] {
  return Array.from({ length: count }, (_, i) => ({
    activity: activity(`act-${String(i + 1).padStart(3, '0')}`, `Aktivitet ${i + 1}`),
    area: areas[0],
  }));
}
