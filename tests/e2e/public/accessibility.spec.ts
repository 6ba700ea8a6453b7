import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchBrowser, openPage, WIDTHS } from '../support/browser';
import { expectTitle } from '../support/pages';

/** Every page of the app, with the title it must have; maps both at a question and an outcome. */
const PAGES: { path: string; title: RegExp }[] = [
  { path: '/', title: /^Wat doet u bij signalen van mensenhandel\? – Signaalroute$/ },
  { path: '/routekaart/den-haag-persoon', title: /^Vraag 1 – Identificeerbaar slachtoffer/ },
  { path: '/routekaart/den-haag-persoon?antwoorden=no.no.no.yes', title: /^Uitkomst – / },
  { path: '/routekaart/den-haag-locatie', title: /^Vraag 1 – Locatie/ },
  { path: '/routekaart/den-haag-locatie?antwoorden=no.yes', title: /^Uitkomst – / },
  { path: '/routekaart/rotterdam', title: /^Vraag 1 – / },
  { path: '/routekaart/rotterdam?antwoorden=no.advies', title: /^Uitkomst – / },
  { path: '/routekaart/hart-van-brabant?antwoorden=no', title: /^Vraag 2 – / },
  { path: '/routekaart/hart-van-brabant?antwoorden=no.no', title: /^Uitkomst – / },
  { path: '/routekaart/landelijk', title: /^Vraag 1 – / },
  { path: '/routekaart/landelijk?antwoorden=no.no.no.no.no.yes', title: /^Uitkomst – / },
  { path: '/kennis', title: /^Kennis over mensenhandel – / },
  { path: '/kennis/vormen', title: /^Vormen van uitbuiting – / },
  { path: '/kennis/signalen', title: /^Signalen per vorm – / },
  { path: '/kennis/risicogroepen', title: /^Risicogroepen – / },
  { path: '/kennis/sectoren', title: /^Gevoelige sectoren – / },
  { path: '/kennis/gesprek', title: /^Het gesprek – / },
  { path: '/kennis/meldcode', title: /^De meldcode – / },
  { path: '/kennis/stappenplan', title: /^Stappenplan aandachtsfunctionaris – / },
  { path: '/partners', title: /^Partners – / },
  { path: '/api-referentie', title: /^API-referentie – / },
  { path: '/routekaart/bestaat-niet', title: /^Routekaart – / },
  { path: '/bestaat-niet', title: /^Pagina niet gevonden – / },
  // The public pages of logging in (their other states are checked in the auth specs).
  { path: '/inloggen', title: /^Inloggen – / },
  { path: '/activeren', title: /^Wachtwoord kiezen – / },
  { path: '/inrichten', title: /^Signaalroute inrichten – / },
];

describe('accessibility of every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  // The two widths at once: this file is the suite's longest walk and starts late, so run one
  // after the other they kept CI waiting at the end on one busy core.
  for (const [name, width] of Object.entries(WIDTHS)) {
    it.concurrent(`has no axe violations, one h1, landmarks and a title on every page at ${width}px (${name})`, async () => {
      const { context, page } = await openPage(browser, width);
      for (const { path, title } of PAGES) {
        await page.goto(path);
        // Wait for the content (not the loading line) before scanning.
        await page.locator('main h1').waitFor();
        await page.waitForFunction(() => !document.querySelector('main [role="status"].sr-loading'));
        await expectTitle(page, title, path);
        expect(await page.locator('h1').count(), path).toBe(1);
        expect(await page.locator('header').count(), path).toBeGreaterThan(0);
        expect(await page.locator('main#main').count(), path).toBe(1);
        // Nothing wider than a phone screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} schuift horizontaal`).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `${path} @${width}`);
      }
      await context.close();
      // 22 pages with a full axe scan each: give slow machines room (on a loaded 2-core machine one
      // width took over 240 s on the PostgreSQL server run, 2026-12-06).
    }, 480_000);
  }

  it('also with a municipality chosen and in English', async () => {
    const { context, page } = await openPage(browser, WIDTHS.phone);
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('signaalroute.gemeente', 'GM0518');
      localStorage.setItem('signaalroute.taal', 'en');
    });
    for (const path of ['/', '/routekaart/den-haag-persoon?antwoorden=no.no.no.yes', '/partners', '/kennis/signalen', '/inloggen']) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !document.querySelector('main [role="status"].sr-loading'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expectNoAxeViolations(page, `${path} (en, GM0518)`);
    }
    await context.close();
  });

  it('opens an operation of the API reference from its table of contents and a schema by keyboard', async () => {
    const { context, page } = await openPage(browser, WIDTHS.phone);
    await page.goto('/api-referentie');
    const link = page.getByRole('navigation', { name: 'Bewerkingen' }).getByRole('link', { name: 'GET /api/v1/health' });
    await link.waitFor();
    // Closed, the operations' details and their ~480 schemas are not in the page at all.
    expect(await page.locator('main h3').count()).toBe(0);
    await link.focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('main summary', { hasText: 'Schema van GET /api/v1/health 200' });
    await summary.waitFor();
    expect(await page.locator('main pre.sr-json').count()).toBe(0);
    await summary.focus();
    await page.keyboard.press('Enter');
    const block = page.getByRole('region', { name: 'Schema van GET /api/v1/health 200' });
    await block.waitFor();
    expect(await block.textContent()).toContain('"status"');
    expect(await page.locator('main pre.sr-json').count()).toBe(1);
    await expectNoAxeViolations(page, '/api-referentie, schema open');
    await context.close();
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/landelijk');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: (document.activeElement as HTMLElement).getBoundingClientRect().height > 0 }));
    expect(skip).toEqual({ text: 'Direct naar de inhoud', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands on the 112 link: acute danger first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:112');
    await context.close();
  });
});
