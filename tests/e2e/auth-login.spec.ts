import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openHeaderMenu } from './support/header-menu';
import { focused, tabUntil } from './support/keyboard';
import { checkAtBothWidths, expectLoggedInAs, expectTitle, submitPassword } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { TestAuthenticator } from './support/totp';
import { seedSecondFactor, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';

describe('logging in', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let af: SeededUser;
  let app: TestAuthenticator;
  let recovery: string[];
  let locked: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Anna Aandacht', email: 'anna.aandacht@leiden.example' });
    const factor = await seedSecondFactor(server, af);
    app = new TestAuthenticator(factor.secret);
    recovery = factor.recoveryCodes;
    locked = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Lex Slot', email: 'lex.slot@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const newPage = async (width = 1280) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: server.url });
    return { context, page: await context.newPage() };
  };

  it('asks for the code from the app by keyboard alone, refuses a wrong one beside the field, and returns to the page the user came from', async () => {
    const { context, page } = await newPage();
    // A page behind the login sends the user to log in, and back afterwards (the address stays clean).
    await page.goto('/account');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    expect(page.url()).toBe(`${server.url}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    await tabUntil(page, (f) => f.tag === 'input' && f.type === 'email');
    await page.keyboard.type(af.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('password');
    await page.keyboard.type(af.password);
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1, name: 'Code uit uw authenticator-app' });
    await heading.waitFor();
    // The new step says where the user is: focus on its heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await expectTitle(page, 'Code uit uw authenticator-app – Signaalroute');
    const code = page.getByLabel('Code van 6 cijfers');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    await checkAtBothWidths(page, 'tweede factor', 'second-factor');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Code van 6 cijfers' });
    const wrong = app.wrongCode();
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await page.getByText('De code klopt niet of is al gebruikt.').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Code van 6 cijfers' });
    expect(await code.inputValue()).toBe(wrong);
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await checkAtBothWidths(page, 'tweede factor, foute code', 'second-factor-error');

    await code.fill(app.nextCode());
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await expectLoggedInAs(page, af.name);
    expect(await page.getByText('Aandachtsfunctionaris').isVisible()).toBe(true);
    expect(await page.getByText('Leiden', { exact: true }).isVisible()).toBe(true);
    await checkAtBothWidths(page, 'account', 'account');
    await context.close();
  });

  it('accepts a recovery code once', async () => {
    const { context, page } = await newPage(375);
    const logInWithRecoveryCode = async (recoveryCode: string) => {
      await page.goto('/inloggen');
      await submitPassword(page, af.email, af.password);
      await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
      await page.getByLabel('Herstelcode').fill(recoveryCode.toLowerCase());
      await page.getByRole('button', { name: 'Doorgaan' }).click();
    };

    await logInWithRecoveryCode(recovery[0]!);
    await page.waitForURL((url) => url.pathname === '/');
    // On a phone the account corner is in the header's menu.
    await openHeaderMenu(page);
    await expectLoggedInAs(page, af.name);
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

    await logInWithRecoveryCode(recovery[0]!);
    await page.getByText('De code klopt niet of is al gebruikt.').waitFor();
    // The next code works, and the app's code too.
    await page.getByLabel('Herstelcode').fill(recovery[1]!);
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await openHeaderMenu(page);
    await expectLoggedInAs(page, af.name);
    await context.close();
  });

  it('locks the login name after five wrong passwords and says until when', async () => {
    const { context, page } = await newPage();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(locked.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(`fout wachtwoord nummer ${attempt}`);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      const response = await answered;
      expect(response.status(), `poging ${attempt}`).toBe(attempt < 5 ? 401 : 429);
      if (attempt < 5) await page.getByText('Onjuist e-mailadres of wachtwoord.').waitFor();
    }
    const alert = page.getByRole('alert').filter({ hasText: 'Te veel mislukte pogingen' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/U kunt het om \d{2}:\d{2} uur opnieuw proberen\./);
    // Focus moved to the message; the e-mail address is still there.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('sr-form-alert'))).toBe(true);
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(locked.email);
    await checkAtBothWidths(page, 'inloggen geblokkeerd', 'login-locked');

    // Even the right password waits until then.
    await page.getByLabel('Wachtwoord', { exact: true }).fill(locked.password);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    expect((await answered).status()).toBe(429);
    // The message is shown again once the answer is in (not checked in the moment the form clears it).
    await alert.waitFor();
    await context.close();
  });
});
