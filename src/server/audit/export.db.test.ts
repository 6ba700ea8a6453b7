import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../db/tenant';
import { createTestUser, loginAs, sessionFor, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { writeTestAudit } from '../test-support/test-services';

/**
 * The audit export opens in a spreadsheet, where a cell that starts with = + - @ (or a tab or
 * carriage return) is a formula: a user named `=HYPERLINK(...)` must not become a link or a
 * command on the auditor's machine (CSV injection).
 */

const A = 'GM0546';
const NAMES = ['=HYPERLINK("https://aanvaller.example","klik")', '+31 6 12345678', '-2+3', '@SUM(A1:A9)'];
/** A name is trimmed when a user is made, so tab and carriage return come in through an object id. */
const OBJECT_IDS = ['\tTab voorop', '\rRegelterug voorop', '=1+1'];
let t: TestApp;
let auditor: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  auditor = await loginAs(db, { municipality: A, roles: ['auditor'] });
  // Made directly (the API refuses control characters in a name); each is refused the user list, which is audited under their name.
  for (const name of NAMES) {
    const login = await sessionFor(db, await createTestUser(db, { municipality: A, roles: ['medewerker'], name }));
    expect((await t.app.inject({ url: '/api/v1/users', headers: login.headers })).statusCode).toBe(403);
  }
  for (const objectId of OBJECT_IDS) {
    await inTenant(db, A, (tx) => writeTestAudit(tx, { municipality: A, actorUserId: null, actor: 'test', action: 'test.csv', objectType: 'test', objectId, result: 'success', origin: null }));
  }
});

afterAll(() => t?.close());

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1)!.push(cell), (cell = '');
    else if (c === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]);
    else cell += c;
  }
  if (cell !== '' || rows.at(-1)!.length > 0) rows.at(-1)!.push(cell);
  return rows.filter((r) => r.length > 1);
}

describe('the audit export', () => {
  it('escapes every cell that a spreadsheet would run as a formula with a leading quote', async () => {
    const res = await t.app.inject({ url: '/api/v1/audit/export', headers: auditor.headers });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.replace(/^\uFEFF/, ''));
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]!);
    for (const name of NAMES) expect(column('naam'), name).toContain(`'${name}`);
    for (const objectId of OBJECT_IDS) expect(column('object-id'), objectId).toContain(`'${objectId}`);
    const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas).toEqual([]);
  });
});
