import { desc } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { retentionDeletions } from '../../db/schema';

const LOG_LIMIT = 500;

export type DeletionLogEntry = Omit<typeof retentionDeletions.$inferSelect, 'id' | 'municipality' | 'receivedAt' | 'closedAt' | 'dueAt' | 'deletedAt'> & {
  receivedAt: string | null;
  closedAt: string | null;
  dueAt: string | null;
  deletedAt: string;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What retention deleted in the municipality, newest first: metadata only (docs/decisions/0017-retention.md). */
export const readDeletionLog = defineCommand('retention.log', async (ctx, _input: void): Promise<DeletionLogEntry[]> => {
  const rows = await ctx.tx.select().from(retentionDeletions).orderBy(desc(retentionDeletions.deletedAt), desc(retentionDeletions.id)).limit(LOG_LIMIT);
  await ctx.audit({ action: 'retention.log', objectType: 'retention', details: { entries: rows.length } });
  return rows.map(({ id: _id, municipality: _m, ...row }) => ({ ...row, receivedAt: iso(row.receivedAt), closedAt: iso(row.closedAt), dueAt: iso(row.dueAt), deletedAt: row.deletedAt.toISOString() }));
});
