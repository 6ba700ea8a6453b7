import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, WIDTHS } from '../support/browser';

/**
 * The first page as a phone on a slow connection meets it (issue 12): it does not move under the
 * reader while it loads, its text is in the theme's typefaces from the start, and its stylesheet
 * stays small as the browser receives it.
 */
const PAGES = ['/', '/routekaart/den-haag-persoon'];
/** The stylesheet of the first page as Chromium receives it (brotli, headers included). */
const CSS_BUDGET_BYTES = 25 * 1024;

/** Layout shifts as Chromium reports them (the CLS of the load: the sum, no user input on the way). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Until the page shows its content and the network is quiet. */
async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.sr-loading'));
  await page.waitForLoadState('networkidle');
}

describe('the first page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const width of Object.values(WIDTHS)) {
    for (const path of PAGES) {
      it(`${path} at ${width}px does not shift while it loads on a slow connection`, async () => {
        const { context, page } = await openPage(browser, width);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        // Lighthouse's "slow 4G": the data comes well after the scripts have drawn the page.
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
        await recordShifts(page);
        await page.goto(path);
        await loaded(page);
        const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0));
        expect(cls).toBeLessThan(0.1);
        await context.close();
      });
    }
  }

  it('preloads its typefaces, renders in them, and sends a small stylesheet', async () => {
    const { context, page } = await openPage(browser, WIDTHS.phone);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const stylesheetBytes: number[] = [];
    cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (types.get(requestId) === 'Stylesheet') stylesheetBytes.push(encodedDataLength);
    });
    await page.goto('/');
    await loaded(page);

    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => [l.getAttribute('href'), l.getAttribute('crossorigin')]));
    expect(preloaded.length).toBeGreaterThan(0);
    for (const [href, crossorigin] of preloaded) {
      expect(href).toMatch(/\.woff2$/);
      // Without crossorigin the preload is fetched twice (fonts load in CORS mode).
      expect(crossorigin).not.toBeNull();
    }
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replaceAll('"', '')} ${f.weight}`));
    expect(fonts).toEqual(expect.arrayContaining(['Noto Sans 400', 'Noto Serif 700']));

    expect(stylesheetBytes).toHaveLength(1);
    expect(stylesheetBytes[0]).toBeLessThan(CSS_BUDGET_BYTES);
    await context.close();
  });
});
