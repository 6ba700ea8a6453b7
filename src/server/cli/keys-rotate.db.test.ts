import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTotpSecret, sealTotpSecret } from '../auth/totp-secret';
import { decryptField, keyIdOf } from '../crypto/field-cipher';
import { sealedAuditContext, writeAudit } from '../audit/write-audit';
import { verifyAuditChain } from '../audit/verify-chain';
import { openKeyring, readKeyring } from '../crypto/keyring';
import { handovers, municipalities, signalEvents, signals, users } from '../db/schema';
import { inTenant, queryRows } from '../db/tenant';
import { seal, sealContext, unseal } from '../crypto/sealed-fields';
import { insertHandoverRow } from '../signals/test-fixtures';
import { allAuditRecords } from '../test-support/login-as';
import { insertTestSignal } from '../test-support/signal-fixtures';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { keysRotate } from './keys-rotate';

let database: TestDatabase;
let keyFile: string;
let signalId: string;
let userId: string;
let handoverId: string;
let oldKey: string;
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** Written in plain text, as versions before the encryption of TOTP secrets did. */
const LEGACY_PENDING = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

beforeAll(async () => {
  database = await openTestDatabase();
  keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-rotate-')), 'encryption-keys.json');
  const { ring } = openKeyring(keyFile, new Date('2026-01-01T00:00:00Z'));
  oldKey = ring.current;
  await database.db.insert(municipalities).values({ code: 'GM0546', name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' });
  const [user] = await database.db.insert(users).values({ municipality: 'GM0546', email: 'mila@leiden.example', name: 'Mila', roles: ['medewerker'] }).returning();
  const signal = await insertTestSignal(database.db, ring, { municipality: 'GM0546', reporterUserId: user!.id, reporter: { name: 'Mila Melder', email: 'mila@leiden.example' } });
  signalId = signal.id;
  userId = user!.id;
  await inTenant(database.db, 'GM0546', (tx) =>
    tx.insert(signalEvents).values({
      signalId,
      municipality: 'GM0546',
      actor: 'aandachtsfunctionaris',
      kind: 'notitie',
      textSealed: seal(ring, sealContext.eventText(signalId), 'Gebeld met de wijkagent.'),
    }),
  );
  await database.db
    .update(users)
    .set({ totpSecret: sealTotpSecret(ring, userId, 'secret', TOTP_SECRET), totpPendingSecret: LEGACY_PENDING })
    .where(eq(users.id, userId));
  handoverId = await insertHandoverRow(database.db, ring, { signalId, municipality: 'GM0546', sentByUserId: userId, dueAt: new Date('2026-02-01T00:00:00Z') });
  await database.db
    .update(handovers)
    .set({ feedbackOutcome: 'forwarded', feedbackAt: new Date(), feedbackForwardedToSealed: seal(ring, sealContext.feedbackForwardedTo(handoverId), 'AVIM (politie)') })
    .where(eq(handovers.id, handoverId));
});

afterAll(() => database?.close());

const sealedValues = async () =>
  [
    ...(await queryRows<{ v: string }>(database.db, sql`select reporter_sealed as v from signals union all select submission_sealed from signals`)),
    ...(await queryRows<{ v: string }>(database.db, sql`select text_sealed as v from signal_events where text_sealed is not null`)),
    ...(await queryRows<{ v: string }>(database.db, sql`select totp_secret as v from users union all select totp_pending_secret from users`)),
    ...(await queryRows<{ v: string }>(database.db, sql`select content_sealed as v from handovers union all select feedback_forwarded_to from handovers`)),
  ].map((r) => r.v);

describe('signaalroute keys rotate', () => {
  it('re-encrypts everything with a new key, keeps it readable, and removes the old key', async () => {
    const lines: string[] = [];
    const code = await keysRotate(database, keyFile, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, new Date('2027-01-01T00:00:00Z'));
    expect(code).toBe(0);
    const ring = readKeyring(keyFile);
    expect(ring.current).not.toBe(oldKey);
    expect([...ring.keys.keys()]).toEqual([ring.current]);
    const values = await sealedValues();
    expect(values).toHaveLength(7);
    for (const v of values) expect(keyIdOf(v)).toBe(ring.current);
    const [row] = await database.db.select().from(signals).where(eq(signals.id, signalId));
    expect(unseal<{ name: string }>(ring, sealContext.reporter(signalId), row!.reporterSealed).name).toBe('Mila Melder');
    const [event] = await database.db.select().from(signalEvents).where(eq(signalEvents.kind, 'notitie'));
    expect(unseal<string>(ring, sealContext.eventText(signalId), event!.textSealed!)).toBe('Gebeld met de wijkagent.');
    // The TOTP secrets (the plain-text one from before sealed on the way) and "forwarded to".
    const [user] = await database.db.select().from(users).where(eq(users.id, userId));
    expect(openTotpSecret(ring, userId, 'secret', user!.totpSecret!)).toBe(TOTP_SECRET);
    expect(openTotpSecret(ring, userId, 'pending', user!.totpPendingSecret!)).toBe(LEGACY_PENDING);
    const [handover] = await database.db.select().from(handovers).where(eq(handovers.id, handoverId));
    expect(unseal<string>(ring, sealContext.feedbackForwardedTo(handoverId), handover!.feedbackForwardedToSealed!)).toBe('AVIM (politie)');
    expect(lines.join('\n')).toContain('7 versleutelde waarden opnieuw versleuteld; 1 oude sleutel(s) verwijderd');
    const audit = (await allAuditRecords(database.db)).filter((r) => r.action === 'encryption.reencrypt');
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'cli',
        municipality: null,
        result: 'success',
        details: {
          key: ring.current,
          changed: 7,
          columns: {
            'signals.reporter_sealed': 1,
            'signals.submission_sealed': 1,
            'signal_events.text_sealed': 1,
            'handovers.content_sealed': 1,
            'handovers.feedback_forwarded_to': 1,
            'users.totp_secret': 1,
            'users.totp_pending_secret': 1,
          },
        },
      }),
    ]);
  });

  it('keeps the key of a shielded audit record, which the append-only trail cannot re-encrypt', async () => {
    const before = readKeyring(keyFile);
    await inTenant(database.db, 'GM0546', (tx) =>
      writeAudit(tx, before, { municipality: 'GM0546', actorUserId: userId, actor: 'melder', action: 'signal.submit', objectType: 'signal', objectId: signalId, result: 'success', origin: '10.9.9.9' }, new Date()),
    );
    const quiet = { log: () => {}, error: () => {} };
    expect(await keysRotate(database, keyFile, quiet, new Date('2027-06-01T00:00:00Z'))).toBe(0);
    const after = readKeyring(keyFile);
    expect(after.current).not.toBe(before.current);
    expect([...after.keys.keys()].sort()).toEqual([before.current, after.current].sort());
    const [row] = await queryRows<{ ref: string; sealed: string }>(database.db, sql`select sealed_ref as ref, sealed from audit_events where sealed is not null`);
    expect(JSON.parse(decryptField(after, sealedAuditContext(row!.ref), row!.sealed))).toMatchObject({ actorUserId: userId, origin: '10.9.9.9' });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });

  it('leaves the history append-only outside a rotation', async () => {
    await expect(database.db.execute(sql`update signal_events set text_sealed = text_sealed`)).rejects.toSatisfy((e: unknown) =>
      /append-only/.test(`${(e as Error).message} ${(e as Error & { cause?: Error }).cause?.message ?? ''}`),
    );
  });

  it('says where it looked when there is no key file', async () => {
    const lines: string[] = [];
    expect(await keysRotate(database, '/nonexistent/keys.json', { log: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(1);
    expect(lines[0]).toContain('/nonexistent/keys.json');
  });
});
