import { useTranslation } from '../../i18n/react.js';
import type { StatusBadgeProps, StatusBadgeState } from './StatusBadge.types.js';

export function useStatusBadge(props: StatusBadgeProps): StatusBadgeState {
  const { t } = useTranslation();
  return { label: t(`status.${props.status}`), status: props.status, size: props.size ?? 'large' };
}
