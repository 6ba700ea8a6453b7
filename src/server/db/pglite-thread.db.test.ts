import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { municipalities, users } from './schema';
import { inTenant, queryRows, type Tx } from './tenant';
import { isUniqueViolation } from '../registers/import/copy-rows';

// The server runs the embedded database in a worker thread (ADR 31); on the PostgreSQL server there is nothing to test here.
const onServer = process.env.TEST_DB === 'postgres';

describe.skipIf(onServer)('the embedded database in a thread of its own', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase({ pgliteThread: true });
    await database.db.insert(municipalities).values([
      { code: 'GM0546', name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' },
      { code: 'GM0518', name: "'s-Gravenhage", region: 'eenheid-den-haag', subregion: 'haaglanden' },
    ]);
    await database.db.insert(users).values({ municipality: 'GM0546', email: 'af@leiden.example', name: 'AF Leiden', roles: ['aandachtsfunctionaris'] });
  });
  afterAll(() => database?.close());

  it("keeps the server's own thread free while a query runs", async () => {
    const order: string[] = [];
    const slow = database.raw('select pg_sleep(0.3)').then(() => order.push('query'));
    // In the server's thread PGlite would run the query to its end before anything else ran.
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('timer');
    await slow;
    expect(order).toEqual(['timer', 'query']);
  });

  it('keeps a municipality to its own rows (row-level security through the thread)', async () => {
    expect(await inTenant(database.db, 'GM0518', (tx) => queryRows(tx, sql`select email from users`))).toEqual([]);
    expect(await inTenant(database.db, 'GM0546', (tx) => queryRows(tx, sql`select email from users`))).toEqual([{ email: 'af@leiden.example' }]);
  });

  it("never runs a late query of one municipality's transaction in the next one's", async () => {
    let leiden: Tx | undefined;
    await inTenant(database.db, 'GM0546', async (tx) => {
      leiden = tx;
    });
    // The next transaction is open while the late query comes in.
    const late = await inTenant(database.db, 'GM0518', async () => leiden!.execute(sql`select email from users`).catch((e: Error) => String((e.cause as Error | undefined)?.message ?? e.message)));
    expect(late).toMatch(/no longer open/);
  });

  it('undoes all of a transaction that fails, and tells a duplicate from other errors', async () => {
    const failed = database.db.transaction(async (tx) => {
      await tx.insert(users).values({ municipality: 'GM0518', email: 'af@denhaag.example', name: 'AF Den Haag', roles: ['aandachtsfunctionaris'] });
      await tx.insert(users).values({ municipality: 'GM0546', email: 'af@leiden.example', name: 'Dubbel', roles: ['medewerker'] });
    });
    const error = await failed.catch((e: unknown) => e);
    expect(isUniqueViolation((error as { cause?: unknown }).cause ?? error)).toBe(true);
    expect(await queryRows(database.db, sql`select email from users order by email`)).toEqual([{ email: 'af@leiden.example' }]);
  });

  it('hands a whole data directory over for a backup', async () => {
    const dump = await database.dumpDataDir!();
    expect(dump.size).toBeGreaterThan(1_000_000);
  });
});
