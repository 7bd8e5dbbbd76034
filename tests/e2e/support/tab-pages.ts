import type { BrowserContext, Locator, Page } from 'playwright-core';

/** How a person moves through the tab: by role and name, or (keyboard) by Tab and Enter only. */

export async function signIn(context: BrowserContext, tabUrl: string, name: RegExp): Promise<Page> {
  const page = await context.newPage();
  await page.goto(tabUrl);
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await mainMenu(page).waitFor();
  return page;
}

export function mainMenu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

/**
 * Opens a view from the main menu and waits for its heading: up to 60 s, as a view's first load
 * (its lazy chunk and its Graph reads) can take over 30 s while the other test worker runs on
 * this 2-core machine. When it does not come, what the page showed is saved beside the
 * screenshots (`goTo-<view>-failed.png`) for the failure's cause.
 */
export async function goTo(page: Page, link: string, heading = link): Promise<void> {
  await mainMenu(page).getByRole('link', { name: link, exact: true }).click();
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: `test-artifacts/tab/goTo-${link}-failed.png`, fullPage: true });
    throw error;
  }
}

/** Waits until the view has its data (no loading spinner left). */
export async function settled(page: Page): Promise<void> {
  await page
    .getByRole('progressbar')
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** What the focused element is, as a keyboard user hears it: its role and accessible name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    const labelled = el.getAttribute('aria-labelledby');
    const label = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      : el.getAttribute('aria-label') ?? (el.labels && el.labels[0] ? el.labels[0].textContent : '') ?? '';
    const text = (label || el.textContent || el.getAttribute('value') || '').trim().replace(/\\s+/g, ' ');
    const tag = el.tagName.toLowerCase();
    const kind = el.getAttribute('role') ?? (tag === 'input' ? el.getAttribute('type') ?? 'textbox' : tag);
    return kind + ': ' + text;
  })()`);
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard-only user would. */
export async function tabTo(
  page: Page,
  wanted: RegExp,
  options: { readonly back?: boolean; readonly maxPresses?: number } = {},
): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < (options.maxPresses ?? 80); i += 1) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    seen.push(now);
    if (wanted.test(now)) return now;
  }
  throw new Error(`Tab never reached ${String(wanted)}; focus went through:\n${seen.join('\n')}`);
}
