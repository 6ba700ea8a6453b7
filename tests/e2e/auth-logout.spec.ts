import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { focused, tabUntil } from './support/keyboard';
import { checkAtBothWidths, loggedInPage } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, type SeededUser } from './support/users';

describe('logging out everywhere', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let user: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    // A medewerker needs no second factor: two logins with the password alone.
    user = await seedUser(server.db, { municipality: 'GM0518', roles: ['medewerker'], name: 'Mo Medewerker', email: 'mo.medewerker@denhaag.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ends the session in the other browser too, which notices on its next navigation', async () => {
    const page = await loggedInPage(browser, server.url, user);
    const phone = await loggedInPage(browser, server.url, user);
    await phone.getByRole('link', { name: 'Account' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();

    // By keyboard: the button asks first, in a modal dialog that starts on "Annuleren".
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Overal uitloggen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Overal uitloggen?' });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await checkAtBothWidths(page, 'overal uitloggen bevestigen', 'logout-everywhere-dialog', { fullPage: false });
    // Escape cancels and nothing happens; focus returns to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Overal uitloggen' });
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // Focus stays inside the dialog: Tab moves between its two buttons.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Ja, overal uitloggen' });
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/inloggen');
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

    // The other browser still shows the account page, until its next navigation.
    await phone.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routekaart' }).click();
    await phone.getByRole('banner').getByRole('link', { name: 'Inloggen' }).waitFor();
    expect(await phone.getByRole('link', { name: 'Account' }).count()).toBe(0);
    await phone.goto('/account');
    await phone.waitForURL((url) => url.pathname === '/inloggen');
    await phone.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    await page.context().close();
    await phone.context().close();
  });
});
