import { makeStyles, tokens } from '@fluentui/react-components';

export const useOverviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  progress: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  filterField: { minWidth: 0 },
  filterControl: { width: '100%', minWidth: 0 },
  context: { color: tokens.colorNeutralForeground2 },
  goals: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  statusCell: { width: '14rem' },
  responsibleCell: { width: '18rem' },
});
