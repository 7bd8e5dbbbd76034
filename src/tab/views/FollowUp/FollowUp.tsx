import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { renderFollowUp } from './renderFollowUp.js';
import { useFollowUp } from './useFollowUp.js';
import { useFollowUpStyles } from './useFollowUpStyles.styles.js';

/** Uppföljning (working group): rounds from the calendar, open/close, answers per department, reminders. */
export function FollowUp() {
  const state = useFollowUp();
  const { t, i18n } = useTranslation();
  return renderFollowUp(state, useFollowUpStyles(), t, languageOf(i18n.language));
}
