import { mergeClasses } from '@fluentui/react-components';
import type { StatusBadgeProps } from './StatusBadge.types.js';
import { renderStatusBadge } from './renderStatusBadge.js';
import { useStatusBadge } from './useStatusBadge.js';
import { useStatusBadgeStyles } from './useStatusBadgeStyles.styles.js';

/** An activity's status as a coloured badge that always carries its label. */
export function StatusBadge(props: StatusBadgeProps) {
  const state = useStatusBadge(props);
  const styles = useStatusBadgeStyles();
  return renderStatusBadge(
    state,
    mergeClasses(styles.root, styles[state.size], styles[state.status]),
  );
}
