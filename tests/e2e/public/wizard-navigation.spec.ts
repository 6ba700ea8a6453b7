import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';

const QUESTION_2 = 'Wil het slachtoffer aangifte doen of met de politie praten voor een oriënterend gesprek?';
const QUESTION_3 = 'Wil het slachtoffer ondersteuning van een hulpverlener / opvang / praten met een advocaat?';

describe('moving through a walk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes back a step, starts over, and follows browser back/forward and reload', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/den-haag-persoon');
    await page.getByLabel('Nee').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: QUESTION_2 }).waitFor();
    await page.getByLabel('Nee').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: QUESTION_3 }).waitFor();
    expect(new URL(page.url()).search).toBe('?antwoorden=no.no');

    // Reload keeps the walk: it lives in the URL.
    await page.reload();
    await page.getByRole('heading', { name: QUESTION_3 }).waitFor();

    // One step back shows the previous question with the answer given before.
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await page.getByRole('heading', { name: QUESTION_2 }).waitFor();
    expect(new URL(page.url()).search).toBe('?antwoorden=no');
    expect(await page.getByLabel('Nee').isChecked()).toBe(true);

    // The browser's own back and forward buttons work too.
    await page.goBack();
    await page.getByRole('heading', { name: QUESTION_3 }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: QUESTION_2 }).waitFor();

    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('heading', { name: 'Heeft het slachtoffer acute hulp of ingrijpen nodig?' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByText('Vraag 1', { exact: true }).isVisible()).toBe(true);
    await context.close();
  });

  it('shows the path taken: each question with its answer', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/den-haag-persoon?antwoorden=no.yes.labour');
    await page.getByRole('heading', { name: 'Uw route' }).waitFor();
    const path = await page.locator('.sr-path li').allTextContents();
    expect(path).toHaveLength(3);
    expect(path[1]).toContain(QUESTION_2);
    expect(path[1]).toContain('Ja');
    expect(path[2]).toMatch(/Arbeidsuitbuiting/i);
    await context.close();
  });

  it('explains answers that do not fit the map and offers a new start', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/den-haag-persoon?antwoorden=no.misschien');
    await page.getByText('Deze antwoorden passen niet (meer) bij de routekaart. Begin opnieuw.').waitFor();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByText('Vraag 1', { exact: true }).waitFor();
    await context.close();
  });

  it('prints the outcome: no navigation or buttons; path and all contact details written out', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/den-haag-persoon?antwoorden=no.no.yes');
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();

    // The print button opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Vorige vraag' }).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Taal' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Uw route' }).isVisible()).toBe(true);
    expect(await page.getByText('Afgedrukt op').isVisible()).toBe(true);
    const contacts = page.locator('.sr-contact');
    expect(await contacts.count()).toBeGreaterThan(0);
    for (const contact of await contacts.all()) expect(await contact.isVisible()).toBe(true);
    // Phone numbers are printed as text, not only as links.
    expect(await page.getByText('070-3614747', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('06-14007438', { exact: true }).isVisible()).toBe(true);
    await context.close();
  });
});
