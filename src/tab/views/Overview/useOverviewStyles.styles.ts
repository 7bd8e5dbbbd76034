import { makeStyles, tokens } from '@fluentui/react-components';

/** A narrow pane (Teams mobile, a narrow side pane): as the stacked tables. */
const narrow = '@media (max-width: 600px)';

export const useOverviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  filterField: { minWidth: 0 },
  filterControl: { width: '100%', minWidth: 0 },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rounds: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  roundCard: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  toAnswer: { margin: 0, fontSize: tokens.fontSizeBase400 },
  line: { margin: 0 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  meter: {
    height: '8px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground4,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  meterFill: { display: 'block', height: '100%', backgroundColor: tokens.colorBrandBackground },
  context: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  contextSummary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    paddingBlock: tokens.spacingVerticalXS,
  },
  goals: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  statusCell: { width: '14rem', [narrow]: { width: 'auto' } },
  responsibleCell: { width: '18rem', [narrow]: { width: 'auto' } },
});
