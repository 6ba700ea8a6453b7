import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../logger';
import { loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

/**
 * A failed query must not carry the request's data into the error log: drizzle puts the query's
 * parameters in its error (and its message), PostgreSQL quotes values in its message and detail.
 * Two real database errors are provoked, with the server's own logger options, and the log is
 * searched for what the user sent.
 */

const A = 'GM0546';
let t: TestApp;
let beheerder: TestLogin;
const lines: string[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  t = await createTestApp({ logger: pino(loggerOptions('trace'), stream) });
  beheerder = await loginAs(t.database.db, { municipality: A, roles: ['beheerder'] });
});

afterAll(() => t?.close());

function errorLines(): { line: string; err: Record<string, unknown> }[] {
  return lines.filter((l) => l.includes('unhandled error')).map((line) => ({ line, err: (JSON.parse(line) as { err: Record<string, unknown> }).err }));
}

describe('the error log', () => {
  it('holds a failed insert’s SQLSTATE and stack, not the new user’s name and e-mail address (parameters, message, detail)', async () => {
    // A trigger that refuses every new user, quoting the name in its message and the address in its detail.
    await t.database.raw(`
      create function refuse_new_user() returns trigger language plpgsql as $$
      begin raise exception 'geweigerd: %', new.name using detail = new.email; end $$;
      create trigger refuse_new_user before insert on users for each row execute function refuse_new_user();`);
    const person = { name: 'Wilma Lekvrij', email: 'wilma.lekvrij@leiden.nl' };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: beheerder.headers, payload: { ...person, roles: ['medewerker'] } });
    await t.database.raw('drop trigger refuse_new_user on users; drop function refuse_new_user();');

    expect(res.statusCode).toBe(500);
    const [logged] = errorLines();
    expect(logged, 'the failure is logged').toBeDefined();
    expect(JSON.stringify(logged!.err)).toContain('P0001'); // raise_exception: enough to find the cause
    expect(logged!.err.stack).toMatch(/\n {4}at /);
    const log = lines.join('\n').toLowerCase();
    for (const value of [person.name, person.email, 'wilma', 'insert into']) expect(log).not.toContain(value.toLowerCase());
  });

  it('holds no login name of a failed look-up', async () => {
    await t.database.raw('alter table users rename column password_hash to password_hash_weg');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'geheim.adres@leiden.nl', password: 'een wachtwoord' } });
    await t.database.raw('alter table users rename column password_hash_weg to password_hash');

    expect(res.statusCode).toBe(500);
    expect(errorLines().length).toBe(2);
    expect(JSON.stringify(errorLines()[1]!.err)).toContain('42703'); // undefined_column
    expect(lines.join('\n')).not.toContain('geheim.adres');
  });
});
