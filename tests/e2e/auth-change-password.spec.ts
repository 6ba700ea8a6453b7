import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../src/server/test-support/login-as';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { checkAtBothWidths, expectLoggedInAs, expectTitle, loggedInPage, submitPassword } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, sessionCookie, type SeededUser } from './support/users';

const DEN_HAAG = 'GM0518';
const NEW_PASSWORD = 'mijn nieuwe wachtwoordzin voor thuis';

/**
 * A medewerker changes their own password on the Account page with the keyboard alone, is then
 * logged out on the other device, and logs in again with the new password. A user who logs in
 * through the municipality only (SSO) has no password to change and is told so.
 */
describe('changing one’s own password', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let user: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    user = await seedUser(server.db, { municipality: DEN_HAAG, roles: ['medewerker'], name: 'Wim Wachtwoord', email: 'wim.wachtwoord@denhaag.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Types into the focused field after clearing it, as a keyboard user would. */
  const retype = async (page: Page, text: string) => {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };

  it('changes the password by keyboard, ends the other session, and the new password logs in', async () => {
    const phone = await loggedInPage(browser, server.url, user);
    const page = await loggedInPage(browser, server.url, user);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }).waitFor();
    await expectTitle(page, 'Mijn account – Signaalroute');
    await checkAtBothWidths(page, 'account', 'account-page');

    // The right autocomplete hints, so a password manager offers the saved one and stores the new one.
    const autocomplete = (label: string) => page.getByLabel(label, { exact: true }).getAttribute('autocomplete');
    expect(await autocomplete('Huidig wachtwoord')).toBe('current-password');
    expect(await autocomplete('Nieuw wachtwoord')).toBe('new-password');
    expect(await autocomplete('Herhaal het nieuwe wachtwoord')).toBe('new-password');

    // Empty: messages beside the fields, focus on the first.
    await tabToField(page, byButton('Wachtwoord wijzigen'));
    await page.keyboard.press('Enter');
    await page.getByText('Vul uw huidige wachtwoord in.').waitFor();
    expect(await focusedField(page)).toMatchObject({ label: 'Huidig wachtwoord' });
    await page.getByText('Vul een nieuw wachtwoord in.').waitFor();

    // A wrong current password: the server's message beside the field, which says it counts.
    await page.keyboard.type('niet mijn wachtwoord');
    expect(await tabToField(page, byLabel('Nieuw wachtwoord'))).toMatchObject({ type: 'password' });
    await page.keyboard.type(NEW_PASSWORD);
    await tabToField(page, byLabel('Herhaal het nieuwe wachtwoord'));
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText(/Uw huidige wachtwoord klopt niet\. Let op: na 5 foute pogingen/).waitFor();
    expect(await focusedField(page)).toMatchObject({ label: 'Huidig wachtwoord' });
    await checkAtBothWidths(page, 'account, fout huidig wachtwoord', 'account-password-error');

    // The right one, with a new password the policy refuses: the reason beside the new password.
    await retype(page, user.password);
    await tabToField(page, byLabel('Nieuw wachtwoord'));
    await retype(page, 'wachtwoord');
    await tabToField(page, byLabel('Herhaal het nieuwe wachtwoord'));
    await retype(page, 'wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByText(/Kies een wachtwoord van minstens 12 tekens/).waitFor();
    expect(await focusedField(page)).toMatchObject({ label: 'Nieuw wachtwoord' });

    await retype(page, NEW_PASSWORD);
    await tabToField(page, byLabel('Herhaal het nieuwe wachtwoord'));
    await retype(page, NEW_PASSWORD);
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd. U bent op andere apparaten uitgelogd.' });
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('U bent op andere apparaten uitgelogd');
    await checkAtBothWidths(page, 'account, wachtwoord gewijzigd', 'account-password-done');

    // This browser is still logged in (under a new session); the phone is not.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routekaart' }).click();
    await expectLoggedInAs(page, user.name);
    await phone.goto('/account');
    await phone.waitForURL((url) => url.pathname === '/inloggen');

    // Log out (keyboard), then in: the old password no longer works, the new one does.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await tabToField(page, byButton('Uitloggen'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await submitPassword(page, user.email, user.password);
    await page.getByText('Onjuist e-mailadres of wachtwoord.').waitFor();
    await submitPassword(page, user.email, NEW_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await expectLoggedInAs(page, user.name);

    await page.context().close();
    await phone.context().close();
    // Two devices, five password hashes and two states scanned with axe at two widths each.
  }, 120_000);

  it('tells a user who logs in through the municipality (SSO) that the password is changed there', async () => {
    const ssoUser = await createTestUser(server.db, { municipality: DEN_HAAG, roles: ['medewerker'], name: 'Sam Sso', email: 'sam.sso@denhaag.example' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    await context.addCookies([await sessionCookie(server.db, ssoUser, server.url)]);
    const page = await context.newPage();
    await page.goto('/account');
    await page.getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }).waitFor();
    await page.getByText('U logt in via uw gemeente (SSO) en heeft geen wachtwoord in Signaalroute.', { exact: false }).waitFor();
    expect(await page.getByLabel('Huidig wachtwoord').count()).toBe(0);
    await context.close();
  });
});
