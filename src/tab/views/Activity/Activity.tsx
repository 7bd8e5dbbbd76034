import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { renderActivity } from './renderActivity.js';
import { useActivity } from './useActivity.js';
import type { ActivityStyles } from './Activity.types.js';
import { useActivityStyles } from './useActivityStyles.styles.js';
import { useStackedWrapperStyles } from '../../components/StackedTable/useStackedWrapperStyles.styles.js';

/** Aktivitet: details, co-responsible departments, follow-up history; the working group edits. */
export function Activity() {
  const state = useActivity();
  const styles: ActivityStyles = { ...useActivityStyles(), stacked: useStackedWrapperStyles() };
  const { t, i18n } = useTranslation();
  return renderActivity(state, styles, t, languageOf(i18n.language));
}
