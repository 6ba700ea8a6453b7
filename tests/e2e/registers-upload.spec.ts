import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../src/domain/registers/person-row';
import { startJobRunner, type JobRunner } from '../../src/server/jobs/job-runner';
import { registerImportJob } from '../../src/server/registers/uploads/import-job';
import { launchBrowser } from './support/browser';
import { checkAtBothWidths } from './support/pages';
import { startServerWithDb, type E2eServerWithDb } from './support/servers';
import { seedUser, sessionCookie, type SeededUser } from './support/users';

/** The beheerder imports the municipality's own records in the browser and follows the import. */
describe('importing own registers in the browser', () => {
  let browser: Browser;
  let server: E2eServerWithDb;
  let jobs: JobRunner;
  let beheerder: SeededUser;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServerWithDb()]);
    jobs = await startJobRunner(server.services, { jobs: [registerImportJob], pollingIntervalSeconds: 0.5 });
    server.services.jobs = jobs;
    beheerder = await seedUser(server.db, { municipality: 'GM0546', roles: ['beheerder'], name: 'Bas Beheer', email: 'bas@leiden.example' });
  });
  afterAll(async () => {
    await browser?.close();
    await jobs?.stop();
    await server?.close();
  });

  async function asBeheerder(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.url });
    await context.addCookies([await sessionCookie(server.db, beheerder, server.url)]);
    return { context, page: await context.newPage() };
  }
  const file = (name: string, ...rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from([PERSON_COLUMNS.join(','), ...rows].join('\n') + '\n') });

  it('imports an export, then refuses a wrong one and lists its wrong rows', async () => {
    const { context, page } = await asBeheerder();
    await page.goto('/');
    await page.getByRole('link', { name: 'Registers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eigen registers' }).waitFor();
    await checkAtBothWidths(page, 'eigen registers', 'registers');

    // Without a source and a file: said beside the fields, focus on the first.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Geef de bron een naam.').waitFor();
    expect(await page.getByText('Kies het CSV-bestand met de export.').isVisible()).toBe(true);

    await page.getByLabel('Bron').fill('Handhaving');
    await page.getByLabel('Bestand (CSV)').setInputFiles(file('handhaving.csv', 'HH-1,Jan,van den,Berg,1980,Breestraat,12,a,,2311AB,Leiden,', 'HH-2,Anna,,Smit,,,,,,,,'));
    await page.getByLabel('Bron').press('Enter');
    await page.getByText('Klaar: 2 personen uit Handhaving geïmporteerd.').waitFor();
    await page.getByRole('row', { name: /Handhaving.*in gebruik.*2/ }).waitFor();

    await page.getByLabel('Bestand (CSV)').setInputFiles(file('fout.csv', 'HH-3,Kees,,Bakker,,,,,,,,', 'HH-4,Piet,,,1980-02-30,,,,,,,'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(/^Niets geïmporteerd uit Handhaving: 1 regel klopt niet\./).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Regel 3: geslachtsnaam ontbreekt; geboortedatum: 30 februari 1980 bestaat niet' }).count()).toBe(1);
    await checkAtBothWidths(page, 'import geweigerd', 'registers-refused');
    await context.close();
  });
});
