import crypto from 'node:crypto';
import { addDays } from 'date-fns';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { createHandover } from '../../src/server/handovers/commands/create-handover';
import { recordCaseEvent } from '../../src/server/signals/commands/record-case-event';
import { submitSignal } from '../../src/server/signals/commands/submit-signal';
import { sampleSubmission } from '../../src/server/signals/test-fixtures';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, tabToField } from './support/form-keys';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { loggedInPage, seedUser, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

/**
 * Management information (issue 11, docs/decisions/0021-management-information.md): the AF reads
 * the municipality's figures and changes the period by keyboard; the regiobeheerder reads the
 * region's, with small numbers hidden. Axe at both widths.
 */
describe('management information', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let af: SeededUser;
  let regio: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Aart Aandacht', email: 'aart@leiden.example' });
    regio = await seedUser(server.db, { municipality: LEIDEN, roles: ['regiobeheerder'], name: 'Rein Regio', email: 'rein@leiden.example' });
    const reporter = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Rosa Melder', email: 'rosa@leiden.example' });
    const haags = await seedUser(server.db, { municipality: DEN_HAAG, roles: ['medewerker'], name: 'Hans Melder', email: 'hans@denhaag.example' });
    const now = new Date();
    const at = (days: number) => ({ ...server.services, clock: () => addDays(now, -days) });
    // Leiden: six signals a week apart, the older three handed over to the labour inspectorate.
    for (const [i, days] of [40, 33, 26, 19, 12, 5].entries()) {
      const { signal } = await run(userContext(at(days), reporter, 'melder'), submitSignal, { idempotencyKey: crypto.randomUUID(), submission: sampleSubmission({ forms: ['labour'], sector: 'horeca' }) });
      await run(userContext(at(days - 1), af, 'aandachtsfunctionaris'), recordCaseEvent, { signalId: signal.id, event: 'vastleggen' });
      if (i < 3) await run(userContext(at(days - 2), af, 'aandachtsfunctionaris'), createHandover, { signalId: signal.id, partnerId: 'nederlandse-arbeidsinspectie', contactId: 'nla', parts: ['forms'], channel: 'phone' });
    }
    for (const days of [30, 20, 10]) await run(userContext(at(days), haags, 'melder'), submitSignal, { idempotencyKey: crypto.randomUUID(), submission: sampleSubmission() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user, { goHome: true });

  it('shows the AF the municipality\'s figures, each chart with its table, and regroups them by quarter by keyboard', async () => {
    const { context, page } = await sessionPage(af);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers van de gemeente' }).waitFor();
    const sector = page.getByRole('table', { name: 'Sector (tabel)' });
    await sector.waitFor();
    expect(await sector.getByRole('row', { name: /Horeca/ }).getByRole('cell').last().innerText()).toBe('6');
    const partners = page.getByRole('table', { name: 'Doorgezet naar partner (tabel)' });
    expect(await partners.getByRole('row', { name: /Niet doorgezet/ }).getByRole('cell').last().innerText()).toBe('3');
    const download = page.getByRole('link', { name: 'Download als CSV (kleine aantallen verborgen)' });
    expect(await download.getAttribute('href')).toMatch(/^\/api\/v1\/statistics\/export\?granularity=month&from=/);
    await checkAtBothWidths(page, 'cijfers van de gemeente', 'statistics');

    await page.locator('main h1').focus();
    await tabToField(page, byLabel('Indelen per'));
    await page.keyboard.press('ArrowDown');
    await tabToField(page, byButton('Tonen'));
    await page.keyboard.press('Enter');
    const perPeriod = page.getByRole('table', { name: 'Signalen per periode (tabel)' });
    await perPeriod.getByRole('columnheader', { name: /^K\d \d{4}$/ }).first().waitFor();
    expect(await download.getAttribute('href')).toContain('granularity=quarter');
    await context.close();
  });

  it('shows the regiobeheerder the region\'s municipalities with small numbers hidden', async () => {
    const { context, page } = await sessionPage(regio);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers van de regio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers van de regio' }).waitFor();
    const perMunicipality = page.getByRole('table', { name: 'Signalen per periode (tabel)' });
    await perMunicipality.waitFor();
    expect(await perMunicipality.getByRole('rowheader').allInnerTexts()).toEqual(["'s-Gravenhage", 'Leiden', 'Totaal']);
    // Den Haag's three are hidden; Leiden's six with them, or the total would give them away.
    const denHaag = perMunicipality.getByRole('row', { name: /'s-Gravenhage/ });
    expect(await denHaag.getByRole('cell').last().innerText()).toContain('verborgen');
    expect(await perMunicipality.getByRole('row', { name: /Totaal/ }).getByRole('cell').last().innerText()).toBe('9');
    expect(await page.locator('main').textContent()).not.toMatch(/SR-0546|Rosa|Piotr/);
    await checkAtBothWidths(page, 'cijfers van de regio', 'statistics-region');
    await context.close();
  });
});
