import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userContext } from '../../src/server/context/context';
import { run } from '../../src/server/context/run';
import { jobFailures } from '../../src/server/db/schema';
import { inTenant, queryRows } from '../../src/server/db/tenant';
import { startJobRunner, type JobRunner } from '../../src/server/jobs/job-runner';
import { reminderJob, reminderScanJob } from '../../src/server/reminders/reminder-jobs';
import { submitSignal } from '../../src/server/signals/commands/submit-signal';
import { recordCaseEvent } from '../../src/server/signals/commands/record-case-event';
import { createHandover } from '../../src/server/handovers/commands/create-handover';
import { sampleSubmission } from '../../src/server/signals/test-fixtures';
import { launchBrowser } from './support/browser';
import { focused } from './support/keyboard';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, loggedInPage, type SeededUser } from './support/users';

const LEIDEN = 'GM0546';
const DAY = 24 * 3600 * 1000;

/**
 * What issue 7 added to three roles' screens: the auditor sees what a reporter did only by day,
 * with a reference; the AF opens such a record with a reason; the beheerder handles background
 * jobs that failed for good. By keyboard, with axe at both widths.
 */
describe('shielded audit records and background jobs', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let jobs: JobRunner;
  let reporter: SeededUser;
  let af: SeededUser;
  let auditor: SeededUser;
  let beheerder: SeededUser;
  let reference: string;
  let signalReference: string;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    jobs = await startJobRunner(server.services, { jobs: [reminderScanJob, reminderJob], pollingIntervalSeconds: 0.5 });
    server.services.jobs = jobs;
    reporter = await seedUser(server.db, { municipality: LEIDEN, roles: ['medewerker'], name: 'Rosa Melder', email: 'rosa.melder@leiden.example' });
    af = await seedUser(server.db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], name: 'Aart Aandacht', email: 'aart@leiden.example' });
    auditor = await seedUser(server.db, { municipality: LEIDEN, roles: ['auditor'], name: 'Ada Audit', email: 'ada@leiden.example' });
    beheerder = await seedUser(server.db, { municipality: LEIDEN, roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
    // Yesterday the medewerker passed a signal on: shielded records are shown from the next day on.
    const yesterday = new Date(Date.now() - DAY);
    const asReporter = userContext({ ...server.services, clock: () => yesterday }, reporter, 'melder', '10.30.0.7');
    const { signal } = await run(asReporter, submitSignal, { idempotencyKey: crypto.randomUUID(), submission: sampleSubmission() });
    signalReference = signal.reference;
    [{ ref: reference }] = (await queryRows<{ ref: string }>(server.db, sql`select sealed_ref as ref from audit_events where action = 'signal.submit'`)) as [{ ref: string }];
    // The AF handed it over to the police by phone; the reminder after the due date did not go out.
    const asAf = userContext(server.services, af, 'aandachtsfunctionaris');
    await run(asAf, recordCaseEvent, { signalId: signal.id, event: 'vastleggen' });
    const { handover } = await run(asAf, createHandover, { signalId: signal.id, partnerId: 'politie', contactId: 'politie-avim', parts: ['forms'], channel: 'phone' });
    const handoverId = handover.id;
    await inTenant(server.db, LEIDEN, (tx) =>
      tx.insert(jobFailures).values({
        municipality: LEIDEN,
        queue: 'reminder-send',
        subject: `handover:${handoverId}:after`,
        data: { municipality: LEIDEN, handoverId, kind: 'after' },
        error: 'Error:ECONNREFUSED',
        attempts: 6,
        failedAt: new Date(),
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await jobs?.stop();
    await server?.close();
  });

  const sessionPage = (user: SeededUser) => loggedInPage(browser, server, user);

  it('shows the auditor the submission by day, without who, with a reference', async () => {
    const { context, page } = await sessionPage(auditor);
    await page.goto('/audit');
    const row = page.getByRole('row', { name: /Signaal doorgegeven/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(reference);
    expect(text).toContain('Melder (afgeschermd)');
    expect(text).not.toContain(reporter.name);
    expect(text).not.toContain('10.30.0.7');
    expect(text).not.toMatch(/\d{2}:\d{2}/);
    await page.getByText('Wat iemand als melder deed').waitFor();
    await checkAtBothWidths(page, 'audittrail met afgeschermde regel', 'audit-shielded');
    await context.close();
  });

  it('lets the AF open it by keyboard, with a reason, and shows who it was', async () => {
    const { context, page } = await sessionPage(af);
    await page.goto('/signalen');
    await page.getByRole('link', { name: /afgeschermde auditregel openen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Afgeschermde auditregel openen' }).waitFor();
    await checkAtBothWidths(page, 'afgeschermde regel openen', 'sealed-open');
    await page.getByLabel('Kenmerk van de auditregel').focus();
    await page.keyboard.type(reference.toLowerCase());
    await page.keyboard.press('Tab');
    await page.keyboard.type('kort');
    await page.keyboard.press('Enter');
    // Enter in a textarea is a new line: submit with the button, by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Geef een reden van ten minste 10 tekens.').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'textarea' });
    await page.keyboard.type(' — de auditor vraagt wie deze melding deed.');
    await page.getByRole('button', { name: 'Regel openen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Auditregel ${reference}` }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2' });
    expect(await page.getByText(`${reporter.name} (${reporter.email})`).isVisible()).toBe(true);
    expect(await page.getByText('10.30.0.7').isVisible()).toBe(true);
    await checkAtBothWidths(page, 'afgeschermde regel geopend', 'sealed-opened');
    await context.close();
    const [unseal] = await queryRows<{ details: { reason: string } }>(server.db, sql`select details from audit_events where action = 'audit.unseal'`);
    expect(unseal!.details.reason).toContain('de auditor vraagt wie deze melding deed');
  });

  it('lets the beheerder try a failed reminder again, after confirming', async () => {
    const { context, page } = await sessionPage(beheerder);
    await page.goto('/');
    await page.getByRole('link', { name: 'Achtergrondtaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Achtergrondtaken' }).waitFor();
    const row = page.getByRole('row', { name: /Herinnering na de termijn/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(`Herinnering na de termijn aan Politie over signaal ${signalReference}`);
    expect(await row.textContent()).toContain('De e-mailserver was niet bereikbaar.');
    await checkAtBothWidths(page, 'achtergrondtaken', 'jobs');
    await row.getByRole('button', { name: 'Opnieuw proberen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Deze taak opnieuw proberen?' });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Annuleren' });
    await checkAtBothWidths(page, 'achtergrondtaak opnieuw proberen (bevestigen)', 'jobs-confirm', { fullPage: false });
    await dialog.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByText(/wordt opnieuw geprobeerd\.$/).waitFor();
    await page.getByText('Er zijn geen mislukte taken.').waitFor();
    await context.close();
  });
});
