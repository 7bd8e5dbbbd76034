import { Badge } from '@fluentui/react-components';
import type { StatusBadgeState } from './StatusBadge.types.js';

export function renderStatusBadge(state: StatusBadgeState, className: string) {
  return (
    <Badge
      className={className}
      color={state.color}
      appearance={state.appearance}
      size={state.size}
      shape="rounded"
    >
      {state.label}
    </Badge>
  );
}
