import { useTranslation } from '../../i18n/react.js';
import { useStackedTableStyles } from '../../components/StackedTable/useStackedTableStyles.styles.js';
import { renderOverview } from './renderOverview.js';
import { useOverview } from './useOverview.js';
import { useOverviewStyles } from './useOverviewStyles.styles.js';

/** Översikt: what is going on now, then the plan's activities with status, filters and progress. */
export function Overview() {
  const state = useOverview();
  const styles = { ...useOverviewStyles(), table: useStackedTableStyles() };
  const { t } = useTranslation();
  return renderOverview(state, styles, t);
}
