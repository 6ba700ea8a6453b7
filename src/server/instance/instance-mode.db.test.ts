import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { municipalities, users } from '../db/schema';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { InstanceModeError, claimInstanceMode } from './instance-mode';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(() => database?.close());

describe('instance mode', () => {
  it('lets the demo start on an empty database, and again on its own demo database', async () => {
    await claimInstanceMode(database.db, 'demo');
    await expect(claimInstanceMode(database.db, 'demo')).resolves.toBeUndefined();
  });

  it('refuses the demo on a database with real users', async () => {
    await database.db.insert(municipalities).values({ code: 'GM0546', name: 'Leiden', region: 'eenheid-den-haag', subregion: null });
    await database.db.insert(users).values({ municipality: 'GM0546', email: 'a@leiden.example', name: 'A', roles: ['beheerder'] });
    await expect(claimInstanceMode(database.db, 'demo')).rejects.toThrow(/bevat al gebruikers/);
  });

  it('refuses the demo on a real installation, and a real installation on a demo database', async () => {
    await claimInstanceMode(database.db, 'production');
    await expect(claimInstanceMode(database.db, 'demo')).rejects.toThrow(InstanceModeError);
    const demo = await openTestDatabase();
    try {
      await claimInstanceMode(demo.db, 'demo');
      await expect(claimInstanceMode(demo.db, 'production')).rejects.toThrow(/demodatabase/);
    } finally {
      await demo.close();
    }
  });
});
