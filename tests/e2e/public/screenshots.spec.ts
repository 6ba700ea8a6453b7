import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseMunicipality, launchBrowser, openPage, WIDTHS } from '../support/browser';

// Screenshots for people to look at (gitignored); the assertions are what a user would notice.
const DIR = path.resolve(import.meta.dirname, '../../../screenshots');

describe('wizard screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const width of Object.values(WIDTHS)) {
    it(`captures a question and an outcome at ${width}px`, async () => {
      const { context, page } = await openPage(browser, width);
      await chooseMunicipality(page, 'GM0518');

      await page.goto('/routekaart/den-haag-persoon?antwoorden=no');
      await page.getByRole('button', { name: 'Volgende' }).waitFor();
      await page.screenshot({ path: path.join(DIR, `wizard-question-${width}.png`), fullPage: true });
      expect(await page.getByRole('link', { name: 'Bel 112' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      await page.goto('/routekaart/den-haag-persoon?antwoorden=no.no.no.yes');
      await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
      await page.screenshot({ path: path.join(DIR, `wizard-outcome-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(DIR, `wizard-outcome-print-${width}.png`), fullPage: true });
      await context.close();
    });
  }
});
