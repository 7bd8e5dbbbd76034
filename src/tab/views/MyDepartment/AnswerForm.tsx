import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import type { AnswerFormProps } from './MyDepartment.types.js';
import { renderAnswerForm } from './renderAnswerForm.js';
import { useAnswerForm } from './useAnswerForm.js';
import { useMyDepartmentStyles } from './useMyDepartmentStyles.styles.js';

/** One department's answers in one round. */
export function AnswerForm(props: AnswerFormProps) {
  const state = useAnswerForm(props);
  const { t, i18n } = useTranslation();
  return renderAnswerForm(state, props, useMyDepartmentStyles(), t, languageOf(i18n.language));
}
