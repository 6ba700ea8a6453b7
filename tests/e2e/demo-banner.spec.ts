import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './support/browser';
import { checkAtBothWidths, settled } from './support/pages';
import { startEmptyServer, type E2eServer } from './support/servers';

const TEXT = 'Demo-omgeving: voer geen echte gegevens in.';

describe('demo installation', () => {
  let browser: Browser;
  let demo: E2eServer;

  beforeAll(async () => {
    [browser, demo] = await Promise.all([launchBrowser(), startEmptyServer({ mode: 'demo' })]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('says so at the top of every page, as a status rather than an alert', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: demo.url });
    const page = await context.newPage();
    for (const path of ['/', '/routekaart/landelijk', '/kennis', '/partners', '/api-referentie', '/inloggen', '/activeren', '/account', '/bestaat-niet']) {
      await page.goto(path);
      await settled(page);
      const banner = page.getByRole('status').filter({ hasText: TEXT });
      expect(await banner.isVisible(), path).toBe(true);
      expect(await page.getByRole('alert').filter({ hasText: TEXT }).count(), path).toBe(0);
      // At the top: before the page's own heading and before the main menu.
      const above = await page.evaluate((text) => {
        const notice = [...document.querySelectorAll('[role="status"]')].find((el) => el.textContent?.includes(text));
        const nav = document.querySelector('nav');
        return Boolean(notice && nav && notice.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, TEXT);
      expect(above, path).toBe(true);
    }
    await page.goto('/');
    await checkAtBothWidths(page, 'demo', 'demo', { fullPage: false });
    await context.close();
  });

  it('is absent on a real installation', async () => {
    const context = await browser.newContext({ baseURL: baseUrl() });
    const page = await context.newPage();
    // Wait for the instance answer before concluding it is not a demo.
    const instance = page.waitForResponse((r) => r.url().endsWith('/api/v1/instance'));
    await page.goto('/');
    expect(await (await instance).json()).toMatchObject({ mode: 'production' });
    await settled(page);
    expect(await page.getByText(TEXT).count()).toBe(0);
    await context.close();
  });
});
