import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { DateInput } from '../../components/DateInput/DateInput.js';
import { formatDate } from '../../i18n/format.js';
import type { Language, TFunction } from '../../i18n/i18n.js';
import type { FollowUpState } from './FollowUp.types.js';
import type { useFollowUpStyles } from './useFollowUpStyles.styles.js';

type Ready = Extract<FollowUpState, { kind: 'ready' }>;
type Styles = ReturnType<typeof useFollowUpStyles>;

export function renderOpenDialog(state: Ready, styles: Styles, t: TFunction, lang: Language) {
  const dialog = state.openDialog;
  const dateField = (field: 'opensOn' | 'dueOn' | 'closesOn') => (
    <Field label={t(`followUp.${field}`)} hint={t('date.placeholder')}>
      <DateInput value={dialog?.dates[field] ?? ''} onChange={(v) => state.setDate(field, v)} />
    </Field>
  );
  return (
    <Dialog
      open={dialog !== undefined}
      onOpenChange={(_, d) => (d.open ? undefined : state.cancelDialog())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('followUp.openTitle', { title: dialog?.row.title ?? '' })}</DialogTitle>
          <DialogContent className={styles.dates}>
            {t('followUp.openConfirm')}
            {dateField('opensOn')}
            {dateField('dueOn')}
            {dateField('closesOn')}
            {dialog?.past ? (
              <>
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {t('followUp.pastWarning', { date: formatDate(dialog.dates.closesOn, lang) })}
                  </MessageBarBody>
                </MessageBar>
                <Checkbox
                  checked={dialog.confirmPast}
                  onChange={(_, d) => state.setConfirmPast(d.checked === true)}
                  label={t('followUp.confirmPast')}
                />
              </>
            ) : null}
            {dialog?.error ? (
              <div role="alert" className={styles.error}>
                {dialog.error}
              </div>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={state.busy} onClick={state.confirmOpen}>
              {t('followUp.confirmOpen')}
            </Button>
            <Button onClick={state.cancelDialog}>{t('followUp.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function renderCloseDialog(state: Ready, t: TFunction) {
  const round = state.closeDialog;
  return (
    <Dialog
      open={round !== undefined}
      modalType="alert"
      onOpenChange={(_, d) => (d.open ? undefined : state.cancelDialog())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('followUp.closeTitle', { title: round?.title ?? '' })}</DialogTitle>
          <DialogContent>
            {state.closeMissing ? <p>{state.closeMissing}</p> : null}
            <p>{t('followUp.closeBody')}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={state.busy} onClick={state.confirmClose}>
              {t('followUp.confirmClose')}
            </Button>
            <Button onClick={state.cancelDialog}>{t('followUp.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
