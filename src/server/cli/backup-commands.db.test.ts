import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../db/tenant';
import { openDatabase } from '../db/client';
import { emptyTarget, openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { writeTestAudit } from '../test-support/test-services';
import { runCli } from './run-cli';

let database: TestDatabase;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-cli-backup-')), 'leiden.backup.gz');
const drops: Array<() => Promise<void>> = [];

async function cli(env: Record<string, string>, ...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, env, { log: (l) => lines.push(l), error: (l) => lines.push(`ERROR ${l}`) });
  return { code, output: lines.join('\n') };
}

beforeAll(async () => {
  database = await openTestDatabase({ onDisk: true });
  await asSystem(database.db, (tx) => writeTestAudit(tx, { municipality: 'GM0546', actorUserId: null, actor: 'test', action: 'login', result: 'success', origin: null }));
  if (database.kind === 'pglite') await database.close();
});
afterAll(async () => {
  if (database.kind === 'postgres') await database.close();
  for (const drop of drops) await drop();
});

describe('signaalroute backup / restore', () => {
  it('writes a backup with a line per table, and does not overwrite an earlier one', async () => {
    const { code, output } = await cli(database.env, 'backup', file);
    expect(code, output).toBe(0);
    expect(output).toMatch(/audit_events: 1 regels/);
    expect(output).toContain('De versleutelingssleutel zit er niet in');
    const again = await cli(database.env, 'backup', file);
    expect(again.code).toBe(1);
    expect(again.output).toContain('bestaat al');
  });

  it('restores it into a new database, where the audit trail verifies, and refuses to restore over it again', async () => {
    const target = await emptyTarget();
    drops.push(target.drop);
    const { code, output } = await cli(target.env, 'restore', file);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Hersteld: \d+ regels in \d+ tabellen/);
    const verify = await cli(target.env, 'audit', 'verify');
    expect(verify.output).toContain('Audittrail in orde: 1 records');
    const twice = await cli(target.env, 'restore', file);
    expect(twice.code).toBe(1);
    expect(twice.output).toContain('Niet hersteld: Herstellen kan alleen in een nieuwe, lege database');
    // The restored database opens as the server would open it.
    const opened = await openDatabase(target.target);
    await opened.close();
    // Four opens of a new database (each migrates it), as the backup round trip: time on a busy machine.
  }, 120_000);
});
