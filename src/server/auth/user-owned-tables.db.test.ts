import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { inTenant, queryRows } from '../db/tenant';
import { loginAs, type TestLogin, type TestUser } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

let t: TestApp;
let db: Db;
let leiden: TestLogin & { user: TestUser };
let denHaag: TestLogin & { user: TestUser };

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  leiden = await loginAs(db, { municipality: LEIDEN, roles: ['medewerker'] });
  denHaag = await loginAs(db, { municipality: DEN_HAAG, roles: ['medewerker'] });
  await db.execute(sql`insert into recovery_codes (user_id, code_hash) values (${leiden.userId}, 'a'), (${denHaag.userId}, 'b')`);
});

afterAll(() => t?.close());

const failsWithRls = (error: unknown) => /row-level security/.test(`${(error as Error).message} ${((error as Error & { cause?: Error }).cause)?.message ?? ''}`);

describe('tables that belong to a user follow the user’s municipality', () => {
  it('shows a municipality only the sessions, recovery codes and activation links of its own users', async () => {
    for (const table of ['sessions', 'recovery_codes', 'activation_tokens']) {
      const rows = await inTenant(db, LEIDEN, (tx) => queryRows<{ user_id: string }>(tx, sql`select user_id from ${sql.identifier(table)}`));
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows.every((r) => r.user_id === leiden.userId), table).toBe(true);
    }
  });

  it('does not let a municipality end, change or create another municipality’s sessions or codes', async () => {
    const revoked = await inTenant(db, LEIDEN, (tx) => queryRows(tx, sql`update sessions set revoked_at = now() where user_id = ${denHaag.userId} returning id`));
    expect(revoked).toEqual([]);
    const deleted = await inTenant(db, LEIDEN, (tx) => queryRows(tx, sql`delete from recovery_codes where user_id = ${denHaag.userId} returning id`));
    expect(deleted).toEqual([]);
    await expect(
      inTenant(db, LEIDEN, (tx) =>
        tx.execute(sql`insert into sessions (id, user_id, second_factor_done, csrf_token, expires_at) values ('x', ${denHaag.userId}, true, 'x', now())`),
      ),
    ).rejects.toSatisfy(failsWithRls);
    const stillThere = await inTenant(db, DEN_HAAG, (tx) => queryRows(tx, sql`select id from sessions where revoked_at is null`));
    expect(stillThere.length).toBe(1);
  });
});
