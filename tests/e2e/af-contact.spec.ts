import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, loggedInPage, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';

/**
 * Seed 004's "randvoorwaarde": the beheerder sets who the AF is (by keyboard, a wrong number
 * refused beside its field, confirmed before saving), and every employee then sees the AF on the
 * home page; the route map offers the route card with that AF on it.
 */
describe("the municipality's aandachtsfunctionaris", () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let beheerder: SeededUser;
  let medewerker: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
    medewerker = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Mo Balie', email: 'mo@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user, { goHome: true });

  async function typeInto(page: Page, label: string, text: string): Promise<void> {
    await tabToField(page, byLabel(label));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }

  it('is set by the beheerder by keyboard, and then every employee sees it on the home page', async () => {
    const { context, page } = await sessionPage(beheerder);
    const section = page.getByRole('region', { name: 'Uw aandachtsfunctionaris mensenhandel' });
    await section.getByText(/nog niet ingesteld wie de aandachtsfunctionaris is/).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aandachtsfunctionaris' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aandachtsfunctionaris mensenhandel' }).waitFor();
    await page.getByText(/^Er is nog geen aandachtsfunctionaris ingesteld\./).waitFor();
    await checkAtBothWidths(page, 'aandachtsfunctionaris', 'af-contact');

    // A number too short: refused beside the field, with focus on it, before anything is sent.
    await page.locator('main h1').focus();
    await typeInto(page, 'Naam', 'Fatima el Amrani');
    await typeInto(page, 'Telefoonnummer', '071-51651');
    await typeInto(page, 'E-mailadres', 'af@leiden.nl');
    await typeInto(page, 'Bereikbaarheid (niet verplicht)', 'maandag t/m donderdag 9.00–17.00 uur');
    await page.keyboard.press('Enter');
    await page.getByText('Dit is geen geldig telefoonnummer. Vul tien cijfers in, zoals 071-5165165 of 06-12345678.').waitFor();
    expect(await focusedField(page)).toMatchObject({ label: 'Telefoonnummer' });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await checkAtBothWidths(page, 'aandachtsfunctionaris: fout nummer', 'af-contact-refused');

    // Corrected and confirmed.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('071-5165165');
    await tabToField(page, byButton('Opslaan'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Aandachtsfunctionaris opslaan?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Fatima el Amrani (071-5165165)');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await checkAtBothWidths(page, 'aandachtsfunctionaris opslaan (bevestigen)', undefined, { fullPage: false });
    await page.keyboard.press('Shift+Tab');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Ja, opslaan' });
    await page.keyboard.press('Enter');
    await page.getByText(/^De aandachtsfunctionaris is opgeslagen\./).waitFor();
    await page.reload();
    await page.getByText(/^Laatst gewijzigd op /).waitFor();
    expect(await page.getByLabel('Telefoonnummer').inputValue()).toBe('071-5165165');
    await context.close();

    const employee = await sessionPage(medewerker);
    const shown = employee.page.getByRole('region', { name: 'Uw aandachtsfunctionaris mensenhandel' });
    await shown.getByText('Fatima el Amrani').waitFor();
    expect(await shown.getByRole('link', { name: '071-5165165' }).getAttribute('href')).toBe('tel:0715165165');
    expect(await shown.getByRole('link', { name: 'af@leiden.nl' }).getAttribute('href')).toBe('mailto:af@leiden.nl');
    expect(await shown.textContent()).toContain('maandag t/m donderdag 9.00–17.00 uur');
    expect(await shown.getByRole('link', { name: /instellen of wijzigen/ }).count()).toBe(0);
    await checkAtBothWidths(employee.page, 'startpagina met aandachtsfunctionaris', 'home-af-contact');
    await employee.context.close();
  }, 180_000);

  it('is on the route card the route map offers for the chosen municipality', async () => {
    const { context, page } = await sessionPage(medewerker);
    await page.getByLabel('Kies uw gemeente').selectOption(LEIDEN);
    await page.getByRole('button', { name: 'Gemeente kiezen' }).click();
    await page.goto('/routekaart/den-haag-persoon');
    const links = page.getByRole('region', { name: 'Routekaart afdrukken' });
    await links.getByText('De routekaart en de poster noemen de aandachtsfunctionaris van Leiden.').waitFor();
    const href = await links.getByRole('link', { name: 'Routekaart van de regio als PDF (A4)' }).getAttribute('href');
    expect(href).toBe(`/api/v1/regions/eenheid-den-haag/route-card.pdf?format=a4&lang=nl&municipality=${LEIDEN}`);
    const pdf = await page.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, 120_000);
});
