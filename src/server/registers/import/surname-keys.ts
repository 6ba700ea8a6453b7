import { eq, sql } from 'drizzle-orm';
import { normaliseName, surnameSearchKeys } from '../../../domain/matching';
import { inMunicipality, systemContext, type TxContext } from '../../context/context';
import { inTransaction } from '../../context/run';
import type { Services } from '../../context/services';
import { registerSurnameKeys } from '../../db/schema';
import { queryRows } from '../../db/tenant';
import { insertRowsInBatches } from './insert-rows';

/**
 * Rebuilds the search keys of the municipality's surnames (register_surname_keys) from its
 * complete imports of persons: each distinct surname read as a register's name is read
 * (find-in-registers.ts, personRecord), its keys from the domain. Row-level security keeps both
 * tables to the municipality of the context; the queries name it as well, because the retention
 * job rebuilds a municipality's keys as the schema owner, to whom row-level security does not apply.
 */
export async function rebuildSurnameKeys(ctx: TxContext): Promise<void> {
  const municipality = ctx.municipality;
  if (!municipality) throw new Error('surname keys belong to a municipality');
  await ctx.tx.delete(registerSurnameKeys).where(eq(registerSurnameKeys.municipality, municipality));
  const surnames = await queryRows<{ prefix: string; surname: string; persons: number }>(
    ctx.tx,
    sql`select coalesce(p.prefix, '') as prefix, p.surname_norm as surname, count(*)::int as persons
        from register_persons p join register_imports i on i.id = p.import_id and i.status = 'complete' and i.municipality = ${municipality}
        group by 1, 2`,
  );
  // A surname with and without a tussenvoegsel is one surname to count: "de Vries" and "Vries".
  const persons = new Map<string, number>();
  for (const s of surnames) persons.set(s.surname, (persons.get(s.surname) ?? 0) + s.persons);
  // key → surname → fewest edits (a surname with and without tussenvoegsel has both forms).
  const keys = new Map<string, Map<string, number>>();
  for (const s of surnames) {
    const parts = normaliseName(`${s.prefix ? `${s.surname} ${s.prefix}` : s.surname},`).surnameParts;
    for (const { key, edits } of surnameSearchKeys(parts)) {
      let found = keys.get(key);
      if (!found) keys.set(key, (found = new Map()));
      found.set(s.surname, Math.min(edits, found.get(s.surname) ?? edits));
    }
  }
  // In key order, the primary key's.
  const rows = [...keys.keys()].sort().flatMap((key) => [...keys.get(key)!].map(([surname, edits]) => [municipality, key, surname, edits, persons.get(surname)!]));
  await insertRowsInBatches(ctx.tx, 'register_surname_keys', [['municipality', 'text'], ['key', 'text'], ['surname_norm', 'text'], ['edits', 'int'], ['persons', 'int']], rows);
}

/**
 * Builds the search keys of every municipality that has complete imports of persons but no keys:
 * a database from before the keys existed (migration 0018). Run at every start; a look at the
 * imports and one index probe per municipality when there is nothing to do.
 */
export async function rebuildMissingSurnameKeys(services: Services): Promise<string[]> {
  const system = systemContext(services);
  const missing = await inTransaction(system, (ctx) =>
    queryRows<{ municipality: string }>(
      ctx.tx,
      sql`select distinct i.municipality from register_imports i
          where i.register = 'persons' and i.status = 'complete'
            and not exists (select 1 from register_surname_keys k where k.municipality = i.municipality)`,
    ),
  );
  for (const { municipality } of missing) await inTransaction(inMunicipality(system, municipality), rebuildSurnameKeys);
  return missing.map((m) => m.municipality);
}
