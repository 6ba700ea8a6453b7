import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestAudit } from '../test-support/test-services';
import { verifyAuditChain } from '../audit/verify-chain';
import { openTestDatabase } from '../test-support/test-database';
import type { Database } from './client';
import { municipalities, users } from './schema';
import { APP_ROLE, asSystem, inTenant, queryRows, queryRowsPrepared } from './tenant';

let database: Database;
const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  await db.insert(municipalities).values([
    { code: LEIDEN, name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' },
    { code: DEN_HAAG, name: "'s-Gravenhage", region: 'eenheid-den-haag', subregion: 'haaglanden' },
  ]);
  await db.insert(users).values([
    { municipality: LEIDEN, email: 'af@leiden.example', name: 'AF Leiden', roles: ['aandachtsfunctionaris'] },
    { municipality: DEN_HAAG, email: 'af@denhaag.example', name: 'AF Den Haag', roles: ['aandachtsfunctionaris'] },
  ]);
});

afterAll(() => database?.close());


/** Drizzle wraps the database's error; the reason is in its cause. */
const failsWith = (pattern: RegExp) => (error: unknown) => {
  const e = error as Error & { cause?: Error };
  return pattern.test(`${e.message} ${e.cause?.message ?? ''}`);
};

describe('tenant isolation (row-level security)', () => {
  it('shows no rows of any municipality to the application role without a municipality set', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
      return queryRows(tx, sql`select * from users`);
    });
    expect(rows).toEqual([]);
  });

  it('shows a municipality only its own rows, even to a hand-written query', async () => {
    const rows = await inTenant(database.db, LEIDEN, (tx) => queryRows(tx, sql`select email, municipality from users`));
    expect(rows).toEqual([{ email: 'af@leiden.example', municipality: LEIDEN }]);
  });

  it('keeps a prepared statement to the municipality of each transaction, also once its plan is reused', async () => {
    // The server keeps a named statement's plan per connection after a few runs (generic plan):
    // the tenant rule must be evaluated per run, not frozen into the plan of the first tenant.
    const emails = (municipality: string) => inTenant(database.db, municipality, (tx) => queryRowsPrepared<{ email: string }>(tx, sql`select email from users where email like ${'%.example'}`));
    for (let run = 0; run < 8; run++) {
      expect(await emails(LEIDEN)).toEqual([{ email: 'af@leiden.example' }]);
      expect(await emails(DEN_HAAG)).toEqual([{ email: 'af@denhaag.example' }]);
    }
  });

  it('passes values to a prepared statement as they are: quotes, backslashes, arrays, null', async () => {
    const odd = ["O'Brien", 'back\\slash', 'x"y', "'); drop table users; --"];
    const [row] = await inTenant(database.db, LEIDEN, (tx) =>
      queryRowsPrepared<{ words: string[]; first: string; none: string | null }>(tx, sql`select ${sql.param(odd)}::text[] as words, ${odd[0]}::text as first, ${null}::text as none`),
    );
    expect(row).toEqual({ words: odd, first: "O'Brien", none: null });
    expect(await queryRows(database.db, sql`select count(*)::int as n from users`)).toEqual([{ n: 2 }]);
  });

  it('does not let a municipality change or create rows of another', async () => {
    const updated = await inTenant(database.db, LEIDEN, (tx) =>
      queryRows(tx, sql`update users set name = 'overgenomen' where municipality = ${DEN_HAAG} returning id`),
    );
    expect(updated).toEqual([]);
    await expect(
      inTenant(database.db, LEIDEN, (tx) =>
        tx.execute(sql`insert into users (municipality, email, name, roles) values (${DEN_HAAG}, 'x@denhaag.example', 'X', '{medewerker}')`),
      ),
    ).rejects.toSatisfy(failsWith(/row-level security/));
    const denHaag = await inTenant(database.db, DEN_HAAG, (tx) => queryRows(tx, sql`select name from users`));
    expect(denHaag).toEqual([{ name: 'AF Den Haag' }]);
  });
});

describe('audit trail', () => {
  it('links records into a chain that verifies', async () => {
    for (const action of ['login', 'user.read', 'logout']) {
      await inTenant(database.db, LEIDEN, (tx) =>
        writeTestAudit(tx, { municipality: LEIDEN, actorUserId: null, actor: 'test', action, result: 'success', origin: '127.0.0.1' }),
      );
    }
    await asSystem(database.db, (tx) =>
      writeTestAudit(tx, { municipality: null, actorUserId: null, actor: 'anoniem', action: 'login', result: 'failure', origin: '127.0.0.1' }),
    );
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: true, records: 4, chains: 2 });
  });

  it('refuses to let the application change or delete audit records', async () => {
    await expect(inTenant(database.db, LEIDEN, (tx) => tx.execute(sql`update audit_events set action = 'niets'`))).rejects.toSatisfy(failsWith(/append-only|permission denied/));
    await expect(inTenant(database.db, LEIDEN, (tx) => tx.execute(sql`delete from audit_events`))).rejects.toSatisfy(failsWith(/append-only|permission denied/));
    // Not even the schema owner may, while the trigger is in place.
    await expect(database.db.execute(sql`delete from audit_events`)).rejects.toSatisfy(failsWith(/append-only/));
  });

  it('does not let a municipality write audit records for another', async () => {
    await expect(
      inTenant(database.db, LEIDEN, (tx) =>
        writeTestAudit(tx, { municipality: DEN_HAAG, actorUserId: null, actor: 'test', action: 'x', result: 'success', origin: null }),
      ),
    ).rejects.toSatisfy(failsWith(/row-level security/));
  });

  it('detects a changed record and names the first broken link', async () => {
    const [second] = await queryRows<{ id: string }>(database.db, sql`select id from audit_events where municipality = ${LEIDEN} and seq = 2`);
    // Someone with full database rights disables the guard and edits history.
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await database.db.execute(sql`update audit_events set action = 'niets gezien' where id = ${second!.id}`);
    await database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: false, broken: { municipality: LEIDEN, seq: 2, reason: 'changed' } });
  });

  it('detects a removed record', async () => {
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await database.db.execute(sql`update audit_events set action = 'user.read' where municipality = ${LEIDEN} and seq = 2`);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    await database.db.execute(sql`delete from audit_events where municipality = ${LEIDEN} and seq = 1`);
    await database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, broken: { seq: 2, reason: 'missing-or-reordered' } });
  });
});
