import { useMemo, useState } from 'react';
import type { PlanSnapshot } from '../../../app/ports.js';
import { relevantRoundIds } from '../../../app/store-rules.js';
import { useTranslation } from '../../i18n/react.js';
import { languageOf } from '../../i18n/i18n.js';
import { reportableRounds } from '../../model/plan-view.js';
import { exportReport, type ReportFormat } from '../../report/export-report.js';
import { reportLabels } from '../../report/report-labels.js';
import { roundsOfKind } from '../../report/report-measures.js';
import { buildReportModel } from '../../report/report-model.js';
import { useRoute } from '../../routing/useRoute.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import type { ReportState } from './Report.types.js';
import { useReportAnswers, type ReportAnswers } from './useReportAnswers.js';

/** The plan's snapshot with the fetched rounds' answers in place of what it held of them. */
function withAnswers(snapshot: PlanSnapshot, answers: ReportAnswers | undefined): PlanSnapshot {
  if (!answers?.ok || answers.followUps.length === 0) return snapshot;
  const fetched = new Set(answers.followUps.map((f) => f.roundId));
  return {
    ...snapshot,
    followUps: [
      ...snapshot.followUps.filter((f) => !fetched.has(f.roundId)),
      ...answers.followUps.map((f) => ({ ...f, version: '' })),
    ],
  };
}
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
  const snapshot = data.state === 'ready' ? data.snapshot : undefined;
  const rounds = useMemo(() => (snapshot ? reportableRounds(snapshot) : []), [snapshot]);
  const round = rounds.find((r) => r.id === chosen) ?? rounds[0];
  // The plan's read holds the open rounds' and the latest closed round's answers; the rest of
  // the rounds this report shows (its kind up to it) come in one more read.
  const missing = useMemo(() => {
    if (!snapshot || !round) return [];
    const held = relevantRoundIds(snapshot.rounds);
    return roundsOfKind(snapshot.rounds, round)
      .map((r) => r.id)
      .filter((id) => !held.has(id));
  }, [snapshot, round]);
  const { answers, pending, retry } = useReportAnswers(missing);
  const language = languageOf(i18n.language);
  const model = useMemo(
    () =>
      snapshot && round && answers?.ok
        ? buildReportModel(withAnswers(snapshot, answers), round, language, clock.now(), {
            includeNames,
          })
        : undefined,
    [snapshot, round, answers, language, clock, includeNames],
  );
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const create = async (format: ReportFormat) => {
    if (!round) return;
    setCreating(format);
    setResult(undefined);
    try {
      const fetched = await pending;
      const built = buildReportModel(
        withAnswers(data.snapshot, fetched),
        round,
        language,
        clock.now(),
        { includeNames, groupBy, goalId, noGoalTitle: text('report.noGoal') },
      );
      const file = await exportReport(built, format);
      download(file);
      setResult({ ok: true, text: t('report.created', { file: file.name }) });
    } catch {
      setResult({ ok: false, text: t('report.failed') });
    } finally {
      setCreating(undefined);
    }
  };
  const labels = reportLabels[language];
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
    content: model
      ? { kind: 'ready', model }
      : answers && !answers.ok
        ? { kind: 'error', message: `${labels.loadFailed} ${answers.message}`, retry }
        : { kind: 'loading', label: labels.loadingAnswers },
  };
}
