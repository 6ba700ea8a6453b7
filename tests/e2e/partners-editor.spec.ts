import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionPackOf } from '../../src/domain/content/region-pack';
import { systemContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { importRegionPack, readRegionPack } from '../../src/server/content/commands/pack-commands';
import { dutchDate } from '../../src/domain/time/dutch-calendar';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const DEN_BOSCH = 'GM0796'; // in no region: the national one
const REGION = 'eenheid-den-haag';
const STALE = 'SHOP (Stichting Hulp en Opvang Prostitutie en Mensenhandel) – Zorgcoördinatie';

/**
 * Issue 9: contacts nobody checked for a year. The regiobeheerder of Eenheid Den Haag sees SHOP's
 * contact, last checked in June 2025, on the start page, opens the partners editor, corrects the
 * phone number by keyboard (a wrong one first: the Dutch problem shows at the field and in the
 * list), confirms the details with "Gecontroleerd vandaag" and saves the draft.
 */
describe('the partners editor', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let regio: SeededUser;
  let national: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    regio = await seedUser(server.db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' });
    national = await seedUser(server.db, { municipality: DEN_BOSCH, roles: ['regiobeheerder'], name: 'Lotte Landelijk', email: 'lotte@denbosch.example' });
    // A published version in which SHOP's contact was last checked in June 2025.
    const pack = structuredClone(regionPackOf(server.services.contentSource!.files, REGION)!);
    pack.partners[0]!.contacts[0]!.verifiedOn = '2025-06-01';
    await run(systemContext(server.services, { name: 'cli' }), importRegionPack, { region: REGION, text: JSON.stringify(pack), publish: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const problems = (page: Page) => page.getByRole('region', { name: /^\d+ problee?m(en)?$/ });

  it('shows the stale contact on the start page, and corrects, checks and saves it by keyboard', async () => {
    const { context, page } = await loggedInPage(browser, server, regio, { goHome: true });
    const section = page.getByRole('region', { name: 'Contactgegevens controleren' });
    await section.getByText(`${STALE}: laatst gecontroleerd op 1 juni 2025`).waitFor();
    await checkAtBothWidths(page, 'startpagina van de regiobeheerder', 'stale-contacts-home');

    await section.getByRole('link', { name: 'Partners en contacten bijwerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners en contacten' }).waitFor();
    await page.getByText('1 contact is 12 maanden of langer niet gecontroleerd', { exact: false }).waitFor();
    const contact = page.locator('.sr-contact-form').first();
    await contact.getByText('Controleren: laatst gecontroleerd op 1 juni 2025.').waitFor();
    await page.getByText('Geen problemen gevonden bij de partners.').waitFor();
    await checkAtBothWidths(page, 'partners bewerken', 'partners-editor');

    // By keyboard from the top: to SHOP's phone number, first a number that is too short.
    await page.locator('main h1').focus();
    await tabToField(page, byLabel('Telefoonnummer'), 120);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('070-36147');
    const problem = /contact "Zorgcoördinatie": ongeldig telefoonnummer: verwacht 112, tien cijfers, of een 0800- of 0900-nummer/;
    await problems(page).getByRole('link', { name: problem }).waitFor();
    await contact.locator('.utrecht-form-field-error-message').getByText(/^ongeldig telefoonnummer: verwacht 112/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await page.keyboard.type('48');
    await page.getByText('Geen problemen gevonden bij de partners.').waitFor();

    // Back to "Gecontroleerd vandaag" of this contact, and press it.
    for (let i = 0; i < 6 && (await focusedField(page)).text !== 'Gecontroleerd vandaag'; i++) await page.keyboard.press('Shift+Tab');
    expect((await focusedField(page)).text).toBe('Gecontroleerd vandaag');
    await page.keyboard.press('Enter');
    const today = dutchDate(new Date());
    await page.getByText('Alle contacten zijn het afgelopen jaar gecontroleerd.').waitFor();
    await page.getByText(`SHOP (Stichting Hulp en Opvang Prostitutie en Mensenhandel) – Zorgcoördinatie is gemarkeerd als vandaag gecontroleerd.`).waitFor();
    // Focus stays where the keyboard user was.
    expect((await focusedField(page)).text).toBe('Gecontroleerd vandaag');
    expect(await contact.getByText('Controleren:').count()).toBe(0);
    await page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.', { exact: true }).waitFor();

    // Leaving with unsaved changes asks first.
    await page.getByRole('link', { name: 'Terug naar de inhoud van de regio' }).click();
    const leave = page.getByRole('alertdialog', { name: 'Pagina verlaten zonder op te slaan?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Annuleren' }).click();

    await page.locator('main h1').focus();
    await tabToField(page, byButton('Concept opslaan'));
    await page.keyboard.press('Enter');
    await page.getByText('Het concept is opgeslagen.').waitFor();

    const state = await run(systemContext(server.services, { name: 'test' }), readRegionPack, { region: REGION });
    expect(state.draft?.pack.partners[0]!.contacts[0]).toMatchObject({ id: 'shop', phone: '070-3614748', verifiedOn: today });
    expect(state.problems).toEqual([]);
    await context.close();
    // It tabs through the whole editor by keyboard: with four browsers on two cores it passed 120 s in CI.
  }, 240_000);

  /** The partners editor, reached from the region's content overview as the menu leads there. */
  async function openPartnersEditor() {
    const opened = await loggedInPage(browser, server, regio);
    await opened.page.goto('/regio/inhoud');
    await opened.page.getByRole('link', { name: 'Partners en contactgegevens bewerken' }).click();
    await opened.page.getByRole('heading', { level: 1, name: 'Partners en contacten' }).waitFor();
    return opened;
  }

  it("asks before the browser's Back button leaves unsaved edits", async () => {
    const { context, page } = await openPartnersEditor();
    const name = page.getByLabel('Naam van de partner').first();
    await name.fill('SHOP Den Haag');

    // Back: the page stays, with the edit, and asks.
    await page.goBack();
    const leave = page.getByRole('alertdialog', { name: 'Pagina verlaten zonder op te slaan?' });
    await leave.waitFor();
    expect(await name.inputValue()).toBe('SHOP Den Haag');
    await leave.getByRole('button', { name: 'Annuleren' }).click();
    expect(await name.inputValue()).toBe('SHOP Den Haag');
    expect(new URL(page.url()).pathname).toBe('/regio/inhoud/partners');

    // Back again, and leave: the previous page.
    await page.goBack();
    await leave.getByRole('button', { name: 'Ja, verlaten' }).click();
    await page.getByRole('heading', { level: 1, name: /^Inhoud van / }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regio/inhoud');
    await context.close();
  });

  it('keeps the note of a contact and the source document of a partner', async () => {
    const { context, page } = await openPartnersEditor();
    const source = page.getByLabel('Brondocument van deze gegevens').first();
    const note = page.getByLabel('Opmerking bij het contact (Nederlands)').first();
    await source.selectOption({ label: 'Handreiking mensenhandel' });
    await note.fill('Alleen voor professionals');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Partners en contacten' }).waitFor();
    expect(await note.inputValue()).toBe('Alleen voor professionals');
    expect(await source.locator('option:checked').textContent()).toBe('Handreiking mensenhandel');
    const state = await run(systemContext(server.services, { name: 'test' }), readRegionPack, { region: REGION });
    expect(state.draft?.pack.partners[0]).toMatchObject({ source: 'handreiking-eenheid-den-haag' });
    expect(state.draft?.pack.partners[0]!.contacts[0]!.note).toEqual({ nl: 'Alleen voor professionals' });
    expect(state.problems).toEqual([]);

    // Saved, the page adds nothing to the history: Back leaves at once.
    await page.getByLabel('Naam van de partner').first().fill('SHOP Den Haag');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.waitForFunction(() => !(history.state as { leaveGuard?: boolean } | null)?.leaveGuard);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^Inhoud van / }).waitFor();
    await context.close();
  });

  it('shows the knowledge editor: national knowledge for the national regiobeheerder, a pointer for a region', async () => {
    const { context, page } = await loggedInPage(browser, server, regio);
    await page.goto('/regio/inhoud/kennis');
    await page.getByRole('heading', { level: 1, name: 'Kennis' }).waitFor();
    await page.getByText('De kennis is landelijk', { exact: false }).waitFor();
    await checkAtBothWidths(page, 'kennis (regio)', 'knowledge-editor-region');
    await context.close();

    const nationalPage = await loggedInPage(browser, server, national);
    await nationalPage.page.goto('/regio/inhoud/kennis');
    await nationalPage.page.getByRole('heading', { level: 1, name: 'Kennis' }).waitFor();
    const page2 = nationalPage.page;
    await page2.getByRole('heading', { level: 2, name: 'Signalen per vorm van uitbuiting' }).waitFor();
    await checkAtBothWidths(page2, 'kennis (landelijk)', 'knowledge-editor');

    // A new signal of labour exploitation: empty, it is a problem until it has a Dutch text.
    const labour = page2.getByRole('region', { name: 'Arbeidsuitbuiting' });
    await labour.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await page2.getByRole('link', { name: /signalen van Arbeidsuitbuiting, "labour-\d+": de Nederlandse tekst ontbreekt/ }).waitFor();
    expect(await page2.evaluate(() => document.activeElement?.id)).toMatch(/^kennis-forms-1-signals-\d+-text$/);
    await page2.keyboard.type('Slaapt op de werkplek');
    await page2.getByText('Geen problemen gevonden in de kennis.').waitFor();
    // The risk groups now cite no document: an addition of the installation's own.
    await page2.getByRole('region', { name: 'Risicogroepen' }).getByLabel('Brondocument van deze lijst').selectOption('');
    await page2.getByRole('button', { name: 'Concept opslaan' }).click();
    await page2.getByText('Het concept is opgeslagen.').waitFor();
    const state = await run(systemContext(server.services, { name: 'test' }), readRegionPack, { region: 'landelijk' });
    const knowledge = state.draft!.pack.knowledge!;
    expect(knowledge.forms[1]!.signals.at(-1)).toMatchObject({ text: { nl: 'Slaapt op de werkplek' } });
    expect(knowledge.riskGroups.every((g) => g.source === undefined)).toBe(true);
    expect(state.problems).toEqual([]);
    await nationalPage.context.close();
  }, 240_000);
});
