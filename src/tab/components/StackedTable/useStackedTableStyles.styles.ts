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
    [narrow]: { display: 'block', width: '100%' },
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
    [narrow]: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: tokens.spacingHorizontalS,
      paddingInline: 0,
      minHeight: 'auto',
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
    [narrow]: {
      display: 'block',
      paddingInline: 0,
      width: 'auto',
      fontWeight: tokens.fontWeightSemibold,
    },
  },
});

const card = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  paddingBlock: tokens.spacingVerticalS,
  paddingInline: tokens.spacingHorizontalM,
  marginBlockEnd: tokens.spacingVerticalS,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
} as const;

const labelled = (column: number) => ({
  [`& td:nth-child(${column})::before`]: {
    content: `var(--stack-label-${column})`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    minWidth: '7rem',
  },
});

/**
 * The same cards for a table left as it is, from a wrapper around it: the column names come from
 * the wrapper's `--stack-label-N` properties (see stackLabels), up to eight columns.
 */
export const useStackedWrapperStyles = makeStyles({
  wrapper: {
    [narrow]: {
      '& table, & tbody': { display: 'block', width: '100%' },
      '& thead': {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
      },
      '& tbody > tr': card,
      '& td': {
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: tokens.spacingHorizontalS,
        paddingInline: 0,
        minHeight: 'auto',
        width: 'auto',
      },
      '& td:first-child': { display: 'block', fontWeight: tokens.fontWeightSemibold },
      ...labelled(2),
      ...labelled(3),
      ...labelled(4),
      ...labelled(5),
      ...labelled(6),
      ...labelled(7),
      ...labelled(8),
    },
  },
});
