import { useTranslation } from '../../i18n/react.js';
import { hrefOf } from '../../routing/routes.js';
import type { NotFoundState } from './NotFound.types.js';

export function useNotFound(): NotFoundState {
  const { t } = useTranslation();
  return {
    title: t('nav.notFound'),
    linkLabel: t('nav.backToOverview'),
    href: hrefOf({ name: 'overview' }),
  };
}
