import type { StatusOrNone } from '../../model/plan-view.js';

export type StatusBadgeProps = {
  readonly status: StatusOrNone;
  /** `large` (24 px, default) in lists, `medium` (20 px) in the history. */
  readonly size?: 'medium' | 'large';
};

export type StatusBadgeState = {
  readonly label: string;
  readonly status: StatusOrNone;
  readonly size: 'medium' | 'large';
};
