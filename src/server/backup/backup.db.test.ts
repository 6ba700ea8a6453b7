import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-chain';
import { run } from '../context/run';
import { openDatabase, type Db } from '../db/client';
import { afContacts, basisniveauItems, instance, jobFailures, municipalitySettings, oidcProviders, recoveryCodes, registerImports, registerUploads, setupTokens, signalDrafts, signalLinks, signals, trainingCompletions, regionPackDrafts, regionPackReleases } from '../db/schema';
import { asSystem, queryRows } from '../db/tenant';
import { seedDemoRegisters } from '../demo/demo-registers';
import { seedDemoSignals } from '../demo/seed-demo-signals';
import { seedDemoUsers } from '../demo/seed-demo-users';
import { applyRetention } from '../retention/commands/apply-retention';
import { createTestApp, testContext, type TestApp } from '../test-support/test-app';
import { loginAs } from '../test-support/login-as';
import { emptyTarget } from '../test-support/test-database';
import { restoreBackup, type RestoreTarget } from './restore-backup';
import { knownMigrations, migrationsUpTo, schemaVersionOf } from './schema-version';
import { NOT_BACKED_UP, tablesInOrder } from './tables';
import { writeBackup } from './write-backup';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-backup-'));
const targets: Array<() => Promise<void>> = [];

/** A new, empty target of the same kind as the test database: a folder, or a database on the server. */
async function newTarget(): Promise<RestoreTarget> {
  const made = await emptyTarget();
  targets.push(made.drop);
  return made.target;
}

/** Runs `work` as if the tests ran on the PostgreSQL server. */
async function withServer<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env.TEST_DB;
  process.env.TEST_DB = 'postgres';
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TEST_DB;
    else process.env.TEST_DB = before;
  }
}

/** Every row of a table, as PostgreSQL writes it, in a stable order. */
const rowsOf = (db: Db, table: string) => queryRows<{ row: string }>(db, sql`select to_jsonb(t)::text as row from ${sql.identifier(table)} t order by 1`).then((r) => r.map((x) => x.row));

beforeAll(async () => {
  t = await createTestApp();
  // Every kind of record: the demo's users, signals through the whole chain (handovers, feedback,
  // meldcode, meetings, links), registers and imports; a retention run; a draft; login leftovers.
  await seedDemoUsers(t.services);
  await seedDemoSignals(t.services);
  const writer = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['medewerker'] });
  const now = new Date();
  // Retention ten years on: closed demo signals go, and leave their lines in the deletion log.
  await run(testContext(t, null, new Date(now.getTime() + 10 * 366 * 24 * 3600 * 1000)), applyRetention, undefined);
  // The registers after that run, which would have expired their imports (ADR 24).
  await seedDemoRegisters(t.services);
  await asSystem(t.database.db, async (tx) => {
    const [signal] = await tx.select({ id: signals.id }).from(signals).limit(1);
    const [upload] = await tx.insert(registerImports).values({ register: 'persons', municipality: 'GM0546', source: 'Vergunningen', status: 'queued', startedAt: now }).returning();
    await tx.insert(instance).values({ mode: 'demo' }).onConflictDoNothing();
    await tx.insert(jobFailures).values({ municipality: 'GM0546', queue: 'reminder-send', subject: 'handover:x:after', data: { handoverId: 'x' }, error: 'ECONNREFUSED', attempts: 6, failedAt: now });
    await tx.insert(municipalitySettings).values({ municipality: 'GM0546', feedbackDays: 21, retentionClosedMonths: 6, retentionSetAt: now }).onConflictDoNothing();
    await tx.insert(afContacts).values({ municipality: 'GM0546', name: 'Fatima el Amrani', phone: '071-5165165', email: 'af@leiden.example', hours: null, setByUserId: writer.userId, setAt: now });
    await tx.insert(oidcProviders).values({ municipality: 'GM0546', issuer: 'https://login.leiden.example', clientId: 'signaalroute', clientSecret: 'sealed-secret', label: 'Gemeente Leiden' });
    await tx.insert(recoveryCodes).values({ userId: writer.userId, codeHash: 'hash-of-a-code' });
    await tx.insert(registerUploads).values({ importId: upload!.id, municipality: 'GM0546', content: new Uint8Array([0, 1, 2, 255, 0x5c, 0x78]) });
    await tx.insert(setupTokens).values({ tokenHash: 'hash-of-a-setup-token', expiresAt: now });
    await tx.insert(signalDrafts).values({ userId: writer.userId, municipality: 'GM0546', payloadSealed: 'sealed', updatedAt: now });
    await tx.insert(signalLinks).values({ municipality: 'GM0546', signalId: signal!.id, subject: 'persons.0', source: 'persons', candidateId: 'HH-1', decision: 'rejected', detailSealed: 'sealed', decidedAt: now });
    await tx.insert(trainingCompletions).values({ userId: writer.userId, municipality: 'GM0546', module: 'arbeidsuitbuiting', track: 'baliemedewerker', completedAt: now });
    await tx.insert(regionPackDrafts).values({ region: 'eenheid-den-haag', pack: { formatVersion: 1 }, basedOn: 1, updatedByUserId: writer.userId, updatedBy: 'Test', updatedAt: now });
    await tx.insert(regionPackReleases).values({ region: 'eenheid-den-haag', releaseHash: 'hash-of-a-release', decision: 'refused', pack: { formatVersion: 1 }, decidedByUserId: writer.userId, decidedBy: 'Test', decidedAt: now });
    await tx.insert(basisniveauItems).values({ municipality: 'GM0546', item: 'signaaloverleg', status: 'ja', evidence: 'Maandelijks overleg', since: '2026-01-15', confirmedByUserId: writer.userId, confirmedAt: now }).onConflictDoNothing();
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
  for (const drop of targets) await drop();
});

describe('backup and restore', () => {
  it('round-trips every table: the restored database holds exactly the same rows, and its audit trail verifies', async () => {
    const tables = await tablesInOrder(t.database.db);
    const empty = [];
    for (const table of tables) if ((await rowsOf(t.database.db, table)).length === 0) empty.push(table);
    // A table without rows here would go untested: give it a record in the set-up above.
    expect(empty).toEqual([]);

    const file = path.join(dir, 'all.backup.gz');
    const progress: string[] = [];
    const summary = await writeBackup(t.database, file, ({ table, done }) => done && progress.push(table));
    expect(progress).toEqual(tables);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');

    const target = await newTarget();
    const restored = await restoreBackup(target, file);
    expect(restored.tables).toEqual(summary.tables);
    const database = await openDatabase(target);
    try {
      for (const table of tables) expect(await rowsOf(database.db, table), table).toEqual(await rowsOf(t.database.db, table));
      for (const table of NOT_BACKED_UP) expect(await rowsOf(database.db, table), table).toEqual([]);
      const verified = await verifyAuditChain(database.db);
      expect(verified.ok).toBe(true);
      // The sequences go on where they were: a new audit record links to the last restored one.
      await run(testContext({ ...t, services: { ...t.services, database } } as TestApp, null), applyRetention, undefined);
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 180_000);

  it.runIf(process.env.TEST_DATABASE_URL)('moves an installation between the embedded database and a PostgreSQL server', async () => {
    const file = path.join(dir, 'move.backup.gz');
    await writeBackup(t.database, file);
    // To the other kind: from PGlite to the server, or from the server to a PGlite folder.
    const made = t.database.kind === 'pglite' ? await withServer(() => emptyTarget()) : { target: { dataDir: fs.mkdtempSync(path.join(dir, 'pglite-')) }, drop: async () => {} };
    targets.push(made.drop);
    await restoreBackup(made.target, file);
    const database = await openDatabase(made.target);
    try {
      expect(database.kind).not.toBe(t.database.kind);
      for (const table of await tablesInOrder(t.database.db)) expect(await rowsOf(database.db, table), table).toEqual(await rowsOf(t.database.db, table));
      expect((await verifyAuditChain(database.db)).ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 180_000);

  it('never holds the encryption key', async () => {
    const file = path.join(dir, 'key.backup.gz');
    await writeBackup(t.database, file);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    expect(text.length).toBeGreaterThan(10_000);
    for (const key of t.keyring.keys.values()) {
      for (const encoding of ['hex', 'base64', 'base64url'] as const) expect(text).not.toContain(key.toString(encoding));
    }
  }, 60_000);

  it('refuses a backup of a newer version, a damaged or cut-off file, and a database that holds data; a failed restore leaves nothing', async () => {
    const file = path.join(dir, 'good.backup.gz');
    await writeBackup(t.database, file);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const variant = (name: string, edit: (l: string[]) => string[]) => {
      const out = path.join(dir, name);
      fs.writeFileSync(out, zlib.gzipSync(edit([...lines]).join('\n')));
      return out;
    };
    const newer = variant('newer.gz', (l) => [l[0]!.replace(/"schema":"[^"]+"/, '"schema":"0999_from_the_future"'), ...l.slice(1)]);
    const cut = variant('cut.gz', (l) => l.slice(0, Math.floor(l.length / 2)));
    const target = await newTarget();
    await expect(restoreBackup(target, newer)).rejects.toThrow(/nieuwere versie van Signaalroute/);
    await expect(restoreBackup(target, cut)).rejects.toThrow(/niet volledig.*Er is niets hersteld/);
    fs.writeFileSync(path.join(dir, 'not-gzip.gz'), 'hallo');
    await expect(restoreBackup(target, path.join(dir, 'not-gzip.gz'))).rejects.toThrow(/geen \(volledige\) back-up/);
    // Nothing was restored, so the same target takes the good backup.
    await restoreBackup(target, file);
    await expect(restoreBackup(target, file)).rejects.toThrow(/alleen in een nieuwe, lege database/);
  }, 180_000);

  it('restores a backup of an older version and brings it up to this one, as an upgrade would', async () => {
    const previous = knownMigrations().at(-2)!.tag;
    const source = await newTarget();
    const old = await openDatabase({ ...source, migrationsDir: migrationsUpTo(previous) });
    const file = path.join(dir, 'older.backup.gz');
    try {
      await old.db.execute(sql`insert into municipalities (code, name, region) values ('GM0546', 'Leiden', 'den-haag')`);
      await old.db.execute(sql`insert into municipality_settings (municipality, feedback_days) values ('GM0546', 21)`);
      expect((await writeBackup(old, file)).schema).toBe(previous);
    } finally {
      await old.close();
    }
    const target = await newTarget();
    expect((await restoreBackup(target, file)).schema).toBe(previous);
    const database = await openDatabase(target);
    try {
      expect(await schemaVersionOf(database.db)).toBe(knownMigrations().at(-1)!.tag);
      expect(await queryRows(database.db, sql`select feedback_days, retention_closed_months from municipality_settings`)).toEqual([{ feedback_days: 21, retention_closed_months: null }]);
    } finally {
      await database.close();
    }
  }, 120_000);
});
