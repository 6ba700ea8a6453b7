import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseMunicipality, launchBrowser, openPage } from '../support/browser';
import { expectTitle } from '../support/pages';

describe('partners page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("lists the chosen municipality's region and filters as the user types", async () => {
    const { context, page } = await openPage(browser);
    await chooseMunicipality(page, 'GM0518');
    await page.getByRole('link', { name: 'Partners' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await expectTitle(page, 'Partners – Signaalroute');

    const region = page.getByLabel('Regio', { exact: true });
    expect(await region.inputValue()).toBe('eenheid-den-haag');
    const count = page.getByRole('status').filter({ hasText: 'partners in' });
    await count.waitFor();
    const all = await page.locator('.sr-partner').count();
    expect(all).toBeGreaterThan(3);
    expect(await count.textContent()).toBe(`${all} van ${all} partners in Eenheid Den Haag`);

    // Matches a contact label and a description, not only names.
    await page.getByLabel('Zoeken op naam, taak of contact').fill('veiligheidshuis');
    await page.waitForFunction((total) => document.querySelectorAll('.sr-partner').length < total, all);
    const names = await page.locator('.sr-partner h2').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const card of await page.locator('.sr-partner').all()) {
      expect((await card.textContent())?.toLowerCase()).toContain('veiligheidshuis');
    }
    expect(await count.textContent()).toBe(`${names.length} van ${all} partners in Eenheid Den Haag`);

    await page.getByLabel('Zoeken op naam, taak of contact').fill('arbeidsinspectie');
    await page.getByRole('heading', { name: 'Nederlandse Arbeidsinspectie (NLA)', level: 2 }).waitFor();

    await page.getByLabel('Zoeken op naam, taak of contact').fill('bestaat-zeker-niet');
    await page.waitForFunction(() => document.querySelectorAll('.sr-partner').length === 0);
    expect(await count.textContent()).toBe(`0 van ${all} partners in Eenheid Den Haag`);

    await page.getByLabel('Zoeken op naam, taak of contact').fill('');
    await page.waitForFunction((total) => document.querySelectorAll('.sr-partner').length === total, all);
    await context.close();
  });

  it('switches to another region', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/partners');
    await page.getByLabel('Regio', { exact: true }).selectOption('rotterdam-rijnmond');
    await page.getByRole('heading', { name: /ESSM/, level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get('regio')).toBe('rotterdam-rijnmond');
    await context.close();
  });
});
