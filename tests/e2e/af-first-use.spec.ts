import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, WIDTHS } from './support/browser';
import { chainPages } from './support/chain-pages';
import { startChainServer, type ChainServer } from './support/chain-server';
import { checkAtBothWidths, SCREENSHOT_DIR } from './support/pages';
import { seedUser, type SeededUser } from './support/users';

// Issue 7, "what a new user ran into", on an installation without SMTP_URL (as a first install is):
// it does not offer or promise e-mail and tells the AF once; the AF's lists and texts make sense.
describe('an AF and a reporter of Leiden, without an e-mail server', () => {
  let browser: Browser;
  let server: ChainServer;
  let reporter: SeededUser;
  let af: SeededUser;
  const { loggedIn, recordedSignal } = chainPages(
    () => browser,
    () => server,
  );

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startChainServer({ email: false })]);
    reporter = await seedUser(server.db, { municipality: 'GM0546', roles: ['medewerker'], name: 'Mo Melder', email: 'mo.melder@leiden.example' });
    af = await seedUser(server.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'], name: 'Anna Aandacht', email: 'anna.aandacht@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tells the AF once, plainly, that e-mail is off and what that means', async () => {
    const { context, page } = await loggedIn(af);
    await page.goto('/signalen');
    const notice = page.locator('.sr-email-off');
    await notice.getByRole('heading', { name: 'E-mail staat uit' }).waitFor();
    for (const consequence of [/telefonisch of via beveiligde mail over/, /Partners krijgen geen herinnering/, /Melders krijgen geen e-mail/]) {
      expect(await notice.getByText(consequence).isVisible()).toBe(true);
    }
    await checkAtBothWidths(page, 'signalen: e-mail staat uit', 'inbox-email-off', { fullPage: false });
    await notice.getByRole('button', { name: 'Begrepen' }).click();
    expect(await notice.count()).toBe(0);
    // Focus does not get lost with the button: it goes back to the page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await page.locator('.sr-inbox-table, [role="status"]').first().waitFor();
    expect(await page.getByText('E-mail staat uit').count()).toBe(0);
    await context.close();
  });

  it('offers only phone and secure mail for a handover, and says why', async () => {
    const signal = await recordedSignal(reporter, af);
    const { context, page } = await loggedIn(af);
    await page.goto(`/signalen/${signal.id}`);
    const handover = page.locator('#overdragen');
    await handover.getByLabel('Partner').selectOption({ label: 'Politie' });
    await handover.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const channel = handover.getByRole('group', { name: 'Hoe gaat de overdracht?' });
    await channel.waitFor();
    expect(await channel.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent))).toEqual([
      'Telefoon',
      'Beveiligde mail',
    ]);
    expect(await handover.getByText(/E-mail staat uit op deze installatie/).isVisible()).toBe(true);
    await channel.screenshot({ path: path.join(SCREENSHOT_DIR, 'handover-channel-email-off.png') });
    await context.close();
  });

  it("offers a Leiden AF the partners of its own region, subregion and the national ones, never the other subregion's or 112", async () => {
    const signal = await recordedSignal(reporter, af);
    const { context, page } = await loggedIn(af);
    await page.goto(`/signalen/${signal.id}`);
    const select = page.locator('#overdragen').getByLabel('Partner');
    await select.locator('option', { hasText: 'Politie' }).waitFor({ state: 'attached' });
    const names = await select.locator('option').allTextContents();
    expect(names).toContain('Zorg- en Veiligheidshuis Hollands Midden');
    expect(names).toContain('Politie');
    expect(names).not.toContain('Zorg- en Veiligheidshuis Haaglanden');
    expect(names).not.toContain('Alarmnummer 112');
    await context.close();
  });

  it('does not promise the reporter an e-mail', async () => {
    await recordedSignal(reporter, af);
    for (const width of Object.values(WIDTHS)) {
      const { context, page } = await loggedIn(reporter, width);
      await page.goto('/mijn-signalen');
      await page.getByText('Nog geen terugkoppeling.').first().waitFor();
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/U krijgt een e-mail/);
      expect(text).toMatch(/U krijgt geen e-mail als er nieuws is/);
      await context.close();
    }
  });
});
