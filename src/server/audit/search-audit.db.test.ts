import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { municipalities, users } from '../db/schema';
import { inTenant } from '../db/tenant';
import { openTestDatabase } from '../test-support/test-database';
import { writeTestAudit } from '../test-support/test-services';
import { searchAudit } from './search-audit';

let database: Database;
let anna: string;
const LEIDEN = 'GM0546';

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(municipalities).values([
    { code: LEIDEN, name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' },
    { code: 'GM0518', name: "'s-Gravenhage", region: 'eenheid-den-haag', subregion: 'haaglanden' },
  ]);
  [{ id: anna }] = (await database.db
    .insert(users)
    .values({ municipality: LEIDEN, email: 'anna@leiden.example', name: 'Anna de Vries', roles: ['beheerder'] })
    .returning({ id: users.id })) as [{ id: string }];
  const entries = [
    { action: 'login', actorUserId: anna, result: 'success' as const },
    { action: 'user.create', actorUserId: anna, result: 'success' as const, objectType: 'user', objectId: 'u-2' },
    { action: 'user.update', actorUserId: anna, result: 'denied' as const, objectType: 'user', objectId: 'u-3' },
    { action: 'login', actorUserId: null, result: 'failure' as const },
  ];
  for (const e of entries) {
    await inTenant(database.db, LEIDEN, (tx) => writeTestAudit(tx, { municipality: LEIDEN, actor: 'test', origin: '10.0.0.1', ...e }));
  }
  await inTenant(database.db, 'GM0518', (tx) =>
    writeTestAudit(tx, { municipality: 'GM0518', actorUserId: null, actor: 'test', action: 'login', result: 'success', origin: null }),
  );
});

afterAll(() => database?.close());

const search = (filter: Parameters<typeof searchAudit>[1], limit = 100) => inTenant(database.db, LEIDEN, (tx) => searchAudit(tx, filter, limit, new Date()));

describe('audit search', () => {
  it('lists the municipality’s own records only, newest first, with the actor’s name', async () => {
    const rows = await search({});
    expect(rows.map((r) => r.action)).toEqual(['login', 'user.update', 'user.create', 'login']);
    expect(rows[1]).toMatchObject({ actorName: 'Anna de Vries', origin: '10.0.0.1', result: 'denied' });
  });

  it('filters by user, action prefix, object and result', async () => {
    expect((await search({ actorUserId: anna })).length).toBe(3);
    expect((await search({ action: 'user.' })).map((r) => r.action)).toEqual(['user.update', 'user.create']);
    expect((await search({ action: 'user' })).length).toBe(0);
    expect((await search({ objectType: 'user', objectId: 'u-2' })).map((r) => r.action)).toEqual(['user.create']);
    expect((await search({ result: 'failure' })).map((r) => r.actorUserId)).toEqual([null]);
  });

  it('filters by period in Dutch days and pages by id', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect((await search({ from: today, to: today })).length).toBe(4);
    expect((await search({ to: '2020-01-01' })).length).toBe(0);
    const [first, second] = await search({}, 2);
    const rest = await search({ beforeId: second!.id });
    expect(rest.map((r) => r.id)).not.toContain(first!.id);
    expect(rest.length).toBe(2);
  });

  it('treats a percent sign in the action filter literally', async () => {
    expect((await search({ action: '%.' })).length).toBe(0);
  });
});
