import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const MAP = 'den-haag-persoon';
const NEW_QUESTION = 'Is er op dit moment acuut gevaar voor iemand?';

/**
 * Issue 9 (ADR 28): the regiobeheerder imports a changed pack, publishes it with a reason and sees
 * it in the history; the public route map shows the new text at once, without a restart; the diff
 * between the versions names the changed step; a rollback brings the old text back as a new version.
 */
describe('the region content overview', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let regio: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    regio = await seedUser(server.db, { municipality: 'GM0546', roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports, publishes, compares and rolls back, and the public route map follows at once', async () => {
    const { context, page } = await loggedInPage(browser, server, regio, { goHome: true });
    await page.getByRole('link', { name: 'Inhoud van de regio' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inhoud van Eenheid Den Haag' }).waitFor();
    await page.getByText('Er is geen concept.', { exact: false }).waitFor();
    await checkAtBothWidths(page, 'inhoud van de regio', 'region-content');

    // The published version as the export link gives it, with the first question reworded, as the import.
    const exported = await context.request.get(`${server.url}/api/v1/regions/eenheid-den-haag/pack/export`);
    const yaml = await exported.text();
    const start = (await (await context.request.get(`${server.url}/api/v1/routemaps/${MAP}`)).json()) as { start: string; nodes: Record<string, { text: string }> };
    const oldQuestion = start.nodes[start.start]!.text;
    expect(yaml).toContain(oldQuestion);
    await page.getByLabel('Regiopakket importeren').setInputFiles({ name: 'den-haag.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml.replaceAll(oldQuestion, NEW_QUESTION)) });
    await page.getByText('Het bestand staat nu als concept klaar.', { exact: false }).waitFor();
    await page.getByText('Het concept heeft geen problemen en kan worden gepubliceerd.').waitFor();

    await page.getByLabel('Reden van de wijziging').fill('Vraag duidelijker gemaakt');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Concept publiceren?' });
    await confirm.getByText('wordt versie 2', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Gepubliceerd: versie 2', { exact: false }).waitFor();
    const history = page.locator('.sr-region-content__history');
    await history.getByText('Vraag duidelijker gemaakt').waitFor();
    expect(await history.textContent()).toContain('Rein Regio');

    // The public route map, without a login and without a restart, shows the new question.
    const visitor = await browser.newPage({ baseURL: server.url });
    await visitor.goto(`/routekaart/${MAP}`);
    await visitor.getByText(NEW_QUESTION).first().waitFor();
    await visitor.close();

    await page.getByLabel('Van').selectOption('1');
    await page.getByLabel('Naar').selectOption('2');
    await page.getByRole('button', { name: 'Verschillen tonen' }).click();
    const diff = page.locator('.sr-region-content__diff');
    await diff.getByRole('heading', { name: 'Verschillen tussen versie 1 en versie 2' }).waitFor();
    expect(await diff.textContent()).toContain(`Stap gewijzigd: ${NEW_QUESTION}`);
    expect(await diff.locator('del').first().textContent()).toContain(oldQuestion);
    await checkAtBothWidths(page, 'inhoud van de regio met verschillen', 'region-content-diff');

    await history.getByRole('button', { name: 'Terugzetten naar versie 1' }).click();
    const rollback = page.getByRole('alertdialog', { name: 'Eerdere versie terugzetten?' });
    await rollback.getByRole('button', { name: 'Terugzetten naar versie 1' }).click();
    await page.getByText('Gepubliceerd: versie 3', { exact: false }).waitFor();
    await history.getByText('terug naar versie 1').waitFor();
    const map = (await (await context.request.get(`${server.url}/api/v1/routemaps/${MAP}`)).json()) as { start: string; nodes: Record<string, { text: string }> };
    expect(map.nodes[map.start]!.text).toBe(oldQuestion);
    await context.close();
  }, 240_000);
});
