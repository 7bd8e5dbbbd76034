import { makeStyles, tokens } from '@fluentui/react-components';

export const useReauthDialogStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, marginBlockStart: tokens.spacingVerticalS },
});
