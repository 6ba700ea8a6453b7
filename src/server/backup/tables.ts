import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/tenant';

/**
 * Tables a backup leaves out: logins in progress and their throttle (whoever restores logs in
 * again); persons of an import still running (a queued upload runs again from the start, and an
 * import from the command line is run again). The job queue (pg-boss's own schema) is not ours
 * either: a restored installation plans its work anew.
 */
export const NOT_BACKED_UP = new Set(['sessions', 'login_throttle', 'register_persons_staging']);

/**
 * The application's tables, each after the tables its foreign keys point to, so that a restore
 * can load them in this order (and empty them in the reverse one).
 */
export async function tablesInOrder(tx: Tx): Promise<string[]> {
  const tables = (await queryRows<{ name: string }>(tx, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`))
    .map((r) => r.name)
    .filter((name) => !NOT_BACKED_UP.has(name));
  const edges = await queryRows<{ child: string; parent: string }>(
    tx,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges) parents.get(unquote(child))?.add(unquote(parent));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) if (parents.has(parent)) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** The application's sequences with their current values (null: never used). */
export async function sequenceValues(tx: Tx): Promise<Record<string, string | null>> {
  const rows = await queryRows<{ name: string; value: string | null }>(tx, sql`select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'`);
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}
