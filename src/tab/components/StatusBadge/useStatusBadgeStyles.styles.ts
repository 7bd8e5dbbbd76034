import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/**
 * Fluent's tinted badge, for the statuses the tab shows (the same tokens as Badge's `tint` and
 * `outline` appearances, so it looks the same in every Teams theme): green done, blue on track,
 * amber delayed, grey not started, struck-through dropped, outlined unanswered, dashed not in
 * the round, grey ended. The whole Badge
 * with every colour and size would cost the first view about 3 KB gzip.
 */
export const useStatusBadgeStyles = makeStyles({
  root: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    justifyContent: 'center',
    whiteSpace: 'nowrap',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle('solid'),
    ...shorthands.padding(
      0,
      `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    ),
  },
  large: { height: '24px', minWidth: '24px' },
  medium: { height: '20px', minWidth: '20px' },
  done: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  onTrack: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  delayed: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  notStarted: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  dropped: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    textDecorationLine: 'line-through',
  },
  unanswered: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  notInRound: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    ...shorthands.borderStyle('dashed'),
  },
  ended: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
});
