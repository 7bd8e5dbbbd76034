import {
  Button,
  Field,
  Link,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  Title3,
  Subtitle2,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { TFunction } from '../../i18n/i18n.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import { StatusBadge } from '../../components/StatusBadge/StatusBadge.js';
import type {
  AreaView,
  Option,
  OverviewFilters,
  OverviewReady,
  OverviewState,
} from './Overview.types.js';
import type { useOverviewStyles } from './useOverviewStyles.styles.js';

const ProgressChart = lazy(() =>
  import('../../components/ProgressChart/ProgressChart.js').then((m) => ({
    default: m.ProgressChart,
  })),
);

type Styles = ReturnType<typeof useOverviewStyles>;

export function renderOverview(state: OverviewState, styles: Styles, t: TFunction) {
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  return (
    <div className={styles.root}>
      <Title2 as="h1">{t('overview.title')}</Title2>
      {renderContext(state, styles, t)}
      {renderFilters(state, styles, t)}
      {renderProgress(state, styles, t)}
      {renderAreas(state, styles, t)}
    </div>
  );
}

function renderContext(state: OverviewReady, styles: Styles, t: TFunction) {
  return (
    <section aria-labelledby="plan-context" className={styles.context}>
      <Title3 as="h2" id="plan-context">
        {state.planTitle}
      </Title3>
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
    </section>
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

function renderProgress(state: OverviewReady, styles: Styles, t: TFunction) {
  return (
    <section aria-labelledby="progress-heading">
      <Title3 as="h2" id="progress-heading">
        {t('overview.progress')}
      </Title3>
      <div className={styles.progress}>
        <Suspense fallback={<LoadingState label={t('overview.chartLoading')} />}>
          <ProgressChart heading={t('overview.progressByArea')} groups={state.progress.areas} />
          <ProgressChart
            heading={t('overview.progressByDepartment')}
            groups={state.progress.departments}
          />
        </Suspense>
      </div>
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
  return (
    <section key={area.id} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {area.title}
      </Title3>
      <Table aria-label={t('overview.activities', { area: area.title })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('overview.activity')}</TableHeaderCell>
            <TableHeaderCell className={styles.responsibleCell}>
              {t('overview.responsible')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.statusCell}>{t('status.label')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {area.rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <Link href={row.href}>{row.title}</Link>
              </TableCell>
              <TableCell>{row.responsible}</TableCell>
              <TableCell>
                <StatusBadge status={row.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
