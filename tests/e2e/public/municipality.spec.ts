import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { chooseMunicipality, launchBrowser, openPage, WIDTHS } from '../support/browser';

const ZVH = '/routekaart/den-haag-persoon?antwoorden=no.no.no.yes';

describe('the chosen municipality', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is remembered after a reload and decides the route maps shown', async () => {
    const { context, page } = await openPage(browser);
    await chooseMunicipality(page, 'GM0518');
    await page.reload();
    const chosen = page.getByText(/U werkt voor gemeente/);
    await chosen.waitFor();
    expect(await chosen.textContent()).toContain("'s-Gravenhage");
    expect(await chosen.textContent()).toContain('Eenheid Den Haag');
    await page.getByRole('heading', { name: 'Routekaarten voor Eenheid Den Haag' }).waitFor();
    expect(await page.getByRole('link', { name: 'Identificeerbaar slachtoffer (persoon)' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Meldroutekaart mensenhandel Rotterdam' }).count()).toBe(0);
    // It stays out of the URL.
    expect(page.url()).not.toContain('GM0518');
    await context.close();
  });

  it('is found by its common name, typed any way, and chosen with Enter', async () => {
    for (const width of Object.values(WIDTHS)) {
      const { context, page } = await openPage(browser, width);
      await page.goto('/');
      const search = page.getByLabel('Zoek op naam');
      await search.fill('den haag');
      await page.getByText('1 gemeente gevonden').waitFor();
      // The list shows the official name with the name the user typed.
      expect(await page.getByLabel('Kies uw gemeente').locator('option:checked').textContent()).toBe("'s-Gravenhage (Den Haag)");
      await expectNoAxeViolations(page, `gemeente zoeken @${width}`);
      await search.press('Enter');
      expect(await page.getByText(/U werkt voor gemeente/).textContent()).toContain("'s-Gravenhage");

      await page.getByRole('button', { name: 'Andere gemeente kiezen' }).click();
      await search.fill('DEN BOSCH');
      await page.getByText('1 gemeente gevonden').waitFor();
      await search.press('Enter');
      expect(await page.getByText(/U werkt voor gemeente/).textContent()).toContain("'s-Hertogenbosch");

      // Accents and apostrophes do not matter; several matches wait for a choice from the list.
      await page.getByRole('button', { name: 'Andere gemeente kiezen' }).click();
      await search.fill('sudwest fryslan');
      await page.getByText('1 gemeente gevonden').waitFor();
      expect(await page.getByLabel('Kies uw gemeente').locator('option:checked').textContent()).toBe('Súdwest-Fryslân');
      await search.fill('bergen');
      await page.getByText(/^\d+ gemeenten gevonden/).waitFor();
      await search.press('Enter');
      await page.getByText('Kies een gemeente uit de lijst.').waitFor();
      await page.getByLabel('Kies uw gemeente').selectOption({ label: 'Bergen (NH.)' });
      await page.getByRole('button', { name: 'Gemeente kiezen' }).click();
      expect(await page.getByText(/U werkt voor gemeente/).textContent()).toContain('Bergen (NH.)');
      await context.close();
    }
  });

  it('can be changed', async () => {
    const { context, page } = await openPage(browser);
    await chooseMunicipality(page, 'GM0518');
    await page.getByRole('button', { name: 'Andere gemeente kiezen' }).click();
    await page.getByLabel('Kies uw gemeente').selectOption('GM0599');
    await page.getByRole('button', { name: 'Gemeente kiezen' }).click();
    await page.getByRole('heading', { name: 'Routekaarten voor Rotterdam-Rijnmond' }).waitFor();
    expect(await page.getByText(/U werkt voor gemeente/).textContent()).toContain('Rotterdam');
    await context.close();
  });

  it("shows only Haaglanden's Zorg- en Veiligheidshuis to a Haaglanden municipality", async () => {
    const { context, page } = await openPage(browser);
    await chooseMunicipality(page, 'GM0518');
    await page.goto(ZVH);
    await page.getByText(/U ziet de contacten voor gemeente/).waitFor();
    await page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Haaglanden' }).waitFor();
    expect(await page.getByRole('heading', { name: /Hollands Midden/ }).count()).toBe(0);
    expect(await page.locator('a[href="tel:0707570900"]').isVisible()).toBe(true);
    await context.close();
  });

  it("shows only Hollands Midden's Zorg- en Veiligheidshuis to Leiden (GM0546)", async () => {
    const { context, page } = await openPage(browser);
    await chooseMunicipality(page, 'GM0546');
    await page.goto(ZVH);
    await page.getByText(/U ziet de contacten voor gemeente/).waitFor();
    await page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Hollands Midden' }).waitFor();
    expect(await page.getByRole('heading', { name: /Haaglanden/ }).count()).toBe(0);
    expect(await page.locator('a[href="tel:0883084343"]').isVisible()).toBe(true);
    await context.close();
  });

  it('shows both houses, and says why, when no municipality is chosen', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(ZVH);
    await page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Haaglanden' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Hollands Midden' }).isVisible()).toBe(true);
    expect(await page.getByText(/nog geen gemeente gekozen/).isVisible()).toBe(true);
    await context.close();
  });

  it('marks contact details repaired from a damaged source as not verified, with the reason', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(ZVH);
    const card = page.locator('.sr-contact', { has: page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Haaglanden' }) });
    await card.waitFor();
    const warning = card.getByText('Niet geverifieerd.');
    expect(await warning.isVisible()).toBe(true);
    expect(await card.locator('.sr-contact__unverified').textContent()).toMatch(/spatie/);
    // Not verified, so not "checked on" a date as well.
    expect(await card.getByText('Gecontroleerd op').count()).toBe(0);
    expect(await card.locator('a[href^="mailto:"]').isVisible()).toBe(true);
    const checked = page.locator('.sr-contact', { has: page.getByRole('heading', { name: 'Zorg- en Veiligheidshuis Hollands Midden' }) });
    expect(await checked.getByText('Gecontroleerd op').isVisible()).toBe(true);
    expect(await checked.getByText('Niet geverifieerd.').count()).toBe(0);
    await context.close();
  });
});
