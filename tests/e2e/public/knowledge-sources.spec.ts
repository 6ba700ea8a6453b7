import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { settled } from '../support/pages';

// Issue 7: the knowledge pages cite the printed documents by title and publisher, never "seed",
// and a list that is in no document is credited to none.
describe('sources on the knowledge pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('names each source document by its title and publisher, and never speaks of seeds', async () => {
    const { context, page } = await openPage(browser);
    for (const slug of ['vormen', 'signalen', 'risicogroepen', 'sectoren', 'gesprek', 'meldcode', 'stappenplan']) {
      await page.goto(`/kennis/${slug}`);
      await settled(page);
      expect(await page.locator('main').innerText(), slug).not.toMatch(/\bseed/i);
    }
    await page.goto('/kennis/vormen');
    await page.getByText('Bron: Meldroutekaart mensenhandel, gemeente Rotterdam', { exact: true }).waitFor();
    await page.goto('/kennis/stappenplan');
    await page.getByText(/^Bron: Stappenplan voor aandachtsfunctionaris mensenhandel van de gemeente, Centrum voor Criminaliteitspreventie en Veiligheid \(CCV\)$/).waitFor();
    await context.close();
  });

  it('credits the signal list of criminal exploitation to its document, and the lists that are additions to none', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/kennis/signalen');
    await settled(page);
    const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name, exact: true }) });
    expect(await section('Criminele uitbuiting').locator('.sr-source').innerText()).toBe('Bron: Signalenkaart voor professionals: criminele uitbuiting (Hart van Brabant)');
    for (const name of ['Seksuele uitbuiting', 'Arbeidsuitbuiting', 'Orgaanhandel']) {
      expect(await section(name).getByRole('listitem').count(), name).toBeGreaterThan(0);
      expect(await section(name).locator('.sr-source').count(), name).toBe(0);
    }
    await context.close();
  });
});
