import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Title2,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { TFunction } from '../../i18n/i18n.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import type { ReportState } from './Report.types.js';
import type { useReportStyles } from './useReportStyles.styles.js';

const ReportBody = lazy(() => import('./ReportBody.js').then((m) => ({ default: m.ReportBody })));

export function renderReport(
  state: ReportState,
  styles: ReturnType<typeof useReportStyles>,
  t: TFunction,
) {
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  return (
    <div className={styles.root}>
      <Title2 as="h1">{t('report.title')}</Title2>
      <Text as="p">{t('report.intro')}</Text>
      {state.rounds.length === 0 ? (
        <EmptyState message={t('report.noRounds')} />
      ) : (
        <>
          <Field label={t('report.round')}>
            <Select value={state.roundId} onChange={(_, d) => state.selectRound(d.value)}>
              {state.rounds.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={state.text('report.groupBy')}>
            <Select
              value={state.groupBy}
              onChange={(_, d) => state.setGroupBy(d.value === 'goal' ? 'goal' : 'area')}
            >
              <option value="area">{state.text('report.byArea')}</option>
              <option value="goal">{state.text('report.byGoal')}</option>
            </Select>
          </Field>
          <Field label={state.text('report.goal')}>
            <Select value={state.goalId} onChange={(_, d) => state.setGoalId(d.value)}>
              <option value="">{state.text('report.allGoals')}</option>
              {state.goals.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            checked={state.includeNames}
            onChange={(_, d) => state.setIncludeNames(d.checked === true)}
            label={t('report.includeNames')}
          />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={state.creating !== undefined}
              onClick={() => state.create('docx')}
            >
              {t('report.word')}
            </Button>
            <Button disabled={state.creating !== undefined} onClick={() => state.create('xlsx')}>
              {t('report.excel')}
            </Button>
          </div>
          {state.creating ? (
            <div role="status">
              <Spinner size="small" label={t('report.creating')} />
            </div>
          ) : null}
          {state.result ? (
            <MessageBar
              intent={state.result.ok ? 'success' : 'error'}
              role={state.result.ok ? 'status' : 'alert'}
            >
              <MessageBarBody>{state.result.text}</MessageBarBody>
            </MessageBar>
          ) : null}
          {renderContent(state.content, t)}
        </>
      )}
    </div>
  );
}

function renderContent(content: Extract<ReportState, { kind: 'ready' }>['content'], t: TFunction) {
  if (content.kind === 'loading') return <LoadingState label={content.label} />;
  if (content.kind === 'error')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{content.message}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={content.retry}>{t('app.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <Suspense fallback={<LoadingState label={t('overview.loading')} />}>
      <ReportBody model={content.model} />
    </Suspense>
  );
}
