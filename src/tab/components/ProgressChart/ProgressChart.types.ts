import type { Group, StatusOrNone } from '../../model/plan-view.js';

export type ProgressChartProps = { readonly heading: string; readonly groups: readonly Group[] };

type ProgressSegment = {
  readonly status: StatusOrNone;
  readonly count: number;
  /** Share of the group's total, 0..100. */
  readonly percent: number;
  readonly label: string;
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
  readonly heading: string;
  readonly headingId: string;
  readonly bars: readonly ProgressBarView[];
  readonly legend: readonly { readonly status: StatusOrNone; readonly label: string }[];
};
