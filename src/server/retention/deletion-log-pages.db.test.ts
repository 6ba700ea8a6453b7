import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeletionLogPage } from '../../domain/retention';
import { retentionDeletions } from '../db/schema';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { readAllPages, readPage } from '../test-support/read-pages';
import { createTestApp, type TestApp } from '../test-support/test-app';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
let auditor: TestLogin;
let denHaagAuditor: TestLogin;
/** Leiden's lines, newest first (the log's order). */
let leiden: string[] = [];
let denHaag: string[] = [];

async function line(municipality: string, deletedAt: Date, reference: string) {
  await t.database.db.insert(retentionDeletions).values({
    batch: crypto.randomUUID(),
    municipality,
    objectType: 'signal',
    objectId: crypto.randomUUID(),
    reference,
    state: 'afgesloten',
    term: 'closed',
    termLength: 12,
    deletedAt,
  });
  return reference;
}

const page = (login: TestLogin, query: string) => readPage<DeletionLogPage>(t, login, '/api/v1/retention/deletions', query);
const allPages = (login: TestLogin, query: string) => readAllPages<DeletionLogPage>(t, login, '/api/v1/retention/deletions', query);
const referencesOf = (pages: DeletionLogPage[]) => pages.flatMap((p) => p.items.map((e) => e.reference));

beforeAll(async () => {
  t = await createTestApp();
  auditor = await loginAs(t.database.db, { municipality: LEIDEN, roles: ['auditor'] });
  denHaagAuditor = await loginAs(t.database.db, { municipality: DEN_HAAG, roles: ['auditor'] });
  const run = new Date('2026-06-01T03:00:00Z');
  // One run deletes four at the same moment (the id decides between them); three older runs.
  const lines: string[] = [];
  for (let i = 0; i < 4; i++) lines.push(await line(LEIDEN, run, `SR-0546-2025-R${i}`));
  for (let d = 1; d <= 3; d++) lines.push(await line(LEIDEN, new Date(run.getTime() - d * 86_400_000), `SR-0546-2025-O${d}`));
  // Two a microsecond apart: the cursor keeps PostgreSQL's precision.
  lines.push(await line(LEIDEN, new Date(run.getTime() - 10 * 86_400_000), 'SR-0546-2025-M1'));
  lines.push(await line(LEIDEN, new Date(run.getTime() - 10 * 86_400_000), 'SR-0546-2025-M2'));
  await t.database.db.execute(sql`update ${retentionDeletions} set deleted_at = deleted_at - interval '1 microsecond' where ${retentionDeletions.reference} = 'SR-0546-2025-M2'`);
  // Newest first, the same moment by the higher id first.
  leiden = [...lines.slice(0, 4).reverse(), ...lines.slice(4, 7), 'SR-0546-2025-M1', 'SR-0546-2025-M2'];
  denHaag = [await line(DEN_HAAG, run, 'SR-0518-2025-A'), await line(DEN_HAAG, new Date(run.getTime() - 86_400_000), 'SR-0518-2025-B')];
});
afterAll(async () => {
  await t?.close();
});

describe('the deletion log, a page at a time', () => {
  it('shows every line once, newest first, across pages of any size; all of it on the first page by default', async () => {
    expect(referencesOf(await allPages(auditor, ''))).toEqual(leiden);
    expect((await page(auditor, '')).next).toBeNull();
    for (const limit of [1, 2, 4]) expect(referencesOf(await allPages(auditor, `limit=${limit}`)), `limit ${limit}`).toEqual(leiden);
    expect((await t.app.inject({ url: '/api/v1/retention/deletions?limit=501', headers: auditor.headers })).statusCode).toBe(400);
  });

  it('refuses a cursor it did not give out, in Dutch', async () => {
    for (const cursor of ['abc', Buffer.from('[1,"2026-01-01T00:00:00.000000Z",-4]').toString('base64url'), Buffer.from('[1,"gisteren",4]').toString('base64url')]) {
      const res = await t.app.inject({ url: `/api/v1/retention/deletions?cursor=${cursor}`, headers: auditor.headers });
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json().error.message).toMatch(/ongeldige cursor/);
    }
  });

  it('shows another municipality nothing of this one through its cursor', async () => {
    const first = await page(auditor, 'limit=1');
    expect(referencesOf(await allPages(denHaagAuditor, `cursor=${first.next}`)).every((r) => denHaag.includes(r!))).toBe(true);
  });

  it('writes one audit record per page read', async () => {
    const before = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'retention.log').length;
    const pages = await allPages(auditor, 'limit=4');
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'retention.log').slice(before);
    expect(records.map((r) => r.details)).toEqual(pages.map((p, i) => ({ entries: p.items.length, ...(i > 0 ? { nextPage: true } : {}) })));
  });
});
