import { makeStyles, tokens } from '@fluentui/react-components';

/** Below this width a table's rows become stacked cards (a narrow Teams pane, Teams mobile). */
const narrow = '@media (max-width: 600px)';

/**
 * Class names for a Fluent Table that turns into stacked cards in a narrow pane: the header row
 * is kept for screen readers but hidden, each row is a card, and each cell after the first shows
 * its column's name from its `data-label` attribute. Wide panes keep the ordinary table.
 */
export const useStackedTableStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    [narrow]: { display: 'block', width: '100%' },
  },
  /** For a native table (the overview's, which saves the first view Fluent's Table): as Fluent's. */
  headRow: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
    height: '32px',
    paddingInline: tokens.spacingHorizontalS,
    verticalAlign: 'middle',
  },
  header: {
    [narrow]: {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    },
  },
  body: {
    [narrow]: {
      display: 'flex',
      flexDirection: 'column',
      gap: tokens.spacingVerticalS,
    },
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    [narrow]: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'stretch',
      gap: tokens.spacingVerticalXS,
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalM,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  cell: {
    overflowWrap: 'anywhere',
    height: '44px',
    paddingInline: tokens.spacingHorizontalS,
    verticalAlign: 'middle',
    [narrow]: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: tokens.spacingHorizontalS,
      paddingInline: 0,
      minHeight: 'auto',
      height: 'auto',
      width: 'auto',
      '::before': {
        content: 'attr(data-label)',
        fontWeight: tokens.fontWeightSemibold,
        color: tokens.colorNeutralForeground2,
        minWidth: '7rem',
      },
    },
  },
  /** The row's first cell (its title) needs no label in a card. */
  first: {
    overflowWrap: 'anywhere',
    height: '44px',
    paddingInline: tokens.spacingHorizontalS,
    verticalAlign: 'middle',
    [narrow]: {
      display: 'block',
      paddingInline: 0,
      height: 'auto',
      width: 'auto',
      fontWeight: tokens.fontWeightSemibold,
    },
  },
});
