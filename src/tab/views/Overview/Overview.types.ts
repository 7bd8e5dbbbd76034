import type { Goal } from '../../../domain/model.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { RowStatus } from '../../model/activity-status.js';
import type { Group, OverviewFilters } from '../../model/overview-model.js';

export type { OverviewFilters } from '../../model/overview-model.js';

export type Option = { readonly value: string; readonly label: string };

type ActivityRow = {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly responsible: string;
  readonly status: RowStatus;
};

export type AreaView = {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ActivityRow[];
};

/** One open round in the summary, in words ready to show. */
export type RoundSummaryView = {
  readonly id: string;
  readonly title: string;
  /** e.g. "3 av 14 aktiviteter besvarade". */
  readonly answeredText: string;
  /** 0..100. */
  readonly percent: number;
  /** e.g. "Sista svarsdag 26 februari 2027 (om 5 dagar)". */
  readonly dueText: string;
  readonly overdue: boolean;
  /** e.g. "Saknar svar: Kultur- och fritidsförvaltningen (2), …", absent when nobody is missing. */
  readonly missingText?: string;
  /** For a department contact: what is left to answer, with the link to answer it. */
  readonly toAnswer?: { readonly text: string; readonly href: string; readonly count: number };
  /** For the working group: the round in Uppföljning. */
  readonly followUpHref?: string;
};

export type SummaryView = {
  readonly rounds: readonly RoundSummaryView[];
  /** Shown to those who can only read (managers). */
  readonly readOnlyHint?: string;
};

export type OverviewReady = {
  readonly kind: 'ready';
  readonly planTitle: string;
  readonly planDescription?: string;
  readonly parentPlanTitle?: string;
  readonly goals: readonly Goal[];
  readonly summary: SummaryView;
  readonly filters: OverviewFilters;
  readonly setFilter: <K extends keyof OverviewFilters>(key: K, value: OverviewFilters[K]) => void;
  readonly clearFilters: () => void;
  readonly filtered: boolean;
  readonly options: {
    readonly departments: readonly Option[];
    readonly areas: readonly Option[];
    readonly statuses: readonly Option[];
    readonly rounds: readonly Option[];
    readonly goals: readonly Option[];
  };
  readonly areas: readonly AreaView[];
  readonly matchCount: number;
  readonly totalCount: number;
  readonly progress: {
    readonly areas: readonly Group[];
    readonly departments: readonly Group[];
    /** e.g. "14 aktiviteter: 3 genomförda, …" for every matching activity. */
    readonly totalText: string;
  };
};

export type OverviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | OverviewReady;
