import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { focused, tabUntil } from '../support/keyboard';
import { checkAtBothWidths, settled } from '../support/pages';

// Issue 11: the information point for the risk groups, public and in their own languages.
describe('information point for the risk groups', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is reached from the menu and used with the keyboard only: a language, then the region’s help', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/');
    await settled(page);
    await tabUntil(page, (f) => f.text === 'Informatiepunt');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Informatiepunt voor wie misschien wordt uitgebuit' }).waitFor();
    await checkAtBothWidths(page, 'informatiepunt');
    // Each language is named in itself and marked with its language.
    for (const [lang, name] of [['pl', 'Polski'], ['ro', 'Română'], ['bg', 'Български'], ['uk', 'Українська']]) {
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('lang')).toBe(lang);
    }

    await tabUntil(page, (f) => f.text === 'Polski');
    await page.keyboard.press('Enter');
    const article = page.locator('article[lang="pl"]');
    await article.getByRole('heading', { level: 1, name: 'Czy jesteś wykorzystywany? Jest pomoc.' }).waitFor();
    // 112 before anything else, and the honest notice that no native speaker has checked the text, in Polish and Dutch.
    const firstText = await article.evaluate((el) => (el.textContent ?? '').trim().slice(0, 60));
    expect(firstText).toContain('112');
    await article.getByText('Ten tekst nie został jeszcze sprawdzony', { exact: false }).waitFor();
    expect(await article.locator('[lang="nl"]').filter({ hasText: 'Deze tekst is nog niet nagekeken' }).count()).toBe(1);
    expect(await article.getByText('Koordynator opieki w twoim regionie').count()).toBe(0);

    await tabUntil(page, (f) => f.tag === 'select');
    await page.keyboard.type('Rotterdam');
    await tabUntil(page, (f) => f.text === 'Pokaż pomoc w tym regionie');
    await page.keyboard.press('Enter');
    await article.getByRole('heading', { level: 2, name: 'Koordynator opieki w twoim regionie' }).waitFor();
    expect(new URL(page.url()).searchParams.get('regio')).toBe('rotterdam-rijnmond');
    expect(await article.getByRole('link', { name: '010-2365256' }).getAttribute('href')).toBe('tel:0102365256');
    await checkAtBothWidths(page, 'informatiepunt pl', 'info-point-pl');

    const poster = await tabUntil(page, (f) => f.text === 'Plakat do wydruku (PDF)');
    expect(poster.href).toBe('/api/v1/info-point/pl/poster.pdf?region=rotterdam-rijnmond');
    const pdf = await page.request.get(poster.href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await focused(page)).tag).toBe('a');
    await context.close();
  });

  it('loads every language with its own lang and direction, whatever the app’s language', async () => {
    const { context, page } = await openPage(browser);
    const languages = (await (await page.request.get('/api/v1/info-point')).json()) as { lang: string; dir: string; name: string }[];
    expect(languages.map((l) => l.lang)).toEqual(expect.arrayContaining(['nl', 'en', 'pl', 'ro', 'bg', 'uk']));
    for (const { lang, dir, name } of languages) {
      await page.goto(`/informatie/${lang}?regio=hart-van-brabant`);
      await settled(page);
      const article = page.locator(`main article[lang="${lang}"]`);
      expect(await article.getAttribute('dir'), lang).toBe(dir);
      expect(await article.getByRole('link', { name: /112/ }).first().getAttribute('href'), lang).toBe('tel:112');
      expect(await article.getByRole('link', { name: '013 549 8430' }).count(), lang).toBe(1);
      // The app's frame stays Dutch.
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('aria-current'), lang).toBe('page');
    }
    await checkAtBothWidths(page, `informatiepunt ${languages.at(-1)!.lang}`, 'info-point-last-language');
    await context.close();
  });
});
