import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { renderMyDepartment } from './renderMyDepartment.js';
import { useMyDepartment } from './useMyDepartment.js';
import { useMyDepartmentStyles } from './useMyDepartmentStyles.styles.js';

/** Min förvaltning: the department answers its activities in the open round. */
export function MyDepartment() {
  const state = useMyDepartment();
  const { t, i18n } = useTranslation();
  return renderMyDepartment(state, useMyDepartmentStyles(), t, languageOf(i18n.language));
}
