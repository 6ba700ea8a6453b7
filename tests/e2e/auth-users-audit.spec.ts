import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS } from '../../src/domain/audit/actions';
import { launchBrowser } from './support/browser';
import { openHeaderMenu } from './support/header-menu';
import { focused } from './support/keyboard';
import { checkAtBothWidths, expectLoggedInAs, settled, submitPassword } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedSecondFactor, seedUser, loggedInPage, type SeededUser } from './support/users';

const DEN_HAAG = 'GM0518';
const NEW_USER = { name: 'Mila Medewerker', email: 'mila.medewerker@denhaag.example', password: 'mijn eigen lange wachtwoordzin' };

/**
 * The beheerder adds a medewerker, who activates the account with the link and logs in; then the
 * auditor finds all of it in the audit trail. The beheerder and auditor arrive with a session made
 * in the database (their own login with a second factor is tested elsewhere).
 */
describe('user management and the audit trail', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let beheerder: SeededUser;
  let auditor: SeededUser;
  let twoFactor: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    beheerder = await seedUser(server.db, { municipality: DEN_HAAG, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas.beheer@denhaag.example' });
    auditor = await seedUser(server.db, { municipality: DEN_HAAG, roles: ['auditor'], name: 'Ada Audit', email: 'ada.audit@denhaag.example' });
    twoFactor = await seedUser(server.db, { municipality: DEN_HAAG, roles: ['aandachtsfunctionaris'], name: 'Tom Telefoonkwijt', email: 'tom.t@denhaag.example' });
    await seedSecondFactor(server, twoFactor);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser, width = 1280) => loggedInPage(browser, server, user, { width });

  const manage = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: `Beheren: ${name}` });

  it('lets the beheerder add a medewerker, who activates the account with the link and logs in', async () => {
    const { context, page } = await sessionPage(beheerder);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto('/beheer/gebruikers');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('rowheader', { name: auditor.name }).waitFor();
    await checkAtBothWidths(page, 'gebruikers', 'users');

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Naam' });
    expect(await page.getByRole('checkbox', { name: 'Medewerker' }).isChecked()).toBe(true);
    await page.getByLabel('Naam', { exact: true }).fill(NEW_USER.name);
    // An address that is taken: the API's message beside the field, the name kept.
    await page.getByLabel('E-mailadres').fill(auditor.email);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('Er bestaat al een account met dit e-mailadres.').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'email' });
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(NEW_USER.name);
    await checkAtBothWidths(page, 'gebruiker toevoegen met fout', 'users-add');

    await page.getByLabel('E-mailadres').fill(NEW_USER.email);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const panel = page.getByRole('region', { name: `Activeringslink voor ${NEW_USER.name}` });
    await panel.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: `Activeringslink voor ${NEW_USER.name}` });
    expect(await panel.getByText('Geef de link persoonlijk door').isVisible()).toBe(true);
    const link = (await panel.locator('code').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${server.url}/activeren#token=[\\w-]{20,}$`));
    await panel.getByRole('button', { name: 'Link kopiëren' }).click();
    await panel.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.getByRole('row', { name: new RegExp(NEW_USER.name) }).getByText('Wacht op activering').waitFor();
    await checkAtBothWidths(page, 'activeringslink', 'users-link');

    // The new medewerker, on a phone.
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, baseURL: server.url });
    const mila = await phone.newPage();
    await mila.goto(link);
    await mila.getByRole('heading', { level: 1, name: 'Wachtwoord kiezen' }).waitFor();
    await mila.waitForFunction(() => window.location.hash === '');
    await checkAtBothWidths(mila, 'activeren', 'activation');
    await mila.getByLabel('Nieuw wachtwoord').fill(NEW_USER.password);
    await mila.getByLabel('Herhaal het wachtwoord').fill('iets anders');
    await mila.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await mila.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
    await mila.getByLabel('Herhaal het wachtwoord').fill(NEW_USER.password);
    await mila.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await mila.getByRole('heading', { level: 1, name: 'Uw wachtwoord is ingesteld' }).waitFor();
    await mila.getByRole('link', { name: 'Naar inloggen' }).click();
    await submitPassword(mila, NEW_USER.email, NEW_USER.password);
    // A medewerker needs no second factor: logged in at once.
    await mila.waitForURL((url) => url.pathname === '/');
    // On her phone the account corner and the menu are behind "Menu".
    await openHeaderMenu(mila);
    await expectLoggedInAs(mila, NEW_USER.name);
    await mila.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Account' }).click();
    await mila.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    expect(await mila.getByText(NEW_USER.email).isVisible()).toBe(true);
    expect(await mila.locator('dd').filter({ hasText: /^Medewerker$/ }).count()).toBe(1);
    expect(await mila.getByText("'s-Gravenhage").isVisible()).toBe(true);
    // The link works once.
    await mila.goto(link);
    await mila.getByLabel('Nieuw wachtwoord').fill('nog een lange wachtwoordzin');
    await mila.getByLabel('Herhaal het wachtwoord').fill('nog een lange wachtwoordzin');
    await mila.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await mila.getByText('Deze activeringslink is ongeldig, verlopen of al gebruikt.').waitFor();
    await phone.close();

    // The list now says the account is active.
    await page.reload();
    await page.getByRole('row', { name: new RegExp(NEW_USER.name) }).getByText('Actief', { exact: true }).waitFor();
    await context.close();
    // Four pages scanned with axe at two widths each.
  }, 120_000);

  it('asks before deactivating or resetting a second factor, and does it', async () => {
    const { context, page } = await sessionPage(beheerder, 375);
    await page.goto('/beheer/gebruikers');
    await manage(page, NEW_USER.name).click();
    const details = page.getByRole('region', { name: `${NEW_USER.name} beheren` });
    await details.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2' });

    await details.getByRole('button', { name: 'Deactiveren' }).click();
    const dialog = page.getByRole('alertdialog', { name: `${NEW_USER.name} deactiveren?` });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ text: 'Annuleren' });
    await checkAtBothWidths(page, 'deactiveren bevestigen', 'users-deactivate', { fullPage: false });
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText(`${NEW_USER.name} is gedeactiveerd.`).waitFor();
    await page.getByRole('row', { name: new RegExp(NEW_USER.name) }).getByText('Gedeactiveerd').waitFor();
    await details.getByRole('button', { name: 'Weer activeren' }).click();
    await page.getByText(`${NEW_USER.name} is weer actief.`).waitFor();

    // Roles: the beheerder gives the medewerker a second role.
    await details.getByRole('checkbox', { name: 'Aandachtsfunctionaris' }).check();
    await details.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`De gegevens van ${NEW_USER.name} zijn opgeslagen.`).waitFor();
    await page.getByRole('row', { name: new RegExp(NEW_USER.name) }).getByText('Medewerker, Aandachtsfunctionaris').waitFor();

    await manage(page, twoFactor.name).click();
    const tom = page.getByRole('region', { name: `${twoFactor.name} beheren` });
    await tom.getByRole('button', { name: 'Tweede factor herstellen' }).click();
    const reset = page.getByRole('alertdialog', { name: `Tweede factor van ${twoFactor.name} herstellen?` });
    await reset.waitFor();
    await reset.getByRole('button', { name: 'Tweede factor herstellen' }).click();
    await page.getByText(`De tweede factor van ${twoFactor.name} is hersteld.`).waitFor();
    await page.getByRole('row', { name: new RegExp(twoFactor.name) }).getByText('Niet ingesteld').waitFor();

    // A new link for someone who forgot the password.
    await tom.getByRole('button', { name: 'Nieuwe link (wachtwoord vergeten)' }).click();
    await page.getByRole('region', { name: `Activeringslink voor ${twoFactor.name}` }).waitFor();
    await context.close();
  });

  it('shows the auditor these events, filters them and exports them as CSV', async () => {
    // More than one page of events: the beheerder looks at the list a hundred times.
    const { context: beheer } = await sessionPage(beheerder);
    const csrf = ((await (await beheer.request.get(`${server.url}/api/v1/auth/session`)).json()) as { csrfToken: string }).csrfToken;
    expect(csrf).toBeTruthy();
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => beheer.request.get(`${server.url}/api/v1/users`)));
      for (const answer of answers) expect(answer.status()).toBe(200);
    }
    await beheer.close();

    const { context, page } = await sessionPage(auditor);
    await page.goto('/audit');
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    const table = page.getByRole('region', { name: 'Gevonden gebeurtenissen' });
    await table.waitFor();
    await page.getByText('100 gebeurtenissen getoond, nieuwste eerst. Er zijn er meer.').waitFor();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    // The second page is in when the count passes the first page's hundred.
    await page.waitForFunction(() => {
      const count = /^(\d+) gebeurtenissen getoond/.exec(document.querySelector('main .sr-count')?.textContent ?? '');
      return Number(count?.[1] ?? 0) > 100;
    });
    // Every action in plain Dutch, no codes.
    for (const action of ['Gebruiker aangemaakt', 'Account geactiveerd', 'Gebruiker gewijzigd', 'Tweede factor van een gebruiker teruggezet', 'Activeringslink gemaakt']) {
      expect(await table.getByText(action, { exact: true }).count(), action).toBeGreaterThan(0);
    }
    const actionCells = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actionCells.filter((cell) => /\b[a-z-]+\.[a-z-]+\b/.test(cell))).toEqual([]);
    const actionOptions = page.getByLabel('Handeling').locator('option');
    const offered = await actionOptions.count();
    expect(offered).toBe(1 + AUDIT_ACTION_GROUPS.length + AUDIT_ACTIONS.length);
    // Times in Dutch notation, Dutch time.
    expect(await table.locator('time').first().textContent()).toMatch(/^\d{2}-\d{2}-\d{4}(,| ) ?\d{2}:\d{2}:\d{2}$/);
    await checkAtBothWidths(page, 'audittrail', 'audit', { fullPage: false });

    // Only what the beheerder did to users.
    await page.getByLabel('Gebruiker').selectOption({ label: beheerder.name });
    await page.getByLabel('Handeling').selectOption('user.create');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 gebeurtenis getoond, nieuwste eerst.').waitFor();
    expect(await table.getByText('Gebruiker aangemaakt', { exact: true }).count()).toBe(1);
    // The action filter still offers every action, not only what this search found.
    expect(await actionOptions.count()).toBe(offered);
    expect(await actionOptions.allTextContents()).not.toContainEqual(expect.stringMatching(/\b[a-z-]+\.[a-z-]*\b/));
    expect(await table.getByRole('cell', { name: beheerder.name }).count()).toBe(1);

    const exportLink = page.getByRole('link', { name: 'Exporteer als CSV' });
    const href = (await exportLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/v1\/audit\/export\?/);
    expect(new URL(href, server.url).searchParams.get('action')).toBe('user.create');
    const filtered = await context.request.get(`${server.url}${href}`);
    expect(filtered.status()).toBe(200);
    expect(filtered.headers()['content-type']).toContain('text/csv');
    const csv = await filtered.text();
    expect(csv).toContain('user.create');
    expect(csv).not.toContain('user.activate');

    // A period that ends before it starts is caught beside the field.
    await page.getByLabel('Vanaf').fill('2030-01-02');
    await page.getByLabel('Tot en met').fill('2030-01-01');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('De begindatum ligt na de einddatum.').waitFor();

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByText(/^\d{3} gebeurtenissen getoond/).waitFor();
    const all = await context.request.get(`${server.url}${(await exportLink.getAttribute('href')) ?? ''}`);
    const text = await all.text();
    for (const action of ['user.create', 'user.activate', 'login', 'user.update', 'user.list', 'audit.search']) expect(text, action).toContain(action);
    // The download is a real link: the browser saves it as a file.
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^audittrail-GM0518-\d{4}-\d{2}-\d{2}\.csv$/);
    await settled(page);
    await context.close();
    // A hundred requests and two axe scans of a table with over a hundred rows: room on a busy machine.
  }, 180_000);
});
