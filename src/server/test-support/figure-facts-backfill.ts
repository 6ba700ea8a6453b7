import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { asSystem } from '../db/tenant';

/**
 * Runs the statement with which migration 0027 filled signal_figures for the signals that existed
 * before it, as it stands in the migration: for signals written straight into the tables (the
 * dashboard benchmark) and to check it against the fold the application applies.
 */
export async function backfillFigureFacts(db: Db, options: { replace: boolean }): Promise<void> {
  const migration = fs.readFileSync(path.join(import.meta.dirname, '../db/migrations/0027_signal_figures.sql'), 'utf8');
  const statement = migration.split('--> statement-breakpoint').at(-1)!;
  await asSystem(db, async (tx) => {
    if (options.replace) await tx.execute(sql`delete from signal_figures`);
    await tx.execute(sql.raw(statement));
  });
}
