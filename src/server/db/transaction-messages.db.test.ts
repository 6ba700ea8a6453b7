import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../context/context';
import { defineCommand, run } from '../context/run';
import { allAuditRecords, openedAuditRecords } from '../test-support/login-as';
import { openTestDatabase } from '../test-support/test-database';
import { testServices } from '../test-support/test-services';
import type { Database } from './client';
import { municipalities } from './schema';
import { APP_ROLE, asSystem, inTenant, queryRows } from './tenant';

const LEIDEN = 'GM0546';

// The test database, and on PGlite also PGlite in its own thread as the server runs it, where a
// transaction's opening travels with BEGIN and its closing statements with COMMIT (ADR 36).
const databases = process.env.TEST_DB === 'postgres' ? [{ thread: false }] : [{ thread: false }, { thread: true }];

describe.each(databases)('a transaction (PGlite in its own thread: $thread)', ({ thread }) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(thread ? { pgliteThread: true } : {});
    await database.db.insert(municipalities).values({ code: LEIDEN, name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' });
  });

  afterAll(() => database?.close());

  // On a server a transaction's BEGIN and settings travel with its first query, the values written
  // in as literals (ADR 35): the first query must mean exactly what it says, and run as the tenant.
  describe('the first query of a transaction', () => {
    const awkward = `O'Brien $1 "x" ; rollback; -- \\ 𝔘`;

    it('runs inside the tenant: its role and municipality, with row-level security', async () => {
      const [row] = await inTenant(database.db, LEIDEN, (tx) =>
        queryRows<{ role: string; municipality: string }>(tx, sql`select current_user as role, current_setting('app.municipality') as municipality`),
      );
      expect(row).toEqual({ role: APP_ROLE, municipality: LEIDEN });
    });

    it('reads its values exactly, also where its own text has quoted $1', async () => {
      const [row] = await inTenant(database.db, LEIDEN, (tx) =>
        queryRows<{ label: string; value: string; n: number; list: string[] }>(
          tx,
          sql`select 'costs $1' as label, ${awkward}::text as value, ${42}::int as n, ${sql.param(['a', "b'c"])}::text[] as list`,
        ),
      );
      expect(row).toEqual({ label: 'costs $1', value: awkward, n: 42, list: ['a', "b'c"] });
    });

    it('runs its closing statements in the order given, also when one of them cannot travel with COMMIT', async () => {
      const closing = (action: string, comment = '') =>
        sql.raw(`insert into audit_events (municipality, actor, action, result, details, at) values ('${LEIDEN}', 'test', '${action}', 'success', '{}'::jsonb, now())${comment}`);
      await inTenant(database.db, LEIDEN, async () => undefined, {
        closing: () => [closing('closing.first'), closing('closing.second', ' -- a comment keeps it out of the COMMIT message'), closing('closing.third')],
      });
      const stored = (await allAuditRecords(database.db)).filter((r) => r.action.startsWith('closing.'));
      expect(stored.map((r) => r.action)).toEqual(['closing.first', 'closing.second', 'closing.third']);
    });

    it('is rolled back with the rest when the work fails, also when it was the only query', async () => {
      await expect(
        asSystem(database.db, async (tx) => {
          await tx.update(municipalities).set({ name: 'Leiden (gewijzigd)' }).where(sql`code = ${LEIDEN}`);
          throw new Error('work fails');
        }),
      ).rejects.toThrow('work fails');
      const [row] = await asSystem(database.db, (tx) => queryRows<{ name: string }>(tx, sql`select name from municipalities where code = ${LEIDEN}`));
      expect(row?.name).toBe('Leiden');
    });

  });

  // Audit records are written with the commit, their values as quoted literals on a server (ADR 35):
  // what a user typed must come back exactly as typed, quotes and all.
  const awkward = `O'Brien \\ "quoted" $1 $2 -- ; commit; 'n'-tje 𝔘nicode\nnext line`;

  const recordTwice = defineCommand('test.record', async (ctx, input: { fail: boolean }) => {
    await ctx.audit({ action: 'test.first', objectType: 'test', objectId: awkward, details: { text: awkward }, sealedDetails: { query: awkward } });
    await ctx.audit({ action: 'test.second', objectType: 'test', details: { n: 2 } });
    if (input.fail) throw new Error('the work fails after asking for its audit records');
    return 'done';
  });

  describe('a command’s audit records', () => {
    it('are stored exactly as given, sealed part included, in the order asked, when the command succeeds', async () => {
      const services = testServices(database.db);
      expect(await run(systemContext(services, { municipality: LEIDEN }), recordTwice, { fail: false })).toBe('done');
      const stored = (await allAuditRecords(database.db)).filter((r) => r.action.startsWith('test.'));
      expect(stored.map((r) => r.action)).toEqual(['test.first', 'test.second']);
      expect(stored[0]).toMatchObject({ municipality: LEIDEN, object_id: awkward, details: { text: awkward } });
      const [opened] = (await openedAuditRecords(database.db, services.keyring)).filter((r) => r.action === 'test.first');
      expect(opened!.details).toEqual({ text: awkward, query: awkward });
    });

    it('are not stored when the command fails after asking for them', async () => {
      const services = testServices(database.db);
      const before = (await allAuditRecords(database.db)).length;
      await expect(run(systemContext(services, { municipality: LEIDEN }), recordTwice, { fail: true })).rejects.toThrow('the work fails');
      expect((await allAuditRecords(database.db)).length).toBe(before);
    });
  });
});
