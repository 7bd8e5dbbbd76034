import type { AppShellProps } from './AppShell.types.js';
import { renderAppShell } from './renderAppShell.js';
import { useAppShell } from './useAppShell.js';
import { useAppShellStyles } from './useAppShellStyles.styles.js';

/** Banner, main navigation and the main landmark around the current view. */
export function AppShell(props: AppShellProps) {
  return renderAppShell(useAppShell(props), useAppShellStyles());
}
