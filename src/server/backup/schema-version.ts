import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_DIR } from '../db/client';
import { queryRows, type Tx } from '../db/tenant';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

const journalPath = (dir: string) => path.join(dir, 'meta', '_journal.json');

let known: JournalEntry[] | undefined;

/** The migrations this version of Signaalroute knows, oldest first (read once: the readiness check asks every few seconds). */
export function knownMigrations(): JournalEntry[] {
  known ??= (JSON.parse(fs.readFileSync(journalPath(MIGRATIONS_DIR), 'utf8')) as { entries: JournalEntry[] }).entries;
  return known;
}

/** The last migration applied to the database (drizzle records each by its journal time). */
export async function schemaVersionOf(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ when: string }>(tx, sql`select max(created_at)::text as when from drizzle.__drizzle_migrations`);
  const entry = knownMigrations().find((e) => String(e.when) === row?.when);
  if (!entry) throw new Error('De database heeft een schema dat deze versie van Signaalroute niet kent.');
  return entry.tag;
}

/**
 * A folder holding the migrations up to and including `tag`: a restore first brings a new database
 * to the schema of its backup, loads the rows, and then migrates on as an upgrade would.
 */
export function migrationsUpTo(tag: string): string {
  const entries = knownMigrations();
  const last = entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`unknown migration ${tag}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(journalPath(MIGRATIONS_DIR), 'utf8')) as { entries: JournalEntry[] };
  fs.writeFileSync(journalPath(dir), JSON.stringify({ ...journal, entries: entries.slice(0, last + 1) }));
  for (const entry of entries.slice(0, last + 1)) fs.copyFileSync(path.join(MIGRATIONS_DIR, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  return dir;
}
