import { makeStyles, tokens } from '@fluentui/react-components';

export const useNotFoundStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});
