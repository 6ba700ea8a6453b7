import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_COLUMNS } from '../../../domain/registers/person-row';
import type { RegisterImport } from '../../../domain/registers/views';
import { inTenant, queryRows } from '../../db/tenant';
import { startJobRunner, type JobRunner } from '../../jobs/job-runner';
import { loginAs, type TestLogin } from '../../test-support/login-as';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { registerImportJob } from './import-job';

let t: TestApp;
let runner: JobRunner;
let beheerder: TestLogin;

const csv = (...rows: string[]) => [PERSON_COLUMNS.join(','), ...rows].join('\n') + '\n';
const upload = (login: TestLogin, source: string, body: string, contentType = 'text/csv') =>
  t.app.inject({ method: 'POST', url: `/api/v1/registers/persons/imports?source=${encodeURIComponent(source)}`, headers: { ...login.headers, 'content-type': contentType }, payload: body });
const imports = async (login: TestLogin) => (await t.app.inject({ url: '/api/v1/registers/imports', headers: login.headers })).json() as RegisterImport[];

/** The import's state once the job runner has finished it. */
async function finished(id: string): Promise<RegisterImport> {
  for (let i = 0; i < 100; i++) {
    const found = (await imports(beheerder)).find((x) => x.id === id);
    if (found && found.status !== 'queued' && found.status !== 'running') return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('import did not finish');
}

/** The uploads still kept; the job deletes an upload just after its import has ended. */
async function uploadsLeft(): Promise<unknown[]> {
  for (let i = 0; i < 50; i++) {
    const left = await queryRows(t.database.db, sql`select import_id from register_uploads`);
    if (left.length === 0) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
  return queryRows(t.database.db, sql`select import_id from register_uploads`);
}

beforeAll(async () => {
  t = await createTestApp();
  runner = await startJobRunner(t.services, { jobs: [registerImportJob], pollingIntervalSeconds: 0.5 });
  t.services.jobs = runner;
  beheerder = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['beheerder'] });
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('importing own records from the browser', () => {
  it('imports an uploaded export in the background, shows its progress and result, and keeps no copy of the file', async () => {
    const res = await upload(beheerder, 'Handhaving', csv('HH-1,Jan,van den,Berg,1980,,,,,,,', 'HH-2,Anna,,Smit,,,,,,,,'));
    expect(res.statusCode, res.body).toBe(202);
    const done = await finished(res.json().id);
    expect(done).toMatchObject({ register: 'persons', source: 'Handhaving', status: 'complete', rows: 2, badRows: 0, problems: null });
    expect(done.bytesRead).toBe(done.bytesTotal);
    const stored = await inTenant(t.database.db, 'GM0546', (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from register_persons`));
    expect(stored).toEqual([{ n: 2 }]);
    expect(await uploadsLeft()).toEqual([]);
  });

  it('lists what is wrong with a file by line, and imports nothing of it', async () => {
    const res = await upload(beheerder, 'Handhaving', csv('HH-3,Kees,,Bakker,,,,,,,,', 'HH-4,Piet,,,1980-02-30,,,,,,,'));
    const done = await finished(res.json().id);
    expect(done).toMatchObject({
      status: 'failed',
      badRows: 1,
      problems: { fileError: null, badRows: [{ line: 3, reason: 'geslachtsnaam ontbreekt; geboortedatum: 30 februari 1980 bestaat niet: februari 1980 heeft 29 dagen.' }] },
    });
    const names = await inTenant(t.database.db, 'GM0546', (tx) => queryRows<{ source_id: string }>(tx, sql`select source_id from register_persons order by 1`));
    expect(names.map((r) => r.source_id)).toEqual(['HH-1', 'HH-2']);
    const header = await finished((await upload(beheerder, 'Handhaving', 'naam,adres\nJan,Breestraat 1\n')).json().id);
    expect(header.problems?.fileError).toMatch(/^De kopregel klopt niet/);
    // A file with NUL bytes in it (a binary saved as .csv): refused row by row, nothing stored, no server error.
    const binary = await upload(beheerder, 'Handhaving', csv('HH-5,Jan\u0000,,Jansen\u0000,,,,,,,,'));
    expect(binary.statusCode).toBe(202);
    expect(await finished(binary.json().id)).toMatchObject({ status: 'failed', problems: { badRows: [{ line: 2, reason: 'voornamen bevat een onzichtbaar stuurteken; geslachtsnaam bevat een onzichtbaar stuurteken' }] } });
  });

  it('refuses an empty file, another format and a nameless source, in Dutch', async () => {
    expect((await upload(beheerder, 'Handhaving', '')).json().error.message).toBe('Het bestand is leeg. Kies het CSV-bestand met de export.');
    expect((await upload(beheerder, 'Handhaving', '{"a":1}', 'application/pdf')).statusCode).toBe(415);
    expect((await upload(beheerder, ' ', csv())).statusCode).toBe(400);
  });

  it('is for the beheerder of the municipality only', async () => {
    for (const roles of [['aandachtsfunctionaris'], ['medewerker'], ['auditor']] as const) {
      const other = await loginAs(t.database.db, { municipality: 'GM0546', roles });
      expect((await upload(other, 'Handhaving', csv('HH-9,Jan,,Jansen,,,,,,,,'))).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/v1/registers/imports', headers: other.headers })).statusCode).toBe(403);
    }
    const denHaag = await loginAs(t.database.db, { municipality: 'GM0518', roles: ['beheerder'] });
    expect(await imports(denHaag)).toEqual([]);
  });

  it('imports an export larger than one stored part whole, rows across the parts included', async () => {
    // About 2.5 MB: three parts of the upload, with rows (and a quoted field with a comma) cut at the borders.
    const rows = Array.from({ length: 24_000 }, (_, i) => `GROOT-${i},"Jan, Pieter",van der,Berg${i},1980-01-01,Breestraat,${1 + (i % 300)},a,,2311 EZ,Leiden,rij ${i}`);
    const body = csv(...rows);
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await upload(beheerder, 'Vergunningen', body);
    expect(res.statusCode, res.body).toBe(202);
    const done = await finished(res.json().id);
    expect(done).toMatchObject({ status: 'complete', rows: 24_000, badRows: 0 });
    expect(done.bytesRead).toBe(Buffer.byteLength(body));
    const [stored] = await inTenant(t.database.db, 'GM0546', (tx) =>
      queryRows<{ n: number; names: number; last: string }>(
        tx,
        sql`select count(*)::int as n, count(*) filter (where given_names = 'Jan, Pieter')::int as names, max(source_id) filter (where description = 'rij 23999') as last from register_persons where source_id like 'GROOT-%'`,
      ),
    );
    expect(stored).toEqual({ n: 24_000, names: 24_000, last: 'GROOT-23999' });
    expect(await uploadsLeft()).toEqual([]);
  });
});
