import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Title3,
} from '@fluentui/react-components';
import { DateInput } from '../../components/DateInput/DateInput.js';
import type { TFunction } from '../../i18n/i18n.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import type { ActivityEditorProps, DraftField, EditorState } from './Activity.types.js';
import { IndicatorEditor } from './IndicatorEditor.js';
import type { useActivityStyles } from './useActivityStyles.styles.js';

type Styles = ReturnType<typeof useActivityStyles>;

const errorProps = (state: EditorState, field: DraftField) =>
  state.fieldErrors[field]
    ? { validationState: 'error' as const, validationMessage: state.fieldErrors[field] }
    : {};

export function renderActivityEditor(
  state: EditorState,
  props: ActivityEditorProps,
  styles: Styles,
  t: TFunction,
) {
  const { draft, set } = state;
  const label = props.labelOf;
  return (
    <section aria-labelledby="edit-heading">
      <Title3 as="h2" id="edit-heading">
        {t('activity.editTitle')}
      </Title3>
      {state.conflict ? renderConflict(state, t) : null}
      {state.saveError ? (
        <ErrorState title={t('activity.editTitle')} error={state.saveError} onRetry={state.save} />
      ) : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          state.save();
        }}
      >
        <Field label={label('title')} required {...errorProps(state, 'title')}>
          <Input value={draft.title} maxLength={255} onChange={(_, d) => set('title', d.value)} />
        </Field>
        <Field label={label('description')} {...errorProps(state, 'description')}>
          <Textarea
            value={draft.description}
            maxLength={2000}
            resize="vertical"
            onChange={(_, d) => set('description', d.value)}
          />
        </Field>
        <Field label={label('areaId')}>
          <Select value={draft.areaId} onChange={(_, d) => set('areaId', d.value)}>
            {props.options.areas.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={label('responsibleDepartmentId')}>
          <Select
            value={draft.responsibleDepartmentId}
            onChange={(_, d) => set('responsibleDepartmentId', d.value)}
          >
            {props.options.departments.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend>{label('coResponsibleDepartmentIds')}</legend>
          {props.options.departments
            .filter((o) => o.value !== draft.responsibleDepartmentId)
            .map((o) => (
              <Checkbox
                key={o.value}
                label={o.label}
                checked={draft.coResponsibleDepartmentIds.includes(o.value)}
                onChange={(_, d) =>
                  set(
                    'coResponsibleDepartmentIds',
                    d.checked
                      ? [...draft.coResponsibleDepartmentIds, o.value]
                      : draft.coResponsibleDepartmentIds.filter((id) => id !== o.value),
                  )
                }
              />
            ))}
          {state.fieldErrors.coResponsibleDepartmentIds ? (
            <div role="alert" className={styles.fieldError}>
              {state.fieldErrors.coResponsibleDepartmentIds}
            </div>
          ) : null}
        </fieldset>
        <div className={styles.row}>
          <Field
            label={label('start')}
            hint={t('date.placeholder')}
            {...errorProps(state, 'start')}
          >
            <DateInput value={draft.start} onChange={(v) => set('start', v)} />
          </Field>
          <Field label={label('end')} hint={t('date.placeholder')} {...errorProps(state, 'end')}>
            <DateInput value={draft.end} onChange={(v) => set('end', v)} />
          </Field>
        </div>
        <Field label={label('expectedOutcome')} {...errorProps(state, 'expectedOutcome')}>
          <Textarea
            value={draft.expectedOutcome}
            maxLength={1000}
            resize="vertical"
            onChange={(_, d) => set('expectedOutcome', d.value)}
          />
        </Field>
        <Field label={label('financing')}>
          <Select
            value={draft.financing}
            onChange={(_, d) => set('financing', d.value as typeof draft.financing)}
          >
            {props.options.financing.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <IndicatorEditor
          value={state.measures}
          onChange={state.setMeasures}
          errors={state.fieldErrors}
          {...(state.fundsLeft ? { funds: state.fundsLeft } : {})}
        />
        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            disabled={state.saving || state.conflict !== undefined}
          >
            {state.saving ? t('activity.saving') : t('activity.save')}
          </Button>
          <Button onClick={state.cancel}>{t('activity.cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

function renderConflict(state: EditorState, t: TFunction) {
  const conflict = state.conflict!;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('activity.conflictTitle')}</MessageBarTitle>
        <p>{t('activity.conflictBody')}</p>
        <Table aria-label={t('activity.conflictTitle')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('activity.conflictField')}</TableHeaderCell>
              <TableHeaderCell>{t('activity.yours')}</TableHeaderCell>
              <TableHeaderCell>{t('activity.theirs')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {conflict.rows.map((r) => (
              <TableRow key={r.field}>
                <TableCell>{r.label}</TableCell>
                <TableCell>{r.yours}</TableCell>
                <TableCell>{r.theirs}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <p>
          <Button appearance="primary" onClick={state.keepMine} disabled={state.saving}>
            {t('activity.keepMine')}
          </Button>{' '}
          <Button onClick={state.useTheirs}>{t('activity.useTheirs')}</Button>
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
