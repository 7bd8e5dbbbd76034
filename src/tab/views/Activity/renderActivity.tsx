import { ActivityMeasures } from './ActivityMeasures.js';
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  Title3,
} from '@fluentui/react-components';
import type { TFunction } from '../../i18n/i18n.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { Language } from '../../i18n/i18n.js';
import { hrefOf } from '../../routing/routes.js';
import type {
  ActivityReady,
  ActivityState,
  ActivityStyles,
  HistoryState,
} from './Activity.types.js';
import { ActivityEditor } from './ActivityEditor.js';
import { stackLabels } from '../../components/StackedTable/stack-labels.js';

type Styles = ActivityStyles;

export function renderActivity(state: ActivityState, styles: Styles, t: TFunction, lang: Language) {
  if (state.kind === 'loading') return <LoadingState label={t('activity.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  if (state.kind === 'notFound') {
    return (
      <EmptyState
        message={t('activity.notFound')}
        action={<Link href={hrefOf({ name: 'overview' })}>{t('activity.back')}</Link>}
      />
    );
  }
  return (
    <article className={styles.root} aria-labelledby="activity-title">
      <Link href={hrefOf({ name: 'overview' })}>{t('activity.back')}</Link>
      <div className={styles.header}>
        <Title2 as="h1" id="activity-title">
          {state.title}
        </Title2>
        <StatusBadge status={state.status} />
      </div>
      {state.savedMessage ? (
        <MessageBar intent="success">
          <MessageBarBody>{state.savedMessage}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.editing ? (
        <ActivityEditor
          activity={state.activity}
          options={state.options}
          describe={state.describe}
          labelOf={state.labelOf}
          onDone={state.stopEditing}
        />
      ) : (
        renderDetails(state, styles, t, lang)
      )}
      <ActivityMeasures activity={state.activity} history={state.history} />
      {renderHistory(state.history, styles, t, lang)}
    </article>
  );
}

function renderDetails(state: ActivityReady, styles: Styles, t: TFunction, lang: Language) {
  const a = state.activity;
  const rows: [string, string][] = [
    [t('activity.area'), state.areaTitle],
    [t('activity.responsible'), state.responsible],
    [t('activity.coResponsible'), state.coResponsible.join(', ') || t('activity.noCoResponsible')],
    [t('activity.period'), `${formatDate(a.start, lang)} – ${formatDate(a.end, lang)}`],
    [t('activity.financing'), t(`financing.${a.financing}`)],
    [t('activity.description'), a.description ?? '–'],
    [t('activity.expectedOutcome'), a.expectedOutcome ?? '–'],
  ];
  return (
    <section aria-labelledby="details-heading">
      <div className={styles.header}>
        <Title3 as="h2" id="details-heading">
          {t('activity.details')}
        </Title3>
        {state.canEdit ? <Button onClick={state.startEditing}>{t('activity.edit')}</Button> : null}
      </div>
      <dl className={styles.details}>
        {rows.map(([term, value]) => [
          <dt key={`t-${term}`} className={styles.term}>
            {term}
          </dt>,
          <dd key={`d-${term}`} className={styles.definition}>
            {value}
          </dd>,
        ])}
      </dl>
    </section>
  );
}

function renderHistory(history: HistoryState, styles: Styles, t: TFunction, lang: Language) {
  const columns = [
    t('activity.when'),
    t('status.label'),
    t('activity.comment'),
    t('activity.nextSteps'),
    t('activity.who'),
    t('activity.source'),
  ];
  return (
    <section aria-labelledby="history-heading">
      <Title3 as="h2" id="history-heading">
        {t('activity.history')}
      </Title3>
      {history.kind === 'loading' ? <LoadingState label={t('activity.historyLoading')} /> : null}
      {history.kind === 'error' ? (
        <ErrorState
          title={t('activity.historyError')}
          error={history.error}
          onRetry={history.retry}
        />
      ) : null}
      {history.kind === 'ready' && history.entries.length === 0 ? (
        <EmptyState message={t('activity.historyEmpty')} />
      ) : null}
      {history.kind === 'ready' && history.entries.length > 0 ? (
        <div className={styles.stacked.wrapper} style={stackLabels(columns)}>
          <Table aria-labelledby="history-heading">
            <TableHeader>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c}>{c}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.entries.map((f) => (
                <TableRow key={`${f.roundId}-${f.answeredAt}`}>
                  <TableCell>{formatDateTime(f.answeredAt, lang)}</TableCell>
                  <TableCell>
                    <StatusBadge status={f.status} size="medium" />
                  </TableCell>
                  <TableCell>{f.comment}</TableCell>
                  <TableCell>{f.nextSteps}</TableCell>
                  <TableCell>{f.answeredBy.name}</TableCell>
                  <TableCell>
                    {f.source === 'card' ? t('activity.sourceCard') : t('activity.sourceTab')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
