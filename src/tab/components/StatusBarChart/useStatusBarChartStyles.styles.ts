import { makeStyles, tokens } from '@fluentui/react-components';

const forced = '@media (forced-colors: active)';

/**
 * The chart's colours are Fluent's tokens (light, dark and Teams' high contrast theme follow);
 * under forced colours (Windows contrast themes) they are system colours, so each status stays
 * distinct and every text reads on Canvas.
 */
export const useStatusBarChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  svg: {
    width: '100%',
    maxWidth: '460px',
    height: 'auto',
    overflow: 'visible',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  text: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '14px',
    [forced]: { fill: 'CanvasText' },
  },
  edge: { stroke: tokens.colorNeutralBackground1, strokeWidth: 1, [forced]: { stroke: 'Canvas' } },
  swatchEdge: { stroke: tokens.colorNeutralStroke1, [forced]: { stroke: 'CanvasText' } },
  done: { fill: tokens.colorPaletteGreenBackground3, [forced]: { fill: 'Highlight' } },
  onTrack: { fill: tokens.colorBrandBackground, [forced]: { fill: 'LinkText' } },
  delayed: { fill: tokens.colorPaletteMarigoldBackground3, [forced]: { fill: 'Mark' } },
  notStarted: { fill: tokens.colorNeutralForeground3, [forced]: { fill: 'GrayText' } },
  dropped: { fill: tokens.colorPaletteRedBackground3, [forced]: { fill: 'ActiveText' } },
  stripeBack: { fill: tokens.colorNeutralBackground1, [forced]: { fill: 'Canvas' } },
  stripe: { fill: tokens.colorNeutralStrokeAccessible, [forced]: { fill: 'CanvasText' } },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& td': { fontVariantNumeric: 'tabular-nums' },
  },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
});
