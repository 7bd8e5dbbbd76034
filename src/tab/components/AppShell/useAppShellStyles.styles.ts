import { makeStyles, tokens } from '@fluentui/react-components';

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
  },
  title: { marginInlineEnd: 'auto' },
  nav: {
    paddingInline: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  navLink: {
    display: 'inline-block',
    paddingBlock: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  current: { borderBottom: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  main: {
    padding: tokens.spacingHorizontalXL,
    maxWidth: '1200px',
    marginInline: 'auto',
    ':focus': { outlineStyle: 'none' },
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
  language: { minWidth: '8rem' },
  /**
   * Label and dropdown side by side with a gap, each as wide as it needs: the horizontal Field's
   * grid gives the label a third of the field, which "Language" overran onto the dropdown.
   */
  languageField: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});
