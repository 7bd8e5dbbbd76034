import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchChromium } from '../e2e/support/browser.js';
import { followUpRows, openRound, type BotWorld } from './support/bot-world.js';
import { playgroundWorld, type PlaygroundWorld } from './support/playground-world.js';

/**
 * Once in a real browser: the Playground's own UI (Debian's Chromium, never a downloaded one)
 * shows the reminder card in the departments channel; a status is chosen and the answer sent
 * with the card's button; the card is replaced with who answered. Screenshots of the card before
 * and after go to test-artifacts/bot/.
 */

const artifacts = join('test-artifacts', 'bot');

/** The posted card in the channel view (the newest message with an Adaptive Card). */
function postedCard(page: Page): Locator {
  return page.locator('.ac-adaptiveCard').filter({ hasText: 'Årsuppföljning 2026' }).last();
}

describeInChromium('bot in the Playground UI (Chromium)', () => {
  let w: PlaygroundWorld;
  let browser: Browser;
  beforeAll(async () => {
    w = await playgroundWorld();
    browser = await launchChromium();
    await mkdir(artifacts, { recursive: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('shows the card, takes an answer from the card and shows who answered', async () => {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 2400 },
      locale: 'sv-SE',
    });
    // Offline: only the Playground itself (its UI asks for web fonts otherwise).
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === 'localhost' ? route.continue() : route.abort(),
    );
    await page.goto(w.playground.url);
    await page.getByText('Förvaltningarna', { exact: true }).first().click();
    // The Playground forgets conversations on reload, so the card is posted once the UI is up.
    await w.postCard('social-omsorg');
    const card = postedCard(page);
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(artifacts, 'card-before-answer.png') });

    await card.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Genomförd' }).click();
    await card.getByRole('textbox').first().fill('Föräldragrupper har startat på tre språk.');
    await card.getByRole('button', { name: 'Skicka svar' }).click();

    await expect
      .poll(() => card.innerText(), { timeout: 15_000 })
      .toMatch(/Besvarad av Bertil Berg/);
    await card.screenshot({ path: join(artifacts, 'card-after-answer.png') });
    const rows = await followUpRows(w as unknown as BotWorld);
    expect(rows.find((r) => r.fields.Key === `${openRound.id}|A1.2`)?.fields).toMatchObject({
      Status: 'Genomförd',
      Comment: 'Föräldragrupper har startat på tre språk.',
      AnsweredByName: 'Bertil Berg',
    });
    expect(existsSync(join(artifacts, 'card-after-answer.png'))).toBe(true);
  });
});
