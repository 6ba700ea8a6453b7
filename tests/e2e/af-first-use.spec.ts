import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handovers, signals } from '../../src/server/db/schema';
import { launchBrowser, WIDTHS } from './support/browser';
import { apiOf, chainPages, SUBMISSION } from './support/chain-pages';
import { startChainServer, type ChainServer } from './support/chain-server';
import { checkAtBothWidths, SCREENSHOT_DIR } from './support/pages';
import { seedUser, type SeededUser } from './support/users';

/**
 * Words of the element's text that the layout broke over two lines ("Spoe|d"): each word is
 * measured on its own and must sit on one line.
 */
async function wordsBrokenInside(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

// Issue 7, "what a new user ran into", on an installation without SMTP_URL (as a first install is):
// it does not offer or promise e-mail and tells the AF once; the AF's lists and texts make sense.
describe('an AF and a reporter of Leiden, without an e-mail server', () => {
  let browser: Browser;
  let server: ChainServer;
  let reporter: SeededUser;
  let af: SeededUser;
  const { newPage, loggedIn, recordedSignal } = chainPages(
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

  it('shows open work first at 1280 px, with words whole and one count; closed signals behind the status filter', async () => {
    // What makes a row long: urgent, two forms, a handover whose feedback is late.
    const open = await recordedSignal(reporter, af, { ...SUBMISSION, forms: ['sexual', 'labour'], acuteDanger: true });
    const closed = await recordedSignal(reporter, af);
    await server.db.update(signals).set({ state: 'afgesloten' }).where(eq(signals.id, closed.id));
    const { context, page } = await loggedIn(af);
    await (await apiOf(page)).post(`/api/v1/signals/${open.id}/handovers`, { partnerId: 'politie', contactId: 'politie-avim', parts: ['forms'], channel: 'phone', dueDays: 2 });
    await server.db.update(handovers).set({ dueAt: new Date(Date.now() - 86_400_000) }).where(eq(handovers.signalId, open.id));
    await page.goto('/signalen');
    await page.getByRole('link', { name: open.reference }).waitFor();
    expect(await page.getByRole('link', { name: closed.reference }).count()).toBe(0);
    // One count, which also names the table.
    const main = await page.locator('main').innerText();
    expect(main.match(/\b\d+ (openstaande? )?signa(al|len)\b/g)).toEqual([expect.stringMatching(/^\d+ openstaande? signa(al|len)$/)]);
    expect(await page.getByRole('table', { name: /openstaande? signa/ }).count()).toBe(1);
    expect(await wordsBrokenInside(page, '.sr-inbox-table')).toEqual([]);
    await checkAtBothWidths(page, 'signalen (open werk)', 'inbox-open');

    await page.getByLabel('Status').selectOption({ label: 'Alle, ook afgesloten' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('link', { name: closed.reference }).waitFor();
    expect(await page.getByRole('link', { name: open.reference }).count()).toBe(1);
    await context.close();
  });

  it('writes an address as "Breestraat 12a, 2311 EZ Leiden" in the case, the handover preview and its print', async () => {
    const address = { postcode: '2311ez', houseNumber: 12, addition: 'A', street: 'Breestraat', place: 'Leiden' };
    const signal = await recordedSignal(reporter, af, { ...SUBMISSION, addresses: [address] });
    const { context, page } = await loggedIn(af);
    await page.goto(`/signalen/${signal.id}`);
    const written = 'Breestraat 12a, 2311 EZ Leiden';
    await page.locator('main').getByText(written, { exact: true }).first().waitFor();
    const handover = page.locator('#overdragen');
    await handover.getByLabel('Partner').selectOption({ label: 'Politie' });
    await handover.getByLabel('Adressen').check();
    await handover.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const preview = page.getByRole('region', { name: /^Voorbeeld: dit krijgt Politie/ });
    await preview.getByText(written, { exact: true }).waitFor();
    await page.locator('#overdragen').screenshot({ path: path.join(SCREENSHOT_DIR, 'handover-preview-address.png') });
    const sent = await (await apiOf(page)).post<{ handover: { id: string } }>(`/api/v1/signals/${signal.id}/handovers`, {
      partnerId: 'politie',
      contactId: 'politie-avim',
      parts: ['addresses'],
      channel: 'phone',
    });
    const print = await page.request.get(`/api/v1/signals/${signal.id}/handovers/${sent.handover.id}/print`);
    expect(await print.text()).toContain(written);
    expect(await page.locator('main').innerText()).not.toMatch(/2311EZ|12 A\b/);
    await context.close();
  });

  it('tells a partner in Dutch words that a garbled feedback link does not work', async () => {
    for (const fragment of ['abc', 'k%C3%A9%24%24', 'x'.repeat(300)]) {
      const { context, page } = await newPage();
      await page.goto(`/terugkoppeling#token=${fragment}`);
      const problem = page.locator('.sr-link-problem');
      await problem.waitFor();
      const text = await problem.innerText();
      expect(text).toMatch(/^Deze link voor terugkoppeling (is onbekend|klopt niet)\. Controleer of u de hele link uit de e-mail hebt gebruikt/);
      expect(text).not.toMatch(/Ongeldige invoer|token/);
      await context.close();
    }
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
