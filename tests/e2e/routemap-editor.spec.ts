import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { byLabel, focusedField, tabToField } from './support/form-keys';
import { answerWithKeyboard } from './support/keyboard';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const MAP = 'den-haag-persoon';
const NEW_QUESTION = 'Wil het slachtoffer aangifte doen bij de politie, of eerst vertrouwelijk praten?';

/**
 * Issue 9: the regiobeheerder edits a route map of the region in the browser. A question's text is
 * changed through the list by keyboard alone; an answer pointed at nothing and a deleted step show
 * as problems on the step and in the list until they are fixed; the draft is saved and walked in the
 * preview as a medewerker of Leiden would walk it, with the new text.
 */
describe('the route-map editor', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let regio: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    regio = await seedUser(server.db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const problems = (page: Page) => page.getByRole('region', { name: /^(Geen problemen|\d+ problee?m(en)?)$/ });
  const step = (page: Page, id: string) => page.locator(`#stap-${id}`);

  /** Tabs to the "Bewerken" button of one step in the list, as a keyboard user reads it (its description names the step). */
  async function tabToEdit(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const described = await page.evaluate(() => {
        const el = document.activeElement;
        const by = el?.getAttribute('aria-describedby');
        return el?.textContent === 'Bewerken' && by ? (document.getElementById(by)?.textContent ?? '') : null;
      });
      if (described?.includes(`Vraag ${id}`)) return;
    }
    throw new Error(`Met Tab niet bij "Bewerken" van ${id} gekomen`);
  }

  it('changes a question by keyboard, shows and clears problems live, saves the draft and walks it in the preview', async () => {
    const { context, page } = await loggedInPage(browser, server, regio);
    // From the region's content overview, as the menu leads there.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inhoud van de regio' }).click();
    // The overview's own link: the start page, still shown while the overview loads, links to the map too.
    await page.locator('main').getByRole('link', { name: 'Routekaart Identificeerbaar slachtoffer (persoon) bewerken' }).click();
    // The editor is the largest page of the app (the diagram library comes with it): with four
    // browsers and the servers on two cores its first load took over 30 s once in CI.
    await page.getByRole('heading', { level: 1, name: 'Routekaart bewerken: Identificeerbaar slachtoffer (persoon)' }).waitFor({ timeout: 90_000 });
    expect(new URL(page.url()).pathname).toBe(`/regio/inhoud/routekaarten/${MAP}`);
    await page.getByText('Deze routekaart heeft geen problemen.').waitFor();
    // The diagram: one box per step, laid out by ELK.
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(11);
    await checkAtBothWidths(page, 'routekaart bewerken (diagram)', 'routemap-editor-diagram');

    // The list, by keyboard: to "Lijst", then to the question's "Bewerken", then into its Dutch text.
    await page.locator('main h1').focus();
    await tabToField(page, (f) => f.tag === 'button' && f.text === 'Lijst');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Stappen als lijst' }).waitFor();
    await tabToEdit(page, 'aangifte');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Vraag aangifte bewerken' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vraag aangifte bewerken');
    await tabToField(page, byLabel('Vraag (Nederlands)'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_QUESTION);
    await step(page, 'aangifte').getByRole('heading', { name: new RegExp(NEW_QUESTION.slice(0, 30)) }).waitFor();
    await page.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.', { exact: true }).waitFor();
    await checkAtBothWidths(page, 'routekaart bewerken (lijst)', 'routemap-editor-outline');

    // Moving a step by keyboard: the order changes and focus stays on the button that moved it.
    const order = () => page.locator('.sr-outline__list > li').evaluateAll((items) => items.map((li) => li.id.replace('stap-', '')));
    await step(page, 'bel-112').getByRole('button', { name: 'Omlaag' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Stap bel-112 is verplaatst.').waitFor();
    expect((await order()).slice(0, 3)).toEqual(['acuut-gevaar', 'aangifte', 'bel-112']);
    expect(await page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.closest('li.sr-outline__node')?.id])).toEqual(['Omlaag', 'stap-bel-112']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await order()).slice(0, 3)).toEqual(['acuut-gevaar', 'bel-112', 'aangifte']);

    // Leaving with unsaved changes asks first.
    await page.getByRole('link', { name: 'Terug naar de inhoud van de regio' }).click();
    const leave = page.getByRole('alertdialog', { name: 'Pagina verlaten zonder op te slaan?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Annuleren' }).click();
    expect(new URL(page.url()).pathname).toBe(`/regio/inhoud/routekaarten/${MAP}`);

    // An answer pointed at nothing: a problem on its step and in the list, until it leads somewhere again.
    const noOfWorries = step(page, 'ernstige-zorgen').getByLabel('Antwoord "Nee" leidt naar');
    await noOfWorries.selectOption('');
    await problems(page).getByText('vraag "ernstige-zorgen": optie "no" verwijst naar onbekende stap ""').waitFor();
    await step(page, 'ernstige-zorgen').getByText('optie "no" verwijst naar onbekende stap ""').waitFor();
    await step(page, 'signalenoverleg').getByText(/niet bereikbaar/).waitFor();
    // In English the same problems are said in English, and the edit is kept.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('region', { name: /^\d+ problems?$/ }).getByText('question "ernstige-zorgen": option "no" leads to step "", which does not exist').waitFor();
    await step(page, 'signalenoverleg').getByText('outcome "signalenoverleg" cannot be reached from the start step').waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    // A draft with problems is saved too; it cannot be published until they are solved.
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen. Het kan pas worden gepubliceerd als alle problemen zijn opgelost.').waitFor();
    await noOfWorries.selectOption('signalenoverleg');
    await page.getByText('Deze routekaart heeft geen problemen.').waitFor();

    // A deleted step: asked first, then the answers that led to it point at nothing.
    await step(page, 'shop').getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Stap shop verwijderen?' });
    await dialog.getByText('Antwoorden van ondersteuning leiden naar deze stap.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await problems(page).getByText('vraag "ondersteuning": optie "yes" verwijst naar onbekende stap "shop"').waitFor();
    expect(await step(page, 'shop').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus on the problems it caused').toBe('problemen');
    await checkAtBothWidths(page, 'routekaart bewerken met problemen', 'routemap-editor-problems');
    await problems(page).getByRole('button', { name: 'Naar stap ondersteuning' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vraag ondersteuning bewerken' }).waitFor();
    await page.locator('.sr-node-form').getByLabel('Leidt naar').first().selectOption('zorg-en-veiligheidshuis');
    await page.getByText('Deze routekaart heeft geen problemen.').waitFor();

    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.getByText(/^Concept laatst opgeslagen op /).waitFor();

    // The preview walks the saved draft as a medewerker of Leiden (subregion Hollands Midden).
    await page.getByRole('link', { name: 'Voorbeeld bekijken' }).click();
    const previewHeading = page.getByRole('heading', { level: 1, name: 'Voorbeeld: Identificeerbaar slachtoffer (persoon)' });
    await previewHeading.waitFor();
    // From the server, not from the editor's memory.
    await page.reload();
    await previewHeading.waitFor();
    await page.getByText('Dit is het concept zoals het is opgeslagen.', { exact: false }).waitFor();
    await page.getByLabel('Bekijk als medewerker van').selectOption(LEIDEN);
    await checkAtBothWidths(page, 'voorbeeld van het concept', 'routemap-preview');
    await page.locator('main h1').focus();
    await answerWithKeyboard(page, 'Nee');
    await page.getByRole('heading', { level: 2, name: NEW_QUESTION }).waitFor();
    await answerWithKeyboard(page, 'Nee');
    await answerWithKeyboard(page, 'Ja');
    const outcome = page.locator('.sr-outcome');
    await outcome.getByRole('heading', { level: 2, name: 'Zorg- en Veiligheidshuis' }).waitFor();
    const contacts = await outcome.locator('.sr-contacts').textContent();
    expect(contacts).toContain('Zorg- en Veiligheidshuis Hollands Midden');
    expect(contacts).not.toContain('Haaglanden');
    expect(await page.getByRole('region', { name: 'Uw route' }).textContent()).toContain(NEW_QUESTION);
    await checkAtBothWidths(page, 'voorbeeld: uitkomst', 'routemap-preview-outcome');
    await context.close();
  }, 240_000);
});
