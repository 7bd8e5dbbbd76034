import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Title2,
} from '@fluentui/react-components';
import type { TFunction } from '../../i18n/i18n.js';
import { EmptyState } from '../../components/EmptyState/EmptyState.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import { formatDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/i18n.js';
import { AnswerForm } from './AnswerForm.js';
import { SignOffPanel } from './SignOffPanel.js';
import type { MyDepartmentState } from './MyDepartment.types.js';
import type { useMyDepartmentStyles } from './useMyDepartmentStyles.styles.js';

type Styles = ReturnType<typeof useMyDepartmentStyles>;

export function renderMyDepartment(
  state: MyDepartmentState,
  styles: Styles,
  t: TFunction,
  lang: Language,
) {
  const heading = (
    <Title2 as="h1">{'title' in state ? state.title : t('myDepartment.title')}</Title2>
  );
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  if (state.kind === 'noDepartment')
    return (
      <div className={styles.root}>
        {heading}
        <EmptyState message={t('myDepartment.noDepartment')} />
      </div>
    );
  const round = state.round;
  return (
    <div className={styles.root}>
      {heading}
      <div className={styles.pickers}>
        <Field label={t('myDepartment.department')}>
          <Select value={state.departmentId} onChange={(_, d) => state.selectDepartment(d.value)}>
            {state.departments.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        {state.rounds.length > 1 ? (
          <Field label={t('myDepartment.round')}>
            <Select value={round?.id} onChange={(_, d) => state.selectRound(d.value)}>
              {state.rounds.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {state.unsavedElsewhere.length > 0 ? (
        <MessageBar intent="info" role="status">
          <MessageBarBody>
            {t('myDepartment.unsavedElsewhere', { names: state.unsavedElsewhere.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!round ? <EmptyState message={t('myDepartment.noOpenRound')} /> : null}
      {round ? (
        <Text as="p" weight="semibold">
          {round.title} · {t('myDepartment.dueOn', { date: formatDate(round.dueOn, lang) })}
        </Text>
      ) : null}
      {round && state.activities.length === 0 ? (
        <EmptyState message={t('myDepartment.noActivities', { title: round.title })} />
      ) : null}
      {round && state.activities.length > 0 ? (
        <AnswerForm
          key={`${state.departmentId}-${round.id}`}
          departmentId={state.departmentId}
          round={round}
          activities={state.activities}
          answers={state.answers}
          kept={state.kept}
          keep={state.keep}
          locked={state.signOff?.state === 'signedOff'}
        />
      ) : null}
      {round && state.activities.length > 0 ? (
        <SignOffPanel
          roundId={round.id}
          departmentId={state.departmentId}
          {...(state.signOff ? { signOff: state.signOff } : {})}
          complete={state.activities.every((a) => state.answers.has(a.id))}
        />
      ) : null}
    </div>
  );
}
