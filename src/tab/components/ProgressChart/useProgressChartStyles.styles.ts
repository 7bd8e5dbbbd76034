import { makeStyles, tokens } from '@fluentui/react-components';

/** "Inget svar" is striped, not blank: a newly opened round shows as grey stripes, not empty bars. */
const stripes = `repeating-linear-gradient(135deg, ${tokens.colorNeutralStrokeAccessible} 0 2px, ${tokens.colorNeutralBackground1} 2px 5px)`;

export const useProgressChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  total: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  name: { overflowWrap: 'anywhere' },
  bar: {
    display: 'flex',
    height: '12px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  summary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  legendItem: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    width: '12px',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  onTrack: { backgroundColor: tokens.colorBrandBackground },
  delayed: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  notStarted: { backgroundColor: tokens.colorNeutralForeground3 },
  dropped: { backgroundColor: tokens.colorPaletteRedBackground3 },
  unanswered: { backgroundImage: stripes, backgroundColor: tokens.colorNeutralBackground1 },
  notInRound: { backgroundColor: tokens.colorNeutralStroke2 },
  ended: { backgroundColor: tokens.colorNeutralStroke1 },
});
