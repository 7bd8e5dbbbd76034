import { makeStyles, tokens } from '@fluentui/react-components';

/** A narrow pane (Teams mobile, a narrow side pane): as the stacked tables. */
const narrow = '@media (max-width: 600px)';

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export const useAppShellStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    paddingInline: tokens.spacingHorizontalXL,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A narrow pane: one line (title, language, sign out); who is signed in stays for screen readers.
    [narrow]: {
      flexWrap: 'nowrap',
      gap: tokens.spacingHorizontalS,
      paddingInline: tokens.spacingHorizontalM,
    },
  },
  title: {
    marginInlineEnd: 'auto',
    [narrow]: {
      fontSize: tokens.fontSizeBase400,
      minWidth: 0,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      overflowWrap: 'normal',
    },
  },
  user: { [narrow]: visuallyHidden },
  languageLabel: { [narrow]: visuallyHidden },
  nav: {
    paddingInline: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    // A narrow pane: the menu stays one line and scrolls sideways on its own.
    [narrow]: { paddingInline: tokens.spacingHorizontalM, overflowX: 'auto' },
  },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    [narrow]: { flexWrap: 'nowrap', gap: tokens.spacingHorizontalM },
  },
  navLink: {
    display: 'inline-block',
    paddingBlock: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    [narrow]: { whiteSpace: 'nowrap', overflowWrap: 'normal' },
  },
  current: { borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  main: {
    padding: tokens.spacingHorizontalXL,
    maxWidth: '1200px',
    marginInline: 'auto',
    ':focus': { outlineStyle: 'none' },
    [narrow]: { padding: tokens.spacingHorizontalM },
  },
  skip: {
    position: 'absolute',
    insetInlineStart: '-10000px',
    ':focus': {
      insetInlineStart: tokens.spacingHorizontalS,
      top: tokens.spacingVerticalS,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
  language: { minWidth: '8rem', [narrow]: { minWidth: '6.5rem' } },
  /**
   * Label and dropdown side by side with a gap, each as wide as it needs: the horizontal Field's
   * grid gives the label a third of the field, which "Language" overran onto the dropdown.
   */
  languageField: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    [narrow]: { flexShrink: 0 },
  },
});
