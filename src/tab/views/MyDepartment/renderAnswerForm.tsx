import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { TFunction } from '../../i18n/i18n.js';
import { statusCodes } from '../../../domain/model.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { formatDateTime } from '../../i18n/format.js';
import type { Language } from '../../i18n/i18n.js';
import type { AnswerFormProps, AnswerFormState } from './MyDepartment.types.js';
import { AnswerValues } from './AnswerValues.js';
import type { useMyDepartmentStyles } from './useMyDepartmentStyles.styles.js';

type Styles = ReturnType<typeof useMyDepartmentStyles>;

function fieldError(state: AnswerFormState, key: string) {
  const message = state.fieldErrors[key];
  return message ? { validationState: 'error' as const, validationMessage: message } : {};
}

export function renderAnswerForm(
  state: AnswerFormState,
  props: AnswerFormProps,
  styles: Styles,
  t: TFunction,
  lang: Language,
) {
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        state.submit();
      }}
    >
      <MessageBar intent="info">
        <MessageBarBody>{t('myDepartment.deidentify')}</MessageBarBody>
      </MessageBar>
      {state.conflicts.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('myDepartment.conflictTitle')}</MessageBarTitle>
            <ul>
              {state.conflicts.map((c) => (
                <li key={c.activityId}>{c.text}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={state.keepMine}>
              {t('myDepartment.keepMine')}
            </Button>
            <Button onClick={state.useTheirs}>{t('myDepartment.useTheirs')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {props.activities.map((a) => {
        const draft = state.drafts[a.id]!;
        const stored = props.answers.get(a.id);
        return (
          <fieldset key={a.id} className={styles.activity}>
            <legend className={styles.legend}>
              {a.example ? `${a.title} ${t('example')}` : a.title}
            </legend>
            <Text className={styles.meta}>
              {stored
                ? t('myDepartment.answeredBy', {
                    name: stored.answeredBy.name,
                    when: formatDateTime(stored.answeredAt, lang),
                  })
                : t('myDepartment.notAnswered')}
            </Text>
            <Field label={t('myDepartment.status')} {...fieldError(state, `${a.id}.status`)}>
              <Select
                value={draft.status}
                disabled={props.locked}
                onChange={(_, d) => state.set(a.id, 'status', d.value)}
              >
                <option value="">{t('myDepartment.chooseStatus')}</option>
                {statusCodes.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t('myDepartment.comment')}
              hint={t('myDepartment.charactersLeft', { count: 1000 - draft.comment.length })}
              {...fieldError(state, `${a.id}.comment`)}
            >
              <Textarea
                value={draft.comment}
                readOnly={props.locked}
                resize="vertical"
                onChange={(_, d) => state.set(a.id, 'comment', d.value)}
              />
            </Field>
            <Field
              label={t('myDepartment.nextSteps')}
              hint={t('myDepartment.charactersLeft', { count: 500 - draft.nextSteps.length })}
              {...fieldError(state, `${a.id}.nextSteps`)}
            >
              <Textarea
                value={draft.nextSteps}
                readOnly={props.locked}
                resize="vertical"
                onChange={(_, d) => state.set(a.id, 'nextSteps', d.value)}
              />
            </Field>
            <AnswerValues activity={a} draft={draft} state={state} />
          </fieldset>
        );
      })}
      {state.error ? (
        <ErrorState title={t('myDepartment.submit')} error={state.error} onRetry={state.submit} />
      ) : null}
      {state.message ? (
        <MessageBar intent={state.message.intent} role="status">
          <MessageBarBody>{state.message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.locked ? null : (
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={state.submitting}>
            {state.submitting ? t('myDepartment.submitting') : t('myDepartment.submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
