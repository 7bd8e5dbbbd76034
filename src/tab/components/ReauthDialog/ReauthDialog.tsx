import type { ReauthDialogProps } from './ReauthDialog.types.js';
import { renderReauthDialog } from './renderReauthDialog.js';
import { useReauthDialog } from './useReauthDialog.js';
import { useReauthDialogStyles } from './useReauthDialogStyles.styles.js';

/** Asks the user to sign in again when the silent renewal failed; the page behind is untouched. */
export function ReauthDialog(props: ReauthDialogProps) {
  return renderReauthDialog(useReauthDialog(props), useReauthDialogStyles());
}
