import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { focusedField } from './support/form-keys';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';

/**
 * The basisniveau checklist (issue 11): the beheerder confirms a point by keyboard (a missing date
 * refused beside its field, confirmed in a dialog before saving), the AF sees it on the figures
 * page, and the regiobeheerder sees the statuses of the region's municipalities side by side.
 * Axe at both widths.
 */
describe('the basisniveau checklist', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let beheerder: SeededUser;
  let af: SeededUser;
  let regio: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Aart Aandacht', email: 'aart@leiden.example' });
    regio = await seedUser(server.db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user, { goHome: true });

  /** Tabs forward, as a keyboard user does, until the element with this id has focus. */
  async function tabToId(page: Page, id: string, max = 120): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
    }
    throw new Error(`Met Tab niet bij #${id} gekomen`);
  }

  it('is confirmed by the beheerder by keyboard, point by point, after a confirmation', async () => {
    const { context, page } = await sessionPage(beheerder);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Basisniveau' }).click();
    await page.getByRole('heading', { level: 1, name: 'Basisniveau mensenhandel' }).waitFor();
    const point = page.getByRole('region', { name: 'Er is een signaaloverleg' });
    await point.getByText('Nog niet bevestigd.').waitFor();
    await point.getByText(/^Bron: Stappenplan voor aandachtsfunctionaris mensenhandel van de gemeente, Centrum voor Criminaliteitspreventie en Veiligheid \(CCV\)$/).waitFor();
    await checkAtBothWidths(page, 'basisniveau', 'basisniveau');

    // "Voldaan" without a date or evidence: refused beside the fields, focus on the first, nothing sent.
    await page.locator('main h1').focus();
    await tabToId(page, 'signaaloverleg-status');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await page.locator('#signaaloverleg-status').inputValue()).toBe('voldaan');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Opslaan: Er is een signaaloverleg' });
    await page.keyboard.press('Enter');
    await point.getByText('Vul in sinds wanneer dit zo is (JJJJ-MM-DD).').waitFor();
    await point.getByText('Beschrijf kort waaruit dit blijkt', { exact: false }).waitFor();
    expect(await focusedField(page)).toMatchObject({ label: 'Sinds (datum)' });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await checkAtBothWidths(page, 'basisniveau: datum en toelichting ontbreken', 'basisniveau-refused');

    await page.keyboard.type('2026-02-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Maandelijks casusoverleg mensenhandel onder het RIEC-convenant.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Punt bevestigen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('"Er is een signaaloverleg" als voldaan');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await checkAtBothWidths(page, 'basisniveau bevestigen', undefined, { fullPage: false });
    await page.keyboard.press('Shift+Tab');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Ja, bevestigen' });
    await page.keyboard.press('Enter');
    await point.getByText('Opgeslagen: Er is een signaaloverleg.').waitFor();

    await page.reload();
    const saved = page.getByRole('region', { name: 'Er is een signaaloverleg' });
    await saved.getByText(/^Bevestigd door Bas Beheer op /).waitFor();
    expect(await saved.locator('.sr-basisniveau-status').first().innerText()).toBe('Voldaan');
    expect(await page.locator('#signaaloverleg-sinds').inputValue()).toBe('2026-02-01');
    await context.close();
  }, 180_000);

  it('is shown to the AF on the figures page, without a way to change it', async () => {
    const { context, page } = await sessionPage(af);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers', exact: true }).click();
    const section = page.getByRole('region', { name: 'Basisniveau bestuurlijke aanpak mensenhandel' });
    const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Er is een signaaloverleg' }) });
    await item.getByText('Voldaan', { exact: true }).waitFor();
    expect(await item.textContent()).toContain('Maandelijks casusoverleg mensenhandel onder het RIEC-convenant.');
    expect(await item.textContent()).toContain('Bevestigd door Bas Beheer');
    const afPoint = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /aandachtsfunctionaris mensenhandel aangesteld/ }) });
    await afPoint.getByText('Er is nog geen aandachtsfunctionaris vastgelegd.').waitFor();
    const training = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /getraind in signaleren/ }) });
    await training.getByText(/medewerkers hebben de training afgerond/).waitFor();
    expect(await section.getByRole('link', { name: 'Basisniveau bijwerken' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Basisniveau' }).count()).toBe(0);
    await checkAtBothWidths(page, 'cijfers met het basisniveau', 'basisniveau-statistics');
    await context.close();
  }, 120_000);

  it("shows the regiobeheerder the statuses of the region's municipalities side by side", async () => {
    const { context, page } = await sessionPage(regio);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers van de regio' }).click();
    const table = page.getByRole('table', { name: 'Basisniveau per gemeente' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers[0]).toBe('Gemeente');
    const column = headers.indexOf('Signaaloverleg');
    expect(column).toBeGreaterThan(0);
    const leiden = table.getByRole('row', { name: /^Leiden/ });
    expect(await leiden.getByRole('cell').nth(column - 1).innerText()).toBe('Voldaan');
    const denHaag = table.getByRole('row', { name: /'s-Gravenhage/ });
    expect(await denHaag.getByRole('cell').nth(column - 1).innerText()).toBe('Onbekend');
    // Statuses only: the evidence and who confirmed it stay with the municipality.
    const section = page.getByRole('region', { name: 'Basisniveau van de gemeenten in de regio' });
    expect(await section.textContent()).not.toContain('RIEC-convenant');
    expect(await section.textContent()).not.toContain('Bas Beheer');
    await checkAtBothWidths(page, 'cijfers van de regio met het basisniveau', 'basisniveau-region');
    await context.close();
  }, 120_000);
});
