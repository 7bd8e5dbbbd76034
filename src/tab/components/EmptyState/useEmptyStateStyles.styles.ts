import { makeStyles, tokens } from '@fluentui/react-components';

export const useEmptyStateStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalM },
});
