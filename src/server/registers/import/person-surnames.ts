import { sql } from 'drizzle-orm';
import type { TxContext } from '../../context/context';
import { registerSurnames } from '../../db/schema';

/**
 * Rebuilds the municipality's distinct surnames (register_surnames) from its complete imports of
 * persons; row-level security keeps both tables to the municipality. `joined` is the domain's
 * `lettersOnly` (src/domain/matching/fold.ts) of tussenvoegsel and surname, written in SQL: the
 * surname is already folded, the tussenvoegsel is plain Dutch.
 */
export async function rebuildPersonSurnames(ctx: TxContext): Promise<void> {
  await ctx.tx.delete(registerSurnames);
  await ctx.tx.execute(sql`
    insert into register_surnames (municipality, surname_norm, surname_key, joined, persons)
    select p.municipality, p.surname_norm, p.surname_key, regexp_replace(replace(lower(coalesce(p.prefix, '') || p.surname_norm), 'ij', 'y'), '[^a-z]', '', 'g'), count(*)
    from register_persons p join register_imports i on i.id = p.import_id and i.status = 'complete'
    group by 1, 2, 3, 4`);
}
