import { desc, eq } from 'drizzle-orm';
import type { RegisterImport } from '../../../domain/registers/views';
import { defineCommand } from '../../context/run';
import { sealContext, unseal } from '../../crypto/sealed-fields';
import { registerImports } from '../../db/schema';
import type { ImportProblems } from '../import/run-import';

/** The municipality's imports of its own registers, newest first, with progress and problems. */
export const listImports = defineCommand('register.list', async (ctx, _input: void): Promise<RegisterImport[]> => {
  const rows = await ctx.tx
    .select()
    .from(registerImports)
    .where(eq(registerImports.municipality, ctx.municipality!))
    .orderBy(desc(registerImports.startedAt))
    .limit(50);
  await ctx.audit({ action: 'register.list', objectType: 'register-import', details: { count: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    register: r.register,
    source: r.source,
    status: r.status,
    rows: r.rows,
    badRows: r.badRows,
    bytesTotal: r.bytesTotal,
    // A complete import has read its whole file, whether or not its last progress was written yet.
    bytesRead: r.status === 'complete' && r.bytesTotal !== null ? r.bytesTotal : r.bytesRead,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    problems: r.problemsSealed ? unseal<ImportProblems>(ctx.services.keyring, sealContext.importProblems(r.id), r.problemsSealed) : null,
  }));
});
