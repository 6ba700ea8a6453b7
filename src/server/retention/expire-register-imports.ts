import { inArray, sql } from 'drizzle-orm';
import { registerImportDueAt, type RetentionTerms } from '../../domain/retention';
import type { TxContext } from '../context/context';
import { registerImports } from '../db/schema';
import { queryRows, type Tx } from '../db/tenant';
import { deletePersonRows } from '../registers/import/import-persons';
import { rebuildSurnameKeys } from '../registers/import/surname-keys';
import type { StoredTerms } from './retention-terms';

/** What retention needs to know of an import of the municipality's own register; nothing of its rows. */
export interface RegisterImportFacts {
  id: string;
  municipality: string;
  /** The source as the beheerder named it ("Handhaving"). */
  source: string;
  rows: number;
  completedAt: Date;
}

/**
 * The complete imports of the municipalities' own registers (persons; the BAG and KVK are
 * instance-wide public data, without a municipality, and have no term). A complete import is the
 * newest of its source: a newer one replaces it. Row-level security narrows this to the context's
 * municipality; the retention job, as the schema owner, sees them all.
 */
export async function ownRegisterImports(tx: Tx): Promise<RegisterImportFacts[]> {
  const rows = await queryRows<{ id: string; municipality: string; source: string; rows: number; finished_at: string }>(
    tx,
    sql`select id, municipality, source, rows, finished_at from register_imports
        where municipality is not null and register = 'persons' and status = 'complete' and finished_at is not null`,
  );
  return rows.map((r) => ({ id: r.id, municipality: r.municipality, source: r.source, rows: r.rows, completedAt: new Date(r.finished_at) }));
}

export interface RegisterImportDue extends RegisterImportFacts {
  dueAt: Date;
}

/** The import with the moment its term passes under these terms. */
export const importDue = (i: RegisterImportFacts, terms: RetentionTerms): RegisterImportDue => ({ ...i, dueAt: registerImportDueAt(i.completedAt, terms) });

/**
 * Deletes the rows of the imports whose term has passed, marks them `expired`, and rebuilds the
 * surname search keys of each municipality concerned from what is left, so that no key of a
 * deleted person remains (docs/decisions/0024-register-retention.md). Runs in the retention job's
 * transaction, as the schema owner.
 */
export async function expireRegisterImports(ctx: TxContext, termsOf: (municipality: string) => StoredTerms): Promise<RegisterImportDue[]> {
  const due = (await ownRegisterImports(ctx.tx)).map((i) => importDue(i, termsOf(i.municipality).terms)).filter((i) => i.dueAt.getTime() <= ctx.now.getTime());
  if (due.length === 0) return [];
  const ids = due.map((i) => i.id);
  await deletePersonRows(ctx, ids);
  await ctx.tx.update(registerImports).set({ status: 'expired' }).where(inArray(registerImports.id, ids));
  for (const municipality of new Set(due.map((i) => i.municipality))) await rebuildSurnameKeys({ ...ctx, municipality });
  return due;
}
