import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../auth/totp';
import { openTotpSecret, sealTotpSecret } from '../auth/totp-secret';
import { loadContent } from '../content/load-content';
import { syncContent } from '../content/sync-content';
import { openDatabase, type Database } from '../db/client';
import { handovers, users } from '../db/schema';
import { queryRows } from '../db/tenant';
import { insertHandoverRow } from '../signals/test-fixtures';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { startServer } from '../start';
import { allAuditRecords, createTestUser, type TestUser } from '../test-support/login-as';
import { insertTestSignal } from '../test-support/signal-fixtures';
import { CONTENT_DIR } from '../test-support/test-app';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { isSealed } from './field-cipher';
import { openKeyring, type Keyring } from './keyring';
import { sealPlaintextColumns } from './reencrypt-all';

/**
 * TOTP secrets and the partner's "forwarded to" were stored in plain text by earlier versions.
 * Such a database must keep working: the server seals what is left at every start, before the
 * first request, and reads these columns as encrypted only.
 */

const LEIDEN = 'GM0546';
const PASSWORD = 'een lange zin als wachtwoord voor de test';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const PENDING = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';
const FORWARDED_TO = 'AVIM (politie) Den Haag';

let database: TestDatabase;
let keyFile: string;
let ring: Keyring;

/** A user, a signal and a handover with feedback, the three columns holding plain text as before. */
async function legacyRows(db: Database['db']) {
  const af = await createTestUser(db, { municipality: LEIDEN, roles: ['aandachtsfunctionaris'], password: PASSWORD });
  await db.update(users).set({ totpSecret: SECRET, totpPendingSecret: PENDING, totpEnabledAt: new Date() }).where(eq(users.id, af.userId));
  const signal = await insertTestSignal(db, ring, { municipality: LEIDEN, reporterUserId: af.userId, state: 'doorgezet' });
  const handoverId = await insertHandoverRow(db, ring, { signalId: signal.id, municipality: LEIDEN, sentByUserId: af.userId, dueAt: new Date('2026-12-01T00:00:00Z') });
  await db
    .update(handovers)
    .set({ feedbackAt: new Date(), feedbackOutcome: 'forwarded', feedbackTokenUsedAt: new Date(), feedbackForwardedToSealed: FORWARDED_TO })
    .where(eq(handovers.id, handoverId));
  return { af, signalId: signal.id, handoverId };
}

const rawUser = async (db: Database['db'], userId: string) =>
  (await queryRows<{ secret: string | null; pending: string | null }>(db, sql`select totp_secret as secret, totp_pending_secret as pending from users where id = ${userId}`))[0]!;
const rawForwardedTo = async (db: Database['db'], handoverId: string) =>
  (await queryRows<{ v: string }>(db, sql`select feedback_forwarded_to as v from handovers where id = ${handoverId}`))[0]!.v;

beforeAll(async () => {
  keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-seal-')), 'encryption-keys.json');
  ring = openKeyring(keyFile, new Date()).ring;
  database = await openTestDatabase({ onDisk: true });
  await syncContent(database.db, (await loadContent(CONTENT_DIR)).content);
});
afterAll(() => database?.close());

describe('sealing plain text left from earlier versions', () => {
  let legacy: { af: TestUser; signalId: string; handoverId: string };

  it('seals the TOTP secrets and "forwarded to", each bound to its row and column, once', async () => {
    legacy = await legacyRows(database.db);
    // Already sealed values are left as they are.
    const other = await createTestUser(database.db, { municipality: LEIDEN, roles: ['beheerder'] });
    const sealedBefore = sealTotpSecret(ring, other.userId, 'secret', SECRET);
    await database.db.update(users).set({ totpSecret: sealedBefore }).where(eq(users.id, other.userId));

    expect(await sealPlaintextColumns(database.db, ring)).toBe(3);
    const user = await rawUser(database.db, legacy.af.userId);
    expect(isSealed(user.secret!) && isSealed(user.pending!)).toBe(true);
    expect(`${user.secret} ${user.pending}`).not.toContain(SECRET);
    expect(openTotpSecret(ring, legacy.af.userId, 'secret', user.secret!)).toBe(SECRET);
    expect(openTotpSecret(ring, legacy.af.userId, 'pending', user.pending!)).toBe(PENDING);
    const forwarded = await rawForwardedTo(database.db, legacy.handoverId);
    expect(forwarded).not.toContain('AVIM');
    expect(unseal<string>(ring, sealContext.feedbackForwardedTo(legacy.handoverId), forwarded)).toBe(FORWARDED_TO);
    expect((await rawUser(database.db, other.userId)).secret).toBe(sealedBefore);

    expect(await sealPlaintextColumns(database.db, ring)).toBe(0);
    const audit = (await allAuditRecords(database.db)).filter((r) => r.action === 'encryption.seal-plaintext');
    expect(audit).toEqual([
      expect.objectContaining({
        municipality: null,
        actor: 'systeem',
        result: 'success',
        details: { key: ring.current, sealed: 3, columns: { 'handovers.feedback_forwarded_to': 1, 'users.totp_secret': 1, 'users.totp_pending_secret': 1 } },
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('AVIM');
  });

  it('tells text that merely starts like a ciphertext from a sealed value', async () => {
    const { handoverId } = await legacyRows(database.db);
    await database.db.update(handovers).set({ feedbackForwardedToSealed: 'v1.2 team zeden' }).where(eq(handovers.id, handoverId));
    expect(await sealPlaintextColumns(database.db, ring)).toBe(3);
    expect(unseal<string>(ring, sealContext.feedbackForwardedTo(handoverId), await rawForwardedTo(database.db, handoverId))).toBe('v1.2 team zeden');
  });
});

describe('starting the server on a database with plain-text values', () => {
  it('seals them before the first request: the second factor and the case view keep working', async () => {
    const { af, signalId, handoverId } = await legacyRows(database.db);
    if (database.kind === 'pglite') await database.close(); // one process at a time opens the embedded database
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: database.env.DATA_DIR ?? null,
      databaseUrl: database.env.DATABASE_URL,
      contentDir: CONTENT_DIR,
      webDir: null,
      encryptionKeyFile: keyFile,
      reminderIntervalSeconds: 0,
    });
    try {
      const json = { 'content-type': 'application/json' };
      const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: af.email, password: PASSWORD }) });
      expect(login.status).toBe(200);
      const halfway = { cookie: login.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
      const second = await fetch(`${server.url}/api/v1/auth/second-factor`, {
        method: 'POST',
        headers: { ...json, ...halfway },
        body: JSON.stringify({ code: totpCode(SECRET, new Date()) }),
      });
      expect(second.status, await second.clone().text()).toBe(200);
      const cookie = second.headers.getSetCookie()[0]!.split(';')[0]!;
      const view = await fetch(`${server.url}/api/v1/signals/${signalId}`, { headers: { cookie } });
      expect(view.status).toBe(200);
      const body = (await view.json()) as { handovers: { id: string; feedback: { forwardedTo: string | null } }[] };
      expect(body.handovers.find((h) => h.id === handoverId)!.feedback.forwardedTo).toBe(FORWARDED_TO);
    } finally {
      await server.close();
    }
    if (database.kind === 'pglite') database = { ...(await openDatabase({ dataDir: database.env.DATA_DIR! })), env: database.env };
    const user = await rawUser(database.db, af.userId);
    expect(isSealed(user.secret!) && isSealed(user.pending!)).toBe(true);
    expect(isSealed(await rawForwardedTo(database.db, handoverId))).toBe(true);
    // A whole server, its embedded database in a worker thread that loads its TypeScript first: on a
    // busy 2-core machine that took over 30 s once.
  }, 120_000);
});
