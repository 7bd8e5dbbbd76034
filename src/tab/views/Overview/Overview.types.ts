import type { Goal } from '../../../domain/model.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { Group, StatusOrNone } from '../../model/plan-view.js';

export type OverviewFilters = {
  readonly search: string;
  readonly departmentId: string;
  readonly areaId: string;
  readonly status: StatusOrNone | '';
  readonly roundId: string;
};

export type Option = { readonly value: string; readonly label: string };

type ActivityRow = {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly responsible: string;
  readonly status: StatusOrNone;
};

export type AreaView = {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ActivityRow[];
};

export type OverviewReady = {
  readonly kind: 'ready';
  readonly planTitle: string;
  readonly planDescription?: string;
  readonly parentPlanTitle?: string;
  readonly goals: readonly Goal[];
  readonly filters: OverviewFilters;
  readonly setFilter: <K extends keyof OverviewFilters>(key: K, value: OverviewFilters[K]) => void;
  readonly clearFilters: () => void;
  readonly filtered: boolean;
  readonly options: {
    readonly departments: readonly Option[];
    readonly areas: readonly Option[];
    readonly statuses: readonly Option[];
    readonly rounds: readonly Option[];
  };
  readonly areas: readonly AreaView[];
  readonly matchCount: number;
  readonly totalCount: number;
  readonly progress: { readonly areas: readonly Group[]; readonly departments: readonly Group[] };
};

export type OverviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | OverviewReady;
