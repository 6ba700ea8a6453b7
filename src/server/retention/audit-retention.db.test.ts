import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-chain';
import { run } from '../context/run';
import { auditCheckpoints } from '../db/schema';
import { asSystem, inTenant, queryRows } from '../db/tenant';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { writeTestAudit } from '../test-support/test-services';
import { applyRetention } from './commands/apply-retention';

const LEIDEN = 'GM0546';
const DEN_HAAG = 'GM0518';
let t: TestApp;

const at = (iso: string) => new Date(iso);
const record = (municipality: string, action: string, when: Date) =>
  inTenant(t.database.db, municipality, (tx) => writeTestAudit(tx, { municipality, actorUserId: null, actor: 'test', action, result: 'success', origin: null }, when));
const chain = (municipality: string) =>
  queryRows<{ seq: number; action: string }>(t.database.db, sql`select seq, action from audit_events where municipality = ${municipality} order by seq`);
const runAt = (now: Date) => run(testContext(t, null, now), applyRetention, undefined);

beforeAll(async () => {
  t = await createTestApp();
  // Leiden: three records in 2020, two in 2021. Den Haag: one in 2020.
  for (const [action, when] of [['a', '2020-03-01T10:00:00Z'], ['b', '2020-06-01T10:00:00Z'], ['c', '2020-09-01T10:00:00Z'], ['d', '2021-03-01T10:00:00Z'], ['e', '2021-06-01T10:00:00Z']] as const) {
    await record(LEIDEN, `test.${action}`, at(when));
  }
  await record(DEN_HAAG, 'test.x', at('2020-03-01T10:00:00Z'));
});
afterAll(() => t?.close());

describe('the audit trail has a term of its own, and stays verifiable', () => {
  it('removes nothing a second early', async () => {
    // Six years after 1 March 2020, 11:00 Dutch time, less a second.
    await runAt(at('2026-03-01T09:59:59Z'));
    // Nothing went, so the run left no record either.
    expect((await chain(LEIDEN)).map((r) => r.action)).toEqual(['test.a', 'test.b', 'test.c', 'test.d', 'test.e']);
  });

  it('removes the oldest records past the term behind a signed checkpoint; the rest verifies, with the key file and without', async () => {
    await runAt(at('2026-09-01T10:00:01Z'));
    const left = await chain(LEIDEN);
    expect(left.map((r) => r.action)).toEqual(['test.d', 'test.e', 'retention.run']);
    expect((await queryRows<{ details: unknown }>(t.database.db, sql`select details from audit_events where action = 'retention.run'`))[0]!.details).toMatchObject({ auditRecords: 3 });
    const checkpoints = await asSystem(t.database.db, (tx) => tx.select().from(auditCheckpoints));
    expect(checkpoints.find((c) => c.municipality === LEIDEN)).toMatchObject({ removed: 3, firstAt: at('2020-03-01T10:00:00Z'), lastAt: at('2020-09-01T10:00:00Z') });
    expect(await verifyAuditChain(t.database.db, t.keyring)).toMatchObject({ ok: true, signaturesChecked: true });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, signaturesChecked: false });
  });

  it('never removes the last record of a chain: the next one must link to it', async () => {
    // Den Haag's only record is long past its term, and stays.
    await runAt(at('2040-01-01T00:00:00Z'));
    expect((await chain(DEN_HAAG)).map((r) => r.action)).toEqual(['test.x']);
    await record(DEN_HAAG, 'test.y', at('2040-01-02T00:00:00Z'));
    expect((await chain(DEN_HAAG)).map((r) => r.seq)).toEqual([1, 2]);
    expect((await verifyAuditChain(t.database.db, t.keyring)).ok).toBe(true);
  });

  it('notices a checkpoint that was changed or made without the key, and records removed without one', async () => {
    await asSystem(t.database.db, (tx) => tx.execute(sql`update audit_checkpoints set removed = removed + 1 where municipality = ${LEIDEN}`));
    expect(await verifyAuditChain(t.database.db, t.keyring)).toMatchObject({ ok: false, broken: { municipality: LEIDEN, reason: 'checkpoint' } });
    await asSystem(t.database.db, (tx) => tx.execute(sql`update audit_checkpoints set removed = removed - 1 where municipality = ${LEIDEN}`));
    expect((await verifyAuditChain(t.database.db, t.keyring)).ok).toBe(true);
    // Someone with the database but not the key file removes records: the chain no longer starts at the checkpoint.
    await asSystem(t.database.db, async (tx) => {
      await tx.execute(sql`select set_config('signaalroute.audit_retention', 'on', true)`);
      await tx.execute(sql`delete from audit_events where municipality = ${LEIDEN} and seq = (select min(seq) from audit_events where municipality = ${LEIDEN})`);
    });
    expect(await verifyAuditChain(t.database.db, t.keyring)).toMatchObject({ ok: false, broken: { municipality: LEIDEN, reason: 'missing-or-reordered' } });
  });

  it('stays append-only for the application: it cannot remove records, not even with the setting', async () => {
    await expect(
      inTenant(t.database.db, LEIDEN, async (tx) => {
        await tx.execute(sql`select set_config('signaalroute.audit_retention', 'on', true)`);
        await tx.execute(sql`delete from audit_events`);
      }),
    ).rejects.toThrow();
    await expect(asSystem(t.database.db, (tx) => tx.execute(sql`delete from audit_events`))).rejects.toSatisfy((e) => /append-only/.test(String((e as Error).cause)));
  });
});
