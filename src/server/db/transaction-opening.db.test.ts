import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database';
import type { Database } from './client';
import { municipalities } from './schema';
import { APP_ROLE, asSystem, inTenant, queryRows } from './tenant';

let database: Database;
const LEIDEN = 'GM0546';

beforeAll(async () => {
  database = await openTestDatabase();
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
