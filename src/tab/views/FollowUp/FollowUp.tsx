import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { useStackedTableStyles } from '../../components/StackedTable/useStackedTableStyles.styles.js';
import { useStackedWrapperStyles } from '../../components/StackedTable/useStackedWrapperStyles.styles.js';
import { renderFollowUp } from './renderFollowUp.js';
import { useFollowUp } from './useFollowUp.js';
import type { FollowUpStyles } from './FollowUp.types.js';
import { useFollowUpStyles } from './useFollowUpStyles.styles.js';

/** Uppföljning (working group): rounds from the calendar, open/close, answers per department, reminders. */
export function FollowUp() {
  const state = useFollowUp();
  const { t, i18n } = useTranslation();
  const styles: FollowUpStyles = {
    ...useFollowUpStyles(),
    table: useStackedTableStyles(),
    stacked: useStackedWrapperStyles(),
  };
  return renderFollowUp(state, styles, t, languageOf(i18n.language));
}
