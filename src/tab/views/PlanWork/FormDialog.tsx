import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

type Props = {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly title: string;
  /** The class of the dialog's content (the view's form layout). */
  readonly className: string;
  /** The primary button: what the dialog does. */
  readonly confirm: {
    readonly label: string;
    readonly onClick: () => void;
    readonly disabled?: boolean;
  };
  readonly cancelLabel: string;
  readonly children: ReactNode;
};

/**
 * The shell of Planera's dialogs: a title, the fields, the primary button and Avbryt. Closing
 * (Escape, Avbryt) calls `onClose`; the dialog closes itself only when its action succeeded.
 */
export function FormDialog({
  open,
  onClose,
  title,
  className,
  confirm,
  cancelLabel,
  children,
}: Props) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={className}>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={confirm.disabled} onClick={confirm.onClick}>
              {confirm.label}
            </Button>
            <Button onClick={onClose}>{cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
