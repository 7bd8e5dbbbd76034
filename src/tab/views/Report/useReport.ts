import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { reportableRounds } from '../../model/plan-view.js';
import { exportReport, type ReportFormat } from '../../report/export-report.js';
import { buildReportModel } from '../../report/report-model.js';
import { useRoute } from '../../routing/useRoute.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import type { ReportState } from './Report.types.js';
import { planWorkText } from '../PlanWork/plan-work-text.js';

export function useReport(): ReportState {
  const data = usePlanData();
  const route = useRoute();
  const { clock, download } = useTabServices();
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | undefined>(
    route.name === 'report' ? route.roundId : undefined,
  );
  const [includeNames, setIncludeNames] = useState(true);
  const [groupBy, setGroupBy] = useState<'area' | 'goal'>('area');
  const [goalId, setGoalId] = useState('');
  const text = planWorkText(languageOf(i18n.language));
  const [creating, setCreating] = useState<ReportFormat | undefined>();
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>();
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const rounds = reportableRounds(data.snapshot);
  const round = rounds.find((r) => r.id === chosen) ?? rounds[0];
  const create = async (format: ReportFormat) => {
    if (!round) return;
    setCreating(format);
    setResult(undefined);
    try {
      const model = buildReportModel(data.snapshot, round, languageOf(i18n.language), clock.now(), {
        includeNames,
        groupBy,
        goalId,
        noGoalTitle: text('report.noGoal'),
      });
      const file = await exportReport(model, format);
      download(file);
      setResult({ ok: true, text: t('report.created', { file: file.name }) });
    } catch {
      setResult({ ok: false, text: t('report.failed') });
    } finally {
      setCreating(undefined);
    }
  };
  return {
    kind: 'ready',
    rounds: rounds.map((r) => ({ value: r.id, label: r.title })),
    roundId: round?.id ?? '',
    selectRound: setChosen,
    includeNames,
    setIncludeNames,
    goals: data.snapshot.goals.map((g) => ({ value: g.id, label: g.title })),
    goalId,
    setGoalId,
    groupBy,
    setGroupBy,
    text,
    creating,
    result,
    create: (format) => void create(format),
  };
}
