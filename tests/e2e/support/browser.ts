import { describe, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumNotice, chromiumPath } from './chromium-check.js';
import { root } from './local-app.js';

/** Debian's Chromium (never a downloaded browser), the themes the tab follows, axe and screenshots. */

/**
 * A describe block that needs Debian's Chromium. Without the browser it does not pass silently:
 * it warns on stderr and reports one skipped test whose name says what did not run and how to
 * install Chromium (beside the global setup's line for the whole run).
 */
export function describeInChromium(name: string, body: () => void): void {
  const notice = chromiumNotice();
  if (notice === undefined) return void describe(name, body);
  console.warn(`⚠ ${name}: ${notice}`);
  describe(name, () => it.skip(`NOT RUN, no Chromium: ${notice}`, () => undefined));
}
const artifactsDir = join(root, 'test-artifacts', 'tab');

/**
 * light and dark: the browser's colour scheme. contrast: Teams' high-contrast theme as Teams
 * shows it (the tab is told high contrast is on, the page keeps its own colours, so axe measures
 * the theme's real contrast). forced: the operating system's forced colours (Windows high
 * contrast), where the browser paints with the user's palette.
 */
export type Theme = 'light' | 'dark' | 'contrast' | 'forced';
export const themes: readonly Theme[] = ['light', 'dark', 'contrast', 'forced'];

/** Makes `(forced-colors: active)` match without forcing colours: the tab picks its HC theme. */
const highContrastScript = `(() => {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query) => {
    if (!/forced-colors:\\s*active/.test(query)) return original(query);
    const none = () => undefined;
    return { matches: true, media: query, onchange: null, addEventListener: none,
      removeEventListener: none, addListener: none, removeListener: none, dispatchEvent: () => false };
  };
})();`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A browser context in a theme: standalone, the tab follows the browser's preference. */
export async function themedContext(browser: Browser, theme: Theme): Promise<BrowserContext> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
    // No entrance animations: axe measures colours as they end up, not half-faded.
    reducedMotion: 'reduce',
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    forcedColors: theme === 'forced' ? 'active' : 'none',
  });
  if (theme === 'contrast') await context.addInitScript(highContrastScript);
  return context;
}

export type AxeFinding = {
  readonly view: string;
  readonly theme: Theme;
  readonly id: string;
  readonly impact: string;
  readonly nodes: number;
  readonly help: string;
  readonly where: readonly string[];
};

/**
 * axe on the page as it is. Two known false positives are left out, and only those:
 * - aria-hidden-focus on Fluent's focus helpers (`data-tabster-dummy`): hidden on purpose, they
 *   pass focus on at once (Fluent's documented known issue; Accessibility Insights suppresses
 *   the same nodes);
 * - color-contrast under forced colours: the browser paints with the user's palette, while axe
 *   reads -webkit-text-fill-color, which Chromium leaves at the page's own colour.
 */
export async function axeFindings(page: Page, view: string, theme: Theme): Promise<AxeFinding[]> {
  const builder = new AxeBuilder({ page });
  if (theme === 'forced') builder.disableRules(['color-contrast']);
  const result = await builder.analyze();
  return result.violations.flatMap((v) => {
    const nodes =
      v.id === 'aria-hidden-focus'
        ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy'))
        : v.nodes;
    if (nodes.length === 0) return [];
    const where = nodes.slice(0, 3).map((n) => n.target.join(' '));
    return [
      {
        view,
        theme,
        id: v.id,
        impact: v.impact ?? 'unknown',
        nodes: nodes.length,
        help: v.help,
        where,
      },
    ];
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

export async function writeArtifact(name: string, content: string | Uint8Array): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await writeFile(join(artifactsDir, name), content);
}
