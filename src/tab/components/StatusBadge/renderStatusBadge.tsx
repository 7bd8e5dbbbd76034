import type { StatusBadgeState } from './StatusBadge.types.js';

export function renderStatusBadge(state: StatusBadgeState, className: string) {
  return <span className={className}>{state.label}</span>;
}
