import { makeStyles, tokens } from '@fluentui/react-components';

export const useFollowUpStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  dates: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1 },
  /** Long Swedish compounds (Mandatperiodsuppföljning) wrap instead of running into the next cell. */
  roundTitle: { overflowWrap: 'anywhere' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
});
