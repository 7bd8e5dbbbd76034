import {
  Button,
  Field,
  Link,
  Input,
  Select,
  Text,
  Title2,
  Title3,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { TFunction } from '../../i18n/i18n.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge.js';
import type { useStackedTableStyles } from '../../components/StackedTable/useStackedTableStyles.styles.js';
import type {
  AreaView,
  Option,
  OverviewFilters,
  OverviewReady,
  OverviewState,
  RoundSummaryView,
} from './Overview.types.js';
import type { useOverviewStyles } from './useOverviewStyles.styles.js';

const ProgressChart = lazy(() =>
  import('../../components/ProgressChart/ProgressChart.js').then((m) => ({
    default: m.ProgressChart,
  })),
);

const OverviewMeasures = lazy(() =>
  import('../../measures/OverviewMeasures.js').then((m) => ({ default: m.OverviewMeasures })),
);

type Styles = ReturnType<typeof useOverviewStyles> & {
  readonly table: ReturnType<typeof useStackedTableStyles>;
};

export function renderOverview(state: OverviewState, styles: Styles, t: TFunction) {
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  return (
    <div className={styles.root}>
      <Title2 as="h1">{t('overview.title')}</Title2>
      {renderSummary(state, styles, t)}
      {renderContext(state, styles, t)}
      {renderFilters(state, styles, t)}
      {state.matchCount > 0 ? renderProgress(state, t) : null}
      <Suspense fallback={null}>
        <OverviewMeasures />
      </Suspense>
      {renderAreas(state, styles, t)}
    </div>
  );
}

function renderRound(round: RoundSummaryView, styles: Styles, t: TFunction) {
  const headingId = `summary-${round.id}`;
  return (
    <li key={round.id} className={styles.roundCard} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {round.title}
      </Subtitle2>
      {round.toAnswer ? (
        <p className={styles.toAnswer}>
          <Text weight="semibold">{round.toAnswer.text}</Text>
          {round.toAnswer.count > 0 ? (
            <>
              {' → '}
              <Link
                href={round.toAnswer.href}
                aria-label={t('summary.answerIn', { title: round.title })}
              >
                {t('summary.answer')}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div aria-hidden="true" className={styles.meter}>
        <span className={styles.meterFill} style={{ width: `${round.percent}%` }} />
      </div>
      <p className={styles.line}>
        <Text weight="semibold">{round.answeredText}</Text> ({round.percent} %)
      </p>
      <p className={mergeClasses(styles.line, round.overdue && styles.overdue)}>{round.dueText}</p>
      <p className={styles.line}>{round.missingText ?? t('summary.allAnswered')}</p>
      {round.followUpHref ? (
        <p className={styles.line}>
          <Link href={round.followUpHref}>{t('summary.followUp')}</Link>
        </p>
      ) : null}
    </li>
  );
}

function renderSummary(state: OverviewReady, styles: Styles, t: TFunction) {
  const { summary } = state;
  return (
    <section aria-labelledby="summary-heading" className={styles.summary}>
      <Title3 as="h2" id="summary-heading">
        {t('summary.heading')}
      </Title3>
      {summary.readOnlyHint ? <p className={styles.line}>{summary.readOnlyHint}</p> : null}
      {summary.rounds.length === 0 ? (
        <p className={styles.line}>{t('summary.noOpenRound')}</p>
      ) : (
        <ul className={styles.rounds}>{summary.rounds.map((r) => renderRound(r, styles, t))}</ul>
      )}
    </section>
  );
}

function renderContext(state: OverviewReady, styles: Styles, t: TFunction) {
  return (
    <details className={styles.context}>
      <summary className={styles.contextSummary}>
        {t('overview.context')}: {state.planTitle}
      </summary>
      {state.planDescription ? <p>{state.planDescription}</p> : null}
      {state.parentPlanTitle ? (
        <p>
          <Text weight="semibold">{t('overview.parentPlan')}:</Text> {state.parentPlanTitle}
        </p>
      ) : null}
      {state.goals.length > 0 ? (
        <>
          <Subtitle2 as="h3">{t('overview.goals')}</Subtitle2>
          <ul className={styles.goals}>
            {state.goals.map((g) => (
              <li key={g.id}>
                {t(`goalLevel.${g.level}`)}: {g.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

function select(
  styles: Styles,
  id: keyof OverviewFilters,
  label: string,
  value: string,
  options: readonly Option[],
  allLabel: string,
  onChange: (value: string) => void,
) {
  return (
    <Field label={label} className={styles.filterField}>
      <Select
        id={`filter-${id}`}
        className={styles.filterControl}
        value={value}
        onChange={(_, d) => onChange(d.value)}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function renderFilters(state: OverviewReady, styles: Styles, t: TFunction) {
  const { filters, options, setFilter } = state;
  return (
    <div role="search" aria-label={t('overview.filters')} className={styles.filters}>
      <Field label={t('overview.search')} className={styles.filterField}>
        <Input
          type="search"
          value={filters.search}
          placeholder={t('overview.searchPlaceholder')}
          onChange={(_, d) => setFilter('search', d.value)}
        />
      </Field>
      {select(
        styles,
        'departmentId',
        t('overview.department'),
        filters.departmentId,
        options.departments,
        t('overview.all'),
        (v) => setFilter('departmentId', v),
      )}
      {select(
        styles,
        'areaId',
        t('overview.area'),
        filters.areaId,
        options.areas,
        t('overview.all'),
        (v) => setFilter('areaId', v),
      )}
      {select(
        styles,
        'goalId',
        t('overview.goal'),
        filters.goalId,
        options.goals,
        t('overview.all'),
        (v) => setFilter('goalId', v),
      )}
      {select(
        styles,
        'status',
        t('status.label'),
        filters.status,
        options.statuses,
        t('overview.all'),
        (v) => setFilter('status', v as OverviewFilters['status']),
      )}
      {select(
        styles,
        'roundId',
        t('overview.round'),
        filters.roundId,
        options.rounds,
        t('overview.latest'),
        (v) => setFilter('roundId', v),
      )}
      <Button disabled={!state.filtered} onClick={state.clearFilters}>
        {t('overview.clearFilters')}
      </Button>
    </div>
  );
}

function renderProgress(state: OverviewReady, t: TFunction) {
  return (
    <section aria-labelledby="progress-heading">
      <Title3 as="h2" id="progress-heading">
        {t('overview.progress')}
      </Title3>
      <Suspense fallback={<LoadingState label={t('overview.chartLoading')} />}>
        <ProgressChart
          total={state.progress.totalText}
          charts={[
            { heading: t('overview.progressByArea'), groups: state.progress.areas },
            { heading: t('overview.progressByDepartment'), groups: state.progress.departments },
          ]}
        />
      </Suspense>
    </section>
  );
}

function renderAreas(state: OverviewReady, styles: Styles, t: TFunction) {
  if (state.totalCount === 0) return <EmptyState message={t('overview.emptyPlan')} />;
  if (state.matchCount === 0) {
    return (
      <EmptyState
        message={t('overview.emptyFilter')}
        action={<Button onClick={state.clearFilters}>{t('overview.clearFilters')}</Button>}
      />
    );
  }
  return state.areas.filter((a) => a.rows.length > 0).map((area) => renderArea(area, styles, t));
}

function renderArea(area: AreaView, styles: Styles, t: TFunction) {
  const headingId = `area-${area.id}`;
  const st = styles.table;
  const labels = {
    activity: t('overview.activity'),
    responsible: t('overview.responsible'),
    status: t('status.label'),
  };
  return (
    <section key={area.id} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {area.title}
      </Title3>
      <table aria-label={t('overview.activities', { area: area.title })} className={st.table}>
        <thead className={st.header}>
          <tr className={st.headRow}>
            <th className={st.th}>{labels.activity}</th>
            <th className={mergeClasses(st.th, styles.responsibleCell)}>{labels.responsible}</th>
            <th className={mergeClasses(st.th, styles.statusCell)}>{labels.status}</th>
          </tr>
        </thead>
        <tbody className={st.body}>
          {area.rows.map((row) => (
            <tr key={row.id} className={st.row}>
              <td className={st.first}>
                <Link href={row.href}>{row.title}</Link>
              </td>
              <td className={st.cell} data-label={labels.responsible}>
                {row.responsible}
              </td>
              <td className={st.cell} data-label={labels.status}>
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
