import { makeStyles, tokens } from '@fluentui/react-components';

export const useFollowUpStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  dates: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1 },
  /** Long Swedish compounds (Mandatperiodsuppföljning) wrap instead of running into the next cell. */
  roundTitle: { overflowWrap: 'anywhere' },
  current: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { margin: 0 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  meter: {
    display: 'block',
    height: '8px',
    minWidth: '4rem',
    flexGrow: 1,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground4,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  meterFill: { display: 'block', height: '100%', backgroundColor: tokens.colorBrandBackground },
  meterDone: {
    display: 'block',
    height: '100%',
    backgroundColor: tokens.colorPaletteGreenBackground3,
  },
  answered: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: '8rem',
  },
  /** Department names are long Swedish compounds: room enough that they never break mid-word. */
  wide: { width: '26%' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
});
