import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../src/domain/registers/person-row';
import { systemContext, userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { importPersons } from '../../src/server/registers/import/import-persons';
import { recordCaseEvent } from '../../src/server/signals/commands/record-case-event';
import { submitSignal } from '../../src/server/signals/commands/submit-signal';
import { sampleSubmission } from '../../src/server/signals/test-fixtures';
import { launchBrowser } from './support/browser';
import { focused } from './support/keyboard';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, sessionCookie, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';

/**
 * Step 3 of seed 004 in the browser: the AF sees who or what in a signal is already known,
 * compares, confirms or rejects (by keyboard, after confirming), and searches by hand.
 */
describe('enrichment: is this person or address already known?', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let af: SeededUser;
  let earlier: { id: string; reference: string };
  let fresh: { id: string; reference: string };

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    const reporter = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Mo Melder', email: 'mo@leiden.example' });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Anna Aandacht', email: 'anna@leiden.example' });
    const asReporter = userContext(server.services, reporter, 'melder');
    const asAf = userContext(server.services, af, 'aandachtsfunctionaris');
    const submit = async (name: string) => {
      const { signal } = await run(asReporter, submitSignal, {
        idempotencyKey: crypto.randomUUID(),
        submission: sampleSubmission({
          persons: [{ role: 'possible-victim', name, dateOfBirth: '1980-03-14' }],
          organisations: [],
          addresses: [{ postcode: '2311 AB', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' }],
        }),
      });
      await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'vastleggen' });
      return signal;
    };
    earlier = await submit('Jan van den Berg');
    fresh = await submit('J. v.d. Berg');
    await run(systemContext(server.services, { name: 'test', municipality: LEIDEN }), importPersons, {
      source: 'Handhaving',
      file: Readable.from([[PERSON_COLUMNS.join(','), 'HH-1,Johannes,van der,Berg,1980,Breestraat,12,a,,2311AB,Leiden,'].join('\n')]),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function asAf(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    await context.addCookies([await sessionCookie(server.db, af, server.url)]);
    return { context, page: await context.newPage() };
  }

  it('shows the candidates of a signal side by side, and links the one the AF confirms, by keyboard', async () => {
    const { context, page } = await asAf();
    await page.goto(`/signalen/${fresh.id}`);
    const section = page.locator('#verrijken');
    const person = section.getByRole('region', { name: 'Persoon: J. v.d. Berg (1980-03-14)' });
    const earlierCard = person.getByRole('article', { name: `${earlier.reference} · Jan van den Berg (1980-03-14)` });
    await earlierCard.waitFor();
    expect(await earlierCard.textContent()).toMatch(/Eerder signaal.*Waarschijnlijk dezelfde · overeenkomst \d+%.*In het signaal.*Gevonden.*achternaam gelijk/);
    const registerCard = person.getByRole('article', { name: 'Johannes van der Berg (1980) · Handhaving' });
    expect(await registerCard.textContent()).toMatch(/Eigen register.*Mogelijk dezelfde|Eigen register.*Waarschijnlijk dezelfde/);
    expect(await registerCard.textContent()).toContain('tussenvoegsel');
    // This installation has no live BAG: the address says so, and still shows what is known.
    const address = section.getByRole('region', { name: 'Adres: Breestraat 12a, 2311 AB Leiden' });
    await address.getByText('BAG: niet gekoppeld. De BAG is niet gekoppeld voor deze installatie.').waitFor();
    expect(await address.getByRole('article').count()).toBeGreaterThan(0);
    expect(await person.getByText(/niet gekoppeld/).count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await checkAtBothWidths(page, 'verrijken', 'enrichment');

    await earlierCard.getByRole('button', { name: 'Dezelfde…', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Dit is dezelfde?' });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await dialog.getByLabel('Notitie (niet verplicht)').fill('Zelfde geboortedatum en adres.');
    await dialog.getByRole('button', { name: 'Ja, dezelfde' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Vastgelegd: dezelfde als ${earlier.reference} · Jan van den Berg (1980-03-14).`).waitFor();
    await earlierCard.getByText('Bevestigd: dezelfde.').waitFor();
    expect(await earlierCard.textContent()).toContain('Zelfde geboortedatum en adres.');

    await registerCard.getByRole('button', { name: 'Niet dezelfde…' }).click();
    await page.getByRole('alertdialog', { name: 'Dit is niet dezelfde?' }).getByRole('button', { name: 'Ja, niet dezelfde' }).click();
    await registerCard.waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows the link on the other signal too', async () => {
    const { context, page } = await asAf();
    await page.goto(`/signalen/${earlier.id}`);
    const linked = page.locator('#verrijken').getByRole('listitem').filter({ hasText: fresh.reference });
    await linked.waitFor();
    await linked.getByRole('link', { name: fresh.reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(fresh.reference) }).waitFor();
    await context.close();
  });

  it('searches by hand from the inbox, in any notation, and says in Dutch what it cannot read', async () => {
    const { context, page } = await asAf();
    await page.goto('/signalen');
    await page.getByRole('link', { name: 'Zoeken of een persoon, adres of organisatie al bekend is' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken of iets al bekend is' }).waitFor();
    await page.getByLabel('Een adres').check();
    await page.getByLabel('Adres', { exact: true }).fill('2311AB 12-a');
    await page.keyboard.press('Enter');
    const result = page.getByRole('heading', { level: 2, name: /kandidaten voor „2311AB 12-a”$/ });
    await result.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2' });
    expect(await page.getByRole('article').count()).toBe(3);
    await checkAtBothWidths(page, 'zoeken: adres', 'search-address');

    await page.getByLabel('Een persoon').check();
    await page.getByLabel('Naam', { exact: true }).fill('Jan Jansen');
    await page.getByLabel('Geboortedatum (niet verplicht)').fill('30-02-1980');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Zoeken lukt zo niet: 30 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.').waitFor();
    await checkAtBothWidths(page, 'zoeken: fout', 'search-error');
    await context.close();
  });
});
