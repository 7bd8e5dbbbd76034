import { useTranslation } from '../../i18n/react.js';
import { renderOverview } from './renderOverview.js';
import { useOverview } from './useOverview.js';
import { useOverviewStyles } from './useOverviewStyles.styles.js';

/** Översikt: the plan's areas and activities with status, filters, search and progress. */
export function Overview() {
  const state = useOverview();
  const styles = useOverviewStyles();
  const { t } = useTranslation();
  return renderOverview(state, styles, t);
}
