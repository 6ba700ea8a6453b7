import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFiles } from '../../src/domain/content/content-files';
import type { RegionPackState } from '../../src/domain/content/region-pack-state';
import { followRelease } from '../../src/server/content/pack-store';
import { launchBrowser } from './support/browser';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const MAP = 'den-haag-persoon';

/** The session's CSRF token, for a change made through the API as the browser would make it. */
async function csrfHeaders(context: BrowserContext, url: string): Promise<Record<string, string>> {
  const session = (await (await context.request.get(`${url}/api/v1/auth/session`)).json()) as { csrfToken: string };
  return { 'x-csrf-token': session.csrfToken };
}
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

  // ADR 32: a release meets the region's own edits; the regiobeheerder takes it over entry by entry.
  it('proposes a release per entry, takes the chosen entries into the draft, and can refuse the next one', async () => {
    const { context, page } = await loggedInPage(browser, server, regio, { goHome: true });
    const api = `${server.url}/api/v1/regions/eenheid-den-haag/pack`;
    const state = (await (await context.request.get(api)).json()) as RegionPackState;
    const own = structuredClone(state.published.pack);
    const [shop, zvh] = [own.partners[0]!, own.partners[1]!];
    own.partners[0]!.name = 'Eigen naam van de regio';
    const csrf = { headers: await csrfHeaders(context, server.url) };
    expect((await context.request.put(`${api}/draft`, { ...csrf, data: { pack: own, basedOn: state.published.version } })).ok()).toBe(true);
    expect((await context.request.post(`${api}/publish`, { ...csrf, data: { reason: 'eigen naam' } })).ok()).toBe(true);

    const source = server.services.contentSource!;
    const upgrade = async (files: ContentFiles, version: string) => {
      await followRelease(server.db, files, version, new Date(), { info: () => {}, warn: () => {}, error: () => {} });
      Object.assign(source, { files, version });
    };
    const release = structuredClone(source.files);
    for (const file of release.partners) {
      for (const p of file.data.partners) {
        if (p.id === shop.id) Object.assign(p, { name: 'Naam uit de release' }, { contacts: p.contacts.map((c, i) => (i === 0 ? { ...c, phone: '070-1234567' } : c)) });
        if (p.id === zvh.id) p.contacts[0]!.phone = '070-7654321';
      }
    }
    await upgrade(release, 'release2abcdef');

    await page.goto(`${server.url}/regio/inhoud`);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Nieuwe inhoud uit een release' }) });
    await section.getByText('Release release2abcd van Signaalroute', { exact: false }).waitFor();
    await checkAtBothWidths(page, 'inhoud van de regio met een release', 'region-content-release');
    const zvhPhone = section.getByRole('checkbox', { name: new RegExp(zvh.name) });
    expect(await zvhPhone.isChecked()).toBe(true);
    await zvhPhone.focus();
    await page.keyboard.press('Space');
    expect(await zvhPhone.isChecked()).toBe(false);
    await section.getByRole('radio', { name: 'Versie uit de release' }).focus();
    await page.keyboard.press('Space');
    await section.getByRole('button', { name: 'In concept overnemen' }).click();
    await page.getByText('De gekozen wijzigingen staan in het concept.', { exact: false }).waitFor();
    expect(await page.getByLabel('Reden van de wijziging').inputValue()).toBe('uit release release2abcd');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('alertdialog', { name: 'Concept publiceren?' }).getByRole('button', { name: 'Publiceren' }).click();
    await page.locator('.sr-region-content__history').getByText('uit release release2abcd').waitFor();
    expect(await section.count()).toBe(0);
    const partners = ((await (await context.request.get(api)).json()) as RegionPackState).published.pack.partners;
    expect(partners[0]).toMatchObject({ name: 'Naam uit de release' });
    expect(partners[0]!.contacts[0]!.phone).toBe('070-1234567');
    expect(partners[1]!.contacts[0]!.phone).toBe(zvh.contacts[0]!.phone);

    // The next release is refused, after a confirmation: recorded, and no longer proposed.
    const third = structuredClone(release);
    for (const file of third.partners) for (const p of file.data.partners) if (p.id === zvh.id) p.name = 'ZVH uit release 3';
    await upgrade(third, 'release3abcdef');
    await page.reload();
    await section.getByRole('button', { name: 'Niet overnemen' }).click();
    await page.getByRole('alertdialog', { name: 'Inhoud uit de release niet overnemen?' }).getByRole('button', { name: 'Niet overnemen' }).click();
    await page.getByText('De inhoud uit deze release wordt niet overgenomen.', { exact: false }).waitFor();
    expect(await section.count()).toBe(0);
    expect(((await (await context.request.get(`${api}/release`)).json()) as { release: string | null }).release).toBeNull();
    await context.close();
  }, 240_000);
});
