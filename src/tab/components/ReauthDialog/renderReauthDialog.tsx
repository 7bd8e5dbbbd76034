import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReauthDialogState } from './ReauthDialog.types.js';
import type { useReauthDialogStyles } from './useReauthDialogStyles.styles.js';

export function renderReauthDialog(
  state: ReauthDialogState,
  styles: ReturnType<typeof useReauthDialogStyles>,
) {
  return (
    <Dialog
      open={state.open}
      modalType="alert"
      onOpenChange={(_, d) => (d.open ? undefined : state.onCancel())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state.title}</DialogTitle>
          <DialogContent>
            {state.body}
            {state.error ? (
              <div role="alert" className={styles.error}>
                {state.error}
              </div>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={state.onSignIn}>
              {state.signInLabel}
            </Button>
            <Button onClick={state.onCancel}>{state.cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
