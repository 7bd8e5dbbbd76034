import { useTranslation } from '../../i18n/react.js';
import type { ReauthDialogProps, ReauthDialogState } from './ReauthDialog.types.js';

export function useReauthDialog(props: ReauthDialogProps): ReauthDialogState {
  const { t } = useTranslation();
  return {
    ...props,
    title: t('reauth.title'),
    body: t('reauth.body'),
    signInLabel: t('reauth.submit'),
    cancelLabel: t('reauth.cancel'),
  };
}
