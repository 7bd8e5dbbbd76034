import type { EmptyStateProps } from './EmptyState.types.js';
import { renderEmptyState } from './renderEmptyState.js';
import { useEmptyState } from './useEmptyState.js';
import { useEmptyStateStyles } from './useEmptyStateStyles.styles.js';

/** Nothing to show, said plainly. */
export function EmptyState(props: EmptyStateProps) {
  return renderEmptyState(useEmptyState(props), useEmptyStateStyles().root);
}
