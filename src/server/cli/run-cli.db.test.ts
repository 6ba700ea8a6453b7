import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestAudit } from '../test-support/test-services';
import { openDatabase } from '../db/client';
import { asSystem } from '../db/tenant';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { runCli } from './run-cli';

let database: TestDatabase;

function collector() {
  const lines: string[] = [];
  return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(`ERROR ${l}`) } };
}

/** The CLI opens the database itself, as an operator would; PGlite allows one opener at a time. */
async function cli(...argv: string[]) {
  const { lines, out } = collector();
  const code = await runCli(argv, { ...database.env }, out);
  return { code, output: lines.join('\n') };
}

beforeAll(async () => {
  database = await openTestDatabase({ onDisk: true });
  for (const action of ['login', 'logout']) {
    await asSystem(database.db, (tx) => writeTestAudit(tx, { municipality: null, actorUserId: null, actor: 'test', action, result: 'success', origin: null }));
  }
  if (database.kind === 'pglite') await database.close();
});

afterAll(async () => {
  if (database.kind === 'postgres') await database.close();
});

describe('signaalroute CLI', () => {
  it('reports an intact audit chain with exit code 0', async () => {
    const { code, output } = await cli('audit', 'verify');
    expect(code).toBe(0);
    expect(output).toContain('Audittrail in orde: 2 records');
  });

  it('reports the first broken link and exits non-zero after tampering', async () => {
    const direct = database.kind === 'pglite' ? await openDatabase({ dataDir: database.env.DATA_DIR! }) : database;
    await direct.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await direct.db.execute(sql`update audit_events set action = 'niets' where seq = 2`);
    await direct.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    if (direct !== database) await direct.close();
    const { code, output } = await cli('audit', 'verify');
    expect(code).toBe(1);
    expect(output).toMatch(/VERBROKEN bij record \d+ \(keten zonder gemeente, volgnummer 2\)/);
  });

  it('checks the content files', async () => {
    const { code, output } = await cli('content', 'check');
    expect(code).toBe(0);
    expect(output).toContain('Inhoud in orde');
  });

  it('creates a user and prints a one-time activation link, never a password', async () => {
    const { code, output } = await cli('user', 'create', '--municipality', 'GM0546', '--name', 'Anna de Vries', '--email', 'Anna@Leiden.example', '--roles', 'beheerder,medewerker');
    expect(code).toBe(0);
    expect(output).toMatch(/\/activeren#token=[A-Za-z0-9_-]{20,}/);
    const again = await cli('user', 'create', '--municipality', 'GM0546', '--name', 'Anna', '--email', 'anna@leiden.example', '--roles', 'medewerker');
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/e-mailadres/i);
  });

  it('refuses unknown roles and missing options with an example', async () => {
    const roles = await cli('user', 'create', '--municipality', 'GM0546', '--name', 'X', '--email', 'x@leiden.example', '--roles', 'koning');
    expect(roles).toMatchObject({ code: 2 });
    expect(roles.output).toContain('Onbekende rol(len): koning');
    const missing = await cli('user', 'create', '--email', 'x@leiden.example');
    expect(missing.output).toContain('Ontbrekend: --municipality, --name, --roles');
  });

  it('resets the second factor of a user by e-mail address', async () => {
    expect(await cli('user', 'reset-second-factor', '--email', 'anna@leiden.example')).toMatchObject({ code: 0 });
    const unknown = await cli('user', 'reset-second-factor', '--email', 'niemand@leiden.example');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('Er is geen gebruiker met dit e-mailadres');
  });

  it('configures single sign-on for a municipality and names the redirect URI', async () => {
    const set = await cli('sso', 'set', '--municipality', 'GM0546', '--issuer', 'https://login.example/leiden', '--client-id', 'signaalroute', '--client-secret', 's3cret', '--label', 'Inloggen met uw Leiden-account');
    expect(set.code).toBe(0);
    expect(set.output).toContain('/api/v1/auth/sso/callback');
    expect((await cli('sso', 'set', '--municipality', 'GM0546', '--issuer', 'http://insecure.example', '--client-id', 'a', '--client-secret', 'b', '--label', 'c')).code).toBe(2);
    expect((await cli('sso', 'disable', '--municipality', 'GM0546')).code).toBe(0);
    expect((await cli('sso', 'disable', '--municipality', 'GM0518')).output).toContain('geen single sign-on');
  });

  it('explains its use for an unknown command', async () => {
    const { code, output } = await cli('verzin', 'iets');
    expect(code).toBe(2);
    expect(output).toContain('Gebruik: signaalroute');
  });
});
