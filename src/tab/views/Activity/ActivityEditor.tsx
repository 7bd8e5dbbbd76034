import { useTranslation } from '../../i18n/react.js';
import type { ActivityEditorProps } from './Activity.types.js';
import { renderActivityEditor } from './renderActivityEditor.js';
import { useActivityEditor } from './useActivityEditor.js';
import { useActivityStyles } from './useActivityStyles.styles.js';

/** The working group's edit form; a conflicting save shows both versions to choose from. */
export function ActivityEditor(props: ActivityEditorProps) {
  const state = useActivityEditor(props);
  const { t } = useTranslation();
  return renderActivityEditor(state, props, useActivityStyles(), t);
}
