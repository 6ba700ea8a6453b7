import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestSignal } from '../../src/server/test-support/signal-fixtures';
import { launchBrowser, WIDTHS } from './support/browser';
import { chainPages } from './support/chain-pages';
import { startChainServer, type ChainServer } from './support/chain-server';
import { focused, tabUntil } from './support/keyboard';
import { checkAtBothWidths, SCREENSHOT_DIR } from './support/pages';
import { seedUser, type SeededUser } from './support/users';

// Issue 12: the inbox comes a page at a time; "Meer laden" adds the next page, by keyboard too,
// and the count says how many of how many are shown.
describe('an inbox with more signals than one page', () => {
  let browser: Browser;
  let server: ChainServer;
  let af: SeededUser;
  const references: string[] = [];
  const { loggedIn } = chainPages(
    () => browser,
    () => server,
  );

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startChainServer({ email: false })]);
    const reporter = await seedUser(server.db, { municipality: 'GM0546', roles: ['medewerker'], name: 'Mo Melder', email: 'mo.melder@leiden.example' });
    af = await seedUser(server.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'], name: 'Anna Aandacht', email: 'anna.aandacht@leiden.example' });
    // 60 open signals, an hour apart: the inbox shows the oldest 50 first.
    const start = Date.now() - 90 * 86_400_000;
    for (let i = 0; i < 60; i++) {
      const signal = await insertTestSignal(server.db, server.keyring, { municipality: 'GM0546', reporterUserId: reporter.userId, receivedAt: new Date(start + i * 3_600_000) });
      references.push(signal.reference);
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows 50, loads the other 10 with "Meer laden" by keyboard, says so, and moves focus to the first new signal', async () => {
    const { context, page } = await loggedIn(af);
    try {
      await page.goto('/signalen');
      const status = page.locator('.sr-inbox-count');
      await status.getByText('60 openstaande signalen, waarvan 50 getoond').waitFor();
      expect(await page.locator('.sr-inbox-table [role="row"]').count()).toBe(51); // the header row and 50
      expect(await page.getByRole('link', { name: references[49]! }).count()).toBe(1);
      expect(await page.getByRole('link', { name: references[50]! }).count()).toBe(0);
      await checkAtBothWidths(page, 'signalen: eerste pagina', 'inbox-first-page', { fullPage: false });

      // Tab to the button, past the 50 links, and press Enter.
      await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Meer laden', 120);
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'inbox-more-1280.png') });
      await page.keyboard.press('Enter');
      await status.getByText('60 openstaande signalen', { exact: true }).waitFor();
      expect(await status.getAttribute('role')).toBe('status');
      expect(await page.locator('.sr-inbox-table [role="row"]').count()).toBe(61);
      // Focus is on the first signal the page added; the button is gone, there is no more.
      await page.waitForFunction((ref) => document.activeElement?.textContent?.trim() === ref, references[50]!);
      expect((await focused(page)).tag).toBe('a');
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: `Signaal ${references[50]}` }).waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('pages the filtered list too, and says it in English', async () => {
    const { context, page } = await loggedIn(af, WIDTHS.phone);
    try {
      await page.goto('/signalen?state=vastgelegd');
      await page.locator('.sr-inbox-count').getByText('60 signalen, waarvan 50 getoond').waitFor();
      await page.getByRole('button', { name: 'Meer laden' }).click();
      await page.locator('.sr-inbox-count').getByText('60 signalen', { exact: true }).waitFor();
      // English: the same controls, the same count.
      await page.evaluate(() => localStorage.setItem('signaalroute.taal', 'en'));
      await page.goto('/signalen');
      await page.locator('.sr-inbox-count').getByText('60 open signals, 50 of them shown').waitFor();
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});
