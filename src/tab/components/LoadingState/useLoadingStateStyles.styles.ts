import { makeStyles, tokens } from '@fluentui/react-components';

export const useLoadingStateStyles = makeStyles({
  root: { paddingBlock: tokens.spacingVerticalXXL },
});
