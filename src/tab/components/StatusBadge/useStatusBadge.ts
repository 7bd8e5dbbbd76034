import { useTranslation } from '../../i18n/react.js';
import type { StatusOrNone } from '../../model/plan-view.js';
import type { StatusBadgeProps, StatusBadgeState } from './StatusBadge.types.js';

/** Green done, blue on track, amber delayed, grey not started, struck-through dropped. */
const colors: Readonly<Record<StatusOrNone, StatusBadgeState['color']>> = {
  done: 'success',
  onTrack: 'brand',
  delayed: 'warning',
  notStarted: 'informative',
  dropped: 'subtle',
  unanswered: 'informative',
};

export function useStatusBadge(props: StatusBadgeProps): StatusBadgeState {
  const { t } = useTranslation();
  return {
    label: t(`status.${props.status}`),
    color: colors[props.status],
    appearance: props.status === 'unanswered' ? 'outline' : 'tint',
    size: props.size ?? 'large',
    struck: props.status === 'dropped',
  };
}
