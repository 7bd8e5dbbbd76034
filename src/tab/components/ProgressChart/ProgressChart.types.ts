import type { RowStatus } from '../../model/activity-status.js';
import type { Group } from '../../model/overview-model.js';

export type ProgressChartProps = {
  readonly charts: readonly { readonly heading: string; readonly groups: readonly Group[] }[];
  /** Every counted activity in words, e.g. "14 aktiviteter". */
  readonly total: string;
};

type ProgressSegment = {
  readonly status: RowStatus;
  readonly count: number;
  /** Share of the group's total, 0..100. */
  readonly percent: number;
};

type ProgressBarView = {
  readonly id: string;
  readonly name: string;
  readonly total: number;
  readonly segments: readonly ProgressSegment[];
  /** The whole bar in words, for screen readers and as visible text. */
  readonly summary: string;
};

export type ProgressChartState = {
  readonly total: string;
  readonly charts: readonly {
    readonly heading: string;
    readonly headingId: string;
    readonly bars: readonly ProgressBarView[];
  }[];
  /** One legend for every chart: the statuses that occur. */
  readonly legend: readonly { readonly status: RowStatus; readonly label: string }[];
};
