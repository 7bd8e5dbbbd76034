import { withoutDetail } from '../../backend/messages.js';
import { useTranslation } from '../../i18n/react.js';
import type { ErrorStateProps, ErrorStateState } from './ErrorState.types.js';

export function useErrorState(props: ErrorStateProps): ErrorStateState {
  const { t } = useTranslation();
  const seconds = props.error.retryAfterSeconds;
  return {
    title: props.title,
    reasonTitle: t(`errors.title.${props.error.reason}`),
    message: withoutDetail(props.error.message) || props.error.message,
    retryHint: seconds !== undefined && seconds > 0 ? t('errors.retryIn', { seconds }) : undefined,
    retryLabel: t('app.retry'),
    onRetry: props.onRetry,
  };
}
