import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcProviders } from '../../src/server/db/schema';
import { startTestIdp, type TestIdp } from '../../src/server/test-support/test-idp';
import { launchBrowser } from './support/browser';
import { checkAtBothWidths, expectLoggedInAs } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const LABEL = 'Inloggen met uw Leiden-account';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started here. The app's
 * public address is fixed before it starts, because the provider only sends users back to the
 * registered redirect address.
 */
describe('single sign-on through the municipality', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let idp: TestIdp;
  let af: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    idp = await startTestIdp({ redirectUri: `${server.url}/api/v1/auth/sso/callback` });
    await server.db.insert(oidcProviders).values({ municipality: LEIDEN, issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: LABEL });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Siem Single', email: 'siem.single@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.close();
    await server?.close();
  });

  /** Starts SSO from the login page and goes through the provider's login and consent forms. */
  async function ssoLogin(page: Page, login: string, start = '/inloggen'): Promise<void> {
    await page.goto(start);
    await page.waitForURL((url) => url.pathname === '/inloggen');
    await page.getByRole('link', { name: LABEL }).click();
    for (let hop = 0; hop < 5; hop++) {
      await page.waitForLoadState();
      if (new URL(page.url()).origin === server.url) return;
      const loginField = page.locator('input[name="login"]');
      if (await loginField.count()) {
        await loginField.fill(login);
        await page.locator('input[name="password"]').fill('wat-dan-ook');
      }
      const before = page.url();
      await page.locator('button[type="submit"]').first().click();
      await page.waitForURL((url) => url.href !== before);
    }
    throw new Error('niet terug bij Signaalroute na het inloggen bij de provider');
  }

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    // The provider's development pages load a web font; nothing leaves this machine.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    return { context, page: await context.newPage() };
  };

  it('offers the municipality on the login page, logs in a known user and returns to the page they wanted', async () => {
    const { context, page } = await newPage();
    await page.goto('/inloggen');
    const button = page.getByRole('link', { name: LABEL });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe(`/api/v1/auth/sso/${LEIDEN}/start`);
    await checkAtBothWidths(page, 'inloggen met SSO', 'login-sso');

    // The account page sends the user to log in; after the provider, the app takes them back there.
    await ssoLogin(page, af.email, '/account');
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await expectLoggedInAs(page, af.name);
    await context.close();
  });

  it('refuses an e-mail address the municipality does not know, with a clear message', async () => {
    const { context, page } = await newPage();
    await ssoLogin(page, 'onbekend@leiden.example');
    await page.waitForURL((url) => url.pathname === '/inloggen');
    expect(new URL(page.url()).search).toBe('?melding=sso-onbekend');
    await page
      .getByText('Uw account is niet bekend bij Signaalroute voor deze gemeente. Vraag de beheerder van uw gemeente om u toe te voegen.')
      .waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    await checkAtBothWidths(page, 'SSO geweigerd', 'login-sso-unknown');
    await context.close();
  });
});
