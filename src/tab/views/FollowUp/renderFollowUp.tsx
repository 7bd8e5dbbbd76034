import {
  Badge,
  Button,
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
import { formatDate, formatShortDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/i18n.js';
import type { FollowUpState, FollowUpStyles, RoundRow } from './FollowUp.types.js';
import { renderCloseDialog, renderOpenDialog } from './renderFollowUpDialogs.js';
import { renderRoundDepartments } from './renderRoundDepartments.js';
import { stackLabels } from '../../components/StackedTable/stack-labels.js';

type Ready = Extract<FollowUpState, { kind: 'ready' }>;
type Styles = FollowUpStyles;

const roundColumns = [
  'roundTitle',
  'period',
  'opensOn',
  'dueOn',
  'closesOn',
  'state',
  'actions',
] as const;

export function renderFollowUp(state: FollowUpState, styles: Styles, t: TFunction, lang: Language) {
  const heading = <Title2 as="h1">{t('followUp.title')}</Title2>;
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  if (state.kind === 'forbidden')
    return (
      <div className={styles.root}>
        {heading}
        <EmptyState message={t('followUp.onlyWorkingGroup')} />
      </div>
    );
  return (
    <div className={styles.root}>
      {heading}
      {state.notice ? (
        <MessageBar intent={state.notice.intent} role="status" layout="multiline">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.actionError ? (
        <ErrorState title={t('followUp.title')} error={state.actionError} />
      ) : null}
      {state.open.length === 0 ? <EmptyState message={t('followUp.noOpenRound')} /> : null}
      {state.open.map((open) => renderRoundDepartments(state, open, styles, t, lang))}
      {renderRounds(state, styles, t, lang)}
      {renderOpenDialog(state, styles, t, lang)}
      {renderCloseDialog(state, t)}
    </div>
  );
}

function renderRounds(state: Ready, styles: Styles, t: TFunction, lang: Language) {
  return (
    <section aria-labelledby="rounds-heading">
      <Title3 as="h2" id="rounds-heading">
        {t('followUp.rounds')}
      </Title3>
      {state.calendar.kind === 'loading' ? (
        <LoadingState label={t('followUp.calendarLoading')} />
      ) : null}
      {state.calendar.kind === 'error' ? (
        <ErrorState
          title={t('followUp.calendarError')}
          error={state.calendar.error}
          onRetry={state.calendar.retry}
        />
      ) : null}
      {state.calendar.kind === 'ready' && state.rows.length === 0 ? (
        <EmptyState message={t('followUp.noRounds')} />
      ) : null}
      {state.rows.length > 0 ? (
        <div
          className={styles.stacked.wrapper}
          style={stackLabels(roundColumns.map((k) => t(`followUp.${k}`)))}
        >
          <Table aria-labelledby="rounds-heading">
            <TableHeader>
              <TableRow>
                {roundColumns.map((k) => (
                  <TableHeaderCell key={k}>{t(`followUp.${k}`)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.rows.map((row) => (
                <TableRow key={row.key}>
                  <TableCell className={styles.roundTitle}>{row.title}</TableCell>
                  <TableCell>
                    {formatDate(row.periodStart, lang)} – {formatDate(row.periodEnd, lang)}
                  </TableCell>
                  <TableCell>{formatDate(row.opensOn, lang)}</TableCell>
                  <TableCell>{formatDate(row.dueOn, lang)}</TableCell>
                  <TableCell>{formatDate(row.closesOn, lang)}</TableCell>
                  <TableCell>{renderPhase(row, t, lang)}</TableCell>
                  <TableCell>
                    {row.state === 'proposed' || row.state === 'planned' ? (
                      <Button
                        size="small"
                        disabled={state.busy}
                        onClick={() => state.startOpen(row)}
                        aria-label={`${t('followUp.open')}: ${row.title}`}
                      >
                        {t('followUp.open')}
                      </Button>
                    ) : null}
                    {row.state === 'open' && row.stored ? (
                      <Button
                        size="small"
                        disabled={state.busy}
                        onClick={() => state.startClose(row.stored!)}
                        aria-label={`${t('followUp.close')}: ${row.title}`}
                      >
                        {t('followUp.close')}
                      </Button>
                    ) : null}
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

/** The round's state as a badge: an open round before its opening date says when it opens. */
function renderPhase(row: RoundRow, t: TFunction, lang: Language) {
  const ended = row.phase === 'ended' || (row.past && row.state !== 'closed');
  const text =
    row.phase === 'upcoming'
      ? t('followUp.opensSoon', { date: formatShortDate(row.opensOn, lang) })
      : ended
        ? t('followUp.ended')
        : t(`roundState.${row.state}`);
  const color = ended ? 'warning' : row.state === 'open' ? 'brand' : 'informative';
  return (
    <Badge appearance="tint" color={color}>
      {text}
    </Badge>
  );
}
