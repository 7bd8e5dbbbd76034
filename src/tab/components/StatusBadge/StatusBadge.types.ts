import type { BadgeProps } from '@fluentui/react-components';
import type { StatusOrNone } from '../../model/plan-view.js';

export type StatusBadgeProps = {
  readonly status: StatusOrNone;
  readonly size?: BadgeProps['size'];
};

export type StatusBadgeState = {
  readonly label: string;
  readonly color: NonNullable<BadgeProps['color']>;
  readonly appearance: NonNullable<BadgeProps['appearance']>;
  readonly size: NonNullable<BadgeProps['size']>;
  readonly struck: boolean;
};
