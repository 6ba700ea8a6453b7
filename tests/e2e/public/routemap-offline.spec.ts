import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { checkAtBothWidths } from '../support/pages';

// Issue 7: offline, a route map not yet opened says so plainly instead of "loading" forever.
describe('a route map without a connection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says there is no connection and what to do, then loads by itself when the connection is back', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Meldroutekaart mensenhandel Rotterdam' });
    await link.waitFor();
    await context.setOffline(true);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Geen internetverbinding' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('De eerste keer is een internetverbinding nodig');
    expect(main).toContain('Bel dan altijd 112');
    expect(main).not.toContain('Bezig met laden');
    // Acute danger first, as on every route map page.
    expect(await page.locator('main a[href="tel:112"]').first().isVisible()).toBe(true);
    await checkAtBothWidths(page, 'routekaart offline', 'routemap-offline');

    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Meldroutekaart mensenhandel Rotterdam' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Geen internetverbinding' }).count()).toBe(0);
    await context.close();
  });
});
