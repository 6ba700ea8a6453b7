import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { addDays, addMonths } from 'date-fns';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../src/domain/registers/person-row';
import { systemContext, userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { importPersons } from '../../src/server/registers/import/import-persons';
import { applyRetention } from '../../src/server/retention/commands/apply-retention';
import { placeLegalHold } from '../../src/server/retention/commands/legal-hold';
import { recordCaseEvent } from '../../src/server/signals/commands/record-case-event';
import { saveDraft } from '../../src/server/signals/commands/signal-draft';
import { submitSignal } from '../../src/server/signals/commands/submit-signal';
import { sampleSubmission } from '../../src/server/signals/test-fixtures';
import { launchBrowser } from './support/browser';
import { byButton, byLabel, focusedField, tabToField } from './support/form-keys';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, loggedInPage, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const CLOSED_LABEL = 'Signaal afgesloten zonder overdracht (maanden)';
const HANDED_OVER_LABEL = 'Signaal afgesloten na een overdracht (maanden)';
const REGISTER_LABEL = 'Import van een eigen register (maanden)';

type Made = { id: string; reference: string };

/**
 * Retention on three roles' screens (issue 10, docs/decisions/0017-retention.md): the beheerder
 * sets the terms and sees what goes and what went, the auditor sees the same, the AF puts a
 * signal on legal hold and lifts it. By keyboard where a user types, axe at both widths.
 */
describe('retention terms, the dry run, the deletion log and legal hold', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let af: SeededUser;
  let beheerder: SeededUser;
  let auditor: SeededUser;
  // Closed signals: due in three days, due in five but on hold, deleted already; an open one to put on hold by hand.
  let soon: Made;
  let held: Made;
  let deleted: Made;
  let open: Made;

  /** The server's services on another clock: to do something as if at that moment. */
  const servicesAt = (moment: Date) => ({ ...server.services, clock: () => moment });

  /** A signal the reporter passed on at `at`, recorded by the AF; closed without a handover at `at` when asked. */
  async function signalAt(reporter: SeededUser, at: Date, close: boolean): Promise<Made> {
    const services = servicesAt(at);
    const { signal } = await run(userContext(services, reporter, 'melder'), submitSignal, { idempotencyKey: crypto.randomUUID(), submission: sampleSubmission() });
    const asAf = userContext(services, af, 'aandachtsfunctionaris');
    await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'vastleggen' });
    if (close) {
      await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'niet-doorzetten', reason: 'Geen aanwijzingen na een gesprek.' });
      await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'melder-informeren', message: 'Dank voor uw signaal.' });
      await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'afsluiten' });
    }
    return { id: signal.id, reference: signal.reference };
  }

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    const reporter = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Rosa Melder', email: 'rosa@leiden.example' });
    const writer = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Wim Schrijver', email: 'wim@leiden.example' });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Aart Aandacht', email: 'aart@leiden.example' });
    beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
    auditor = await seedUser(server.db, { municipality: LEIDEN, roles: ['auditor'], name: 'Ada Audit', email: 'ada@leiden.example' });
    // The default term of a signal closed without a handover is 12 months.
    const now = new Date();
    soon = await signalAt(reporter, addDays(addMonths(now, -12), 3), true);
    held = await signalAt(reporter, addDays(addMonths(now, -12), 5), true);
    deleted = await signalAt(reporter, addDays(addMonths(now, -12), -1), true);
    open = await signalAt(reporter, now, false);
    await run(userContext(server.services, af, 'aandachtsfunctionaris'), placeLegalHold, { signalId: held.id, reason: 'Verzoek van de officier van justitie.' });
    // Drafts (30 days by default): one goes in two days, one is past its term.
    await run(userContext(servicesAt(addDays(now, -28)), reporter, 'melder'), saveDraft, { payload: { description: 'Half geschreven' } });
    await run(userContext(servicesAt(addDays(now, -31)), writer, 'melder'), saveDraft, { payload: { description: 'Vergeten' } });
    // Imports of Leiden's own registers (12 months by default): one goes in four days, one is past its term.
    const importAt = (at: Date, source: string, row: string) =>
      run(systemContext(servicesAt(at), { name: 'cli', municipality: LEIDEN }), importPersons, { source, file: Readable.from([`${PERSON_COLUMNS.join(',')}\r\n${row}\r\n`]) });
    await importAt(addDays(addMonths(now, -12), 4), 'Handhaving', 'HH-1,Piotr,,Kowalski,1985,,,,,,,Kamerverhuur');
    await importAt(addDays(addMonths(now, -12), -1), 'Vergunningen', 'VG-1,Ali,,Yılmaz,1979,,,,,,,');
    // Today's daily run: the signal, the draft and the import past their terms go.
    expect(await run(systemContext(server.services), applyRetention, undefined)).toMatchObject({ signals: 1, drafts: 1, registerImports: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user, { goHome: true });

  /** The preview and the log as both the beheerder and the auditor see them. */
  async function expectDeletionsPage(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1, name: 'Verwijderen volgens bewaartermijnen' }).waitFor();
    const preview = page.getByRole('table', { name: /^2 signalen waarvan de termijn tot en met .+ afloopt$/ });
    await preview.waitFor();
    const soonRow = preview.getByRole('row', { name: new RegExp(soon.reference) });
    expect(await soonRow.innerText()).toContain('Afgesloten zonder overdracht');
    expect(await soonRow.getByRole('cell').last().innerText()).toBe('Nee');
    const heldRow = preview.getByRole('row', { name: new RegExp(held.reference) });
    expect(await heldRow.getByRole('cell').last().innerText()).toMatch(/^Ja, sinds .+: blijft bewaard$/);
    const drafts = page.getByRole('table', { name: /^Concepten die tot en met .+ worden verwijderd$/ });
    expect(await drafts.getByRole('cell').innerText()).toBe('1');
    const imports = page.getByRole('table', { name: /^1 import van een eigen register die tot en met .+ wordt verwijderd$/ });
    expect(await imports.getByRole('row', { name: /Handhaving/ }).innerText()).toContain('1');
    const log = page.getByRole('table', { name: '3 verwijderingen' });
    const deletedRow = log.getByRole('row', { name: new RegExp(deleted.reference) });
    expect(await deletedRow.innerText()).toContain('afgesloten');
    expect(await deletedRow.innerText()).toContain('Afgesloten zonder overdracht: 12 maanden');
    expect(await deletedRow.getByRole('cell').last().innerText()).toBe('standaard');
    expect(await log.getByRole('row', { name: /1 concept/ }).innerText()).toContain('Concept: 30 dagen');
    expect(await log.getByRole('row', { name: /Vergunningen: 1 regel/ }).innerText()).toContain('Import van een eigen register: 12 maanden');
    // References, sources and dates only: nothing of what a signal said or a register held.
    const main = await page.locator('main').textContent();
    expect(main).not.toContain(sampleSubmission().description);
    for (const personal of ['Kowalski', 'Yılmaz', 'Kamerverhuur']) expect(main).not.toContain(personal);
  }

  it('lets the beheerder set the terms by keyboard, refusing a term out of bounds, and see what goes and what went', async () => {
    const { context, page } = await sessionPage(beheerder);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor();
    await page.getByText('Nog niet ingesteld: de standaardtermijnen gelden.').waitFor();
    expect(await page.getByLabel(CLOSED_LABEL).inputValue()).toBe('12');
    expect(await page.getByLabel(HANDED_OVER_LABEL).inputValue()).toBe('60');
    expect(await page.getByLabel('Concept dat nooit is verstuurd (dagen)').inputValue()).toBe('30');
    expect(await page.getByLabel(REGISTER_LABEL).inputValue()).toBe('12');
    await checkAtBothWidths(page, 'bewaartermijnen', 'retention-terms');

    // Below the bounds: refused beside the field, in the server's words, before anything is sent.
    await page.locator('main h1').focus();
    await tabToField(page, byLabel(CLOSED_LABEL));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    await tabToField(page, byButton('Opslaan'));
    await page.keyboard.press('Enter');
    await page.getByText('Kies een hele termijn van 6 tot en met 60 maanden.').waitFor();
    expect(await focusedField(page)).toMatchObject({ label: CLOSED_LABEL });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await checkAtBothWidths(page, 'bewaartermijnen: te kort', 'retention-terms-refused');

    // A good value, confirmed: the dialog warns that a shorter term deletes at the next run.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12');
    await tabToField(page, byLabel(HANDED_OVER_LABEL));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('72');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Bewaartermijnen opslaan?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('bij de eerstvolgende dagelijkse verwijdering verwijderd');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await checkAtBothWidths(page, 'bewaartermijnen opslaan (bevestigen)', 'retention-terms-confirm', { fullPage: false });
    await page.keyboard.press('Shift+Tab');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Ja, opslaan' });
    await page.keyboard.press('Enter');
    await page.getByText(/^De bewaartermijnen zijn opgeslagen\./).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^De bewaartermijnen zijn opgeslagen\./);
    await page.getByText(/^Laatst ingesteld op /).waitFor();
    await page.reload();
    await page.getByText(/^Laatst ingesteld op /).waitFor();
    expect(await page.getByLabel(HANDED_OVER_LABEL).inputValue()).toBe('72');

    await page.getByRole('link', { name: 'Bekijk wat wordt verwijderd en wat is verwijderd' }).click();
    await expectDeletionsPage(page);
    expect(await page.getByRole('link', { name: 'Bewaartermijnen instellen' }).isVisible()).toBe(true);
    await checkAtBothWidths(page, 'verwijderingen', 'retention-deletions');
    await context.close();
  }, 180_000);

  it('shows the auditor the same dry run and deletion log, without the terms', async () => {
    const { context, page } = await sessionPage(auditor);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Bewaartermijnen' }).count()).toBe(0);
    await menu.getByRole('link', { name: 'Verwijderingen' }).click();
    await expectDeletionsPage(page);
    expect(await page.getByRole('link', { name: 'Bewaartermijnen instellen' }).count()).toBe(0);
    await checkAtBothWidths(page, 'verwijderingen (auditor)');
    await context.close();
  }, 120_000);

  it('lets the AF put a signal on legal hold with a reason and lift it, by keyboard, both in the history', async () => {
    const { context, page } = await sessionPage(af);
    await page.goto(`/signalen/${open.id}`);
    await page.getByRole('heading', { level: 1, name: `Signaal ${open.reference}` }).waitFor();
    const section = page.locator('#bewaring');
    expect(await section.getByText('Dit signaal staat niet op bewaring.', { exact: false }).isVisible()).toBe(true);

    // From the contents to the section, then the button; an empty reason is refused.
    await page.getByRole('navigation', { name: 'Onderdelen van dit signaal' }).getByRole('link', { name: 'Bewaring (legal hold)' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedField(page)).toMatchObject({ tag: 'h2', text: 'Bewaring (legal hold)' });
    await tabToField(page, byButton('Bewaring (legal hold) starten'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await focusedField(page)).toMatchObject({ label: 'Reden voor de bewaring' });
    await tabToField(page, byButton('Bewaring starten'));
    await page.keyboard.press('Enter');
    await section.getByText('geef de reden').waitFor();
    expect(await focusedField(page)).toMatchObject({ tag: 'textarea' });
    await page.keyboard.type('Verzoek van het Openbaar Ministerie in een lopend onderzoek.');
    await tabToField(page, byButton('Bewaring starten'));
    await page.keyboard.press('Enter');
    const start = page.getByRole('alertdialog', { name: 'Bewaring starten?' });
    await start.waitFor();
    expect(await start.textContent()).toContain('Verzoek van het Openbaar Ministerie in een lopend onderzoek.');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedField(page)).toMatchObject({ tag: 'button', text: 'Ja, bewaring starten' });
    await page.keyboard.press('Enter');
    await page.getByText('Het signaal staat op bewaring.').waitFor();
    expect(await page.locator('.sr-case__badges').getByText(/^Op bewaring sinds /).isVisible()).toBe(true);
    expect(await section.getByText(/^Op bewaring sinds /).isVisible()).toBe(true);
    await checkAtBothWidths(page, 'signaal op bewaring', 'legal-hold');

    // Lifting warns that the signal may go at the next run.
    await section.getByRole('button', { name: 'Bewaring opheffen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await focusedField(page)).toMatchObject({ label: 'Reden om de bewaring op te heffen' });
    await page.keyboard.type('Het onderzoek is afgerond.');
    await tabToField(page, byButton('Bewaring opheffen'));
    await page.keyboard.press('Enter');
    const lift = page.getByRole('alertdialog', { name: 'Bewaring opheffen?' });
    await lift.waitFor();
    expect(await lift.textContent()).toContain('bij de eerstvolgende dagelijkse verwijdering worden verwijderd');
    await checkAtBothWidths(page, 'bewaring opheffen (bevestigen)', 'legal-hold-lift-confirm', { fullPage: false });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('De bewaring is opgeheven.').waitFor();
    expect(await page.locator('.sr-case__badges').getByText(/^Op bewaring sinds /).count()).toBe(0);

    const history = page.locator('#geschiedenis');
    const placed = history.getByRole('listitem').filter({ hasText: 'Bewaring (legal hold) gestart' });
    expect(await placed.textContent()).toContain('Verzoek van het Openbaar Ministerie in een lopend onderzoek.');
    const lifted = history.getByRole('listitem').filter({ hasText: 'Bewaring (legal hold) opgeheven' });
    expect(await lifted.textContent()).toContain('Het onderzoek is afgerond.');
    await context.close();
  }, 180_000);
});
