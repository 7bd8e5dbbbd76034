import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusBadgeStyles = makeStyles({
  root: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  struck: { textDecorationLine: 'line-through' },
});
