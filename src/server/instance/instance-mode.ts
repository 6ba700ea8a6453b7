import { count, eq } from 'drizzle-orm';
import type { InstanceMode } from '../../domain/instance/views';
import type { Db } from '../db/client';
import { instance, users } from '../db/schema';
import { asSystem } from '../db/tenant';

export type { InstanceMode } from '../../domain/instance/views';

export class InstanceModeError extends Error {
  override name = 'InstanceModeError';
}

/**
 * Marks the database as a real installation or a throw-away demo, the first time it is used, and
 * refuses to mix them: the demo, which prints passwords, never starts on a database with real
 * data, and a real installation never runs on a demo database.
 */
export async function claimInstanceMode(db: Db, wanted: InstanceMode): Promise<void> {
  // The whole installation, not one tenant: this is about the database itself.
  await asSystem(db, async (tx) => {
    const [row] = await tx.select({ mode: instance.mode }).from(instance).where(eq(instance.id, 1));
    if (row) {
      if (row.mode === wanted) return;
      throw new InstanceModeError(
        wanted === 'demo'
          ? 'Deze database bevat echte gegevens. De demo start alleen op een lege database (laat DATABASE_URL en DATA_DIR weg voor een wegwerpdatabase).'
          : 'Deze database is een demodatabase met openbare wachtwoorden. Gebruik voor echt gebruik een nieuwe, lege database.',
      );
    }
    const [{ users: existing }] = (await tx.select({ users: count() }).from(users)) as [{ users: number }];
    if (wanted === 'demo' && existing > 0) {
      throw new InstanceModeError('Deze database bevat al gebruikers. De demo start alleen op een lege database.');
    }
    await tx.insert(instance).values({ id: 1, mode: wanted }).onConflictDoNothing();
  });
}
