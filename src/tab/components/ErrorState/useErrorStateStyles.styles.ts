import { makeStyles, tokens } from '@fluentui/react-components';

export const useErrorStateStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalM },
});
