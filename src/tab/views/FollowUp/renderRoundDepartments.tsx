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
  Text,
  Title3,
  mergeClasses,
} from '@fluentui/react-components';
import type { Language, TFunction } from '../../i18n/i18n.js';
import { signOffWording } from '../../../domain/sign-off-wording.js';
import type { DepartmentRoundProgress } from '../../../domain/sign-off-rules.js';
import { reopenLabel } from './department-rows.js';
import type {
  FollowUpState,
  FollowUpStyles,
  OpenRoundState,
  RoundProgress,
} from './FollowUp.types.js';

type Ready = Extract<FollowUpState, { kind: 'ready' }>;

const progressColor = {
  notStarted: 'informative',
  inProgress: 'warning',
  complete: 'success',
} as const satisfies Record<DepartmentRoundProgress, string>;

function renderProgress(progress: RoundProgress, styles: FollowUpStyles, t: TFunction) {
  return (
    <div className={styles.progress}>
      <Text weight="semibold">{t('chase.progress')}</Text>
      <div aria-hidden="true" className={styles.meter}>
        <span className={styles.meterFill} style={{ width: `${progress.percent}%` }} />
      </div>
      <p className={styles.line}>
        <Text weight="semibold">{progress.answeredText}</Text> ({progress.percent} %).{' '}
        {progress.missingText}
      </p>
      <p className={mergeClasses(styles.line, progress.overdue && styles.overdue)}>
        {progress.dueText}
      </p>
      {progress.remindBlocked ? <p className={styles.line}>{progress.remindBlocked}</p> : null}
    </div>
  );
}

/**
 * One open round's departments (rounds may overlap, so each open round has its own section): who
 * has answered, who answered, when each was last reminded.
 */
export function renderRoundDepartments(
  state: Ready,
  open: OpenRoundState,
  styles: FollowUpStyles,
  t: TFunction,
  lang: Language,
) {
  const { round, progress, departments } = open;
  const headingId = `open-round-${round.id}`;
  const missing = departments.filter((d) => !d.hasChannel).map((d) => d.name);
  const st = styles.table;
  const columns = {
    department: t('followUp.department'),
    answered: t('followUp.answered'),
    progress: signOffWording[lang].progressHeading,
    answeredBy: t('followUp.answeredBy'),
    lastReminder: t('chase.lastReminder'),
    channel: t('followUp.channel'),
    actions: t('followUp.actions'),
  };
  const blocked = progress.remindBlocked;
  return (
    <section key={round.id} aria-labelledby={headingId} className={styles.current}>
      <div className={styles.header}>
        <Title3 as="h2" id={headingId}>
          {t('followUp.departments', { title: round.title })}
        </Title3>
      </div>
      {renderProgress(progress, styles, t)}
      {missing.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('followUp.missingChannels', { names: missing.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Table aria-labelledby={headingId} className={st.table}>
        <TableHeader className={st.header}>
          <TableRow>
            {Object.entries(columns).map(([k, label]) => (
              <TableHeaderCell key={k} className={k === 'department' ? styles.wide : undefined}>
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody className={st.body}>
          {departments.map((d) => (
            <TableRow key={d.departmentId} className={st.row}>
              <TableCell className={st.first}>{d.name}</TableCell>
              <TableCell className={st.cell} data-label={columns.answered}>
                <span className={styles.answered}>
                  <span aria-hidden="true" className={styles.meter}>
                    <span
                      className={d.missing > 0 ? styles.meterFill : styles.meterDone}
                      style={{ width: `${(100 * d.answered) / d.assigned}%` }}
                    />
                  </span>
                  {t('followUp.answeredOf', { answered: d.answered, assigned: d.assigned })}
                </span>
              </TableCell>
              <TableCell className={st.cell} data-label={columns.progress}>
                <Badge appearance="tint" color={progressColor[d.progress]}>
                  {d.progressText}
                </Badge>
              </TableCell>
              <TableCell className={st.cell} data-label={columns.answeredBy}>
                {d.answeredBy.join(', ') || t('followUp.nobody')}
              </TableCell>
              <TableCell className={st.cell} data-label={columns.lastReminder}>
                {d.lastReminder}
              </TableCell>
              <TableCell className={st.cell} data-label={columns.channel}>
                <Badge appearance="tint" color={d.hasChannel ? 'success' : 'warning'}>
                  {d.hasChannel ? t('followUp.channelLinked') : t('followUp.channelMissing')}
                </Badge>
              </TableCell>
              <TableCell className={st.cell} data-label={columns.actions}>
                <Button
                  size="small"
                  disabled={
                    state.busy ||
                    !d.hasChannel ||
                    d.missing === 0 ||
                    d.progress === 'complete' ||
                    blocked !== undefined
                  }
                  aria-label={t('followUp.remindLabel', { name: d.name })}
                  aria-description={blocked}
                  onClick={() => state.remind(round.id, d.departmentId)}
                >
                  {t('followUp.remind')}
                </Button>
                {d.progress === 'complete' ? (
                  <Button
                    size="small"
                    disabled={state.busy}
                    aria-label={reopenLabel(d.name, lang)}
                    onClick={() => state.reopen(round.id, d.departmentId)}
                  >
                    {signOffWording[lang].reopen}
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
