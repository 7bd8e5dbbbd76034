import { makeStyles, tokens } from '@fluentui/react-components';

/** Below this width a table's rows become stacked cards (as useStackedTableStyles). */
const narrow = '@media (max-width: 600px)';

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
        height: 'auto',
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
