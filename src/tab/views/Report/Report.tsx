import { useTranslation } from '../../i18n/react.js';
import { renderReport } from './renderReport.js';
import { useReport } from './useReport.js';
import { useReportStyles } from './useReportStyles.styles.js';

/** Rapport: export a round as Word (board's annual report) or Excel; exporters load on demand. */
export function Report() {
  const state = useReport();
  const { t } = useTranslation();
  return renderReport(state, useReportStyles(), t);
}
