import { makeStyles, tokens } from '@fluentui/react-components';

export const useChannelConfigStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '36rem',
  },
});
