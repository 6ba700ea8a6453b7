import { and, desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineCommand } from '../../context/run';
import { retentionDeletions } from '../../db/schema';
import { cursorParam, encodeCursor, exactMoment, exactMomentOf } from '../../http/page-cursor';

/** A page of the deletion log; it grows by one line per deleted signal, for as long as the installation runs. */
export const DELETION_LOG_PAGE_DEFAULT = 100;
export const DELETION_LOG_PAGE_MAX = 500;

/** After this line (newest first: the moment of deletion to the microsecond, then the line's id). */
export const deletionLogCursorParam = cursorParam(exactMoment, z.number().int().positive());
export type DeletionLogCursor = z.infer<typeof deletionLogCursorParam>;

export type DeletionLogEntry = Omit<typeof retentionDeletions.$inferSelect, 'id' | 'municipality' | 'receivedAt' | 'closedAt' | 'dueAt' | 'deletedAt'> & {
  receivedAt: string | null;
  closedAt: string | null;
  dueAt: string | null;
  deletedAt: string;
};

export interface DeletionLogPage {
  items: DeletionLogEntry[];
  /** The cursor of the next (older) page, or null on the last. */
  next: string | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What retention deleted in the municipality, newest first, a page at a time: metadata only (docs/decisions/0017-retention.md). */
export const readDeletionLog = defineCommand('retention.log', async (ctx, query: { cursor?: DeletionLogCursor | undefined; limit: number }): Promise<DeletionLogPage> => {
  const position = query.cursor
    ? sql`(${retentionDeletions.deletedAt}, ${retentionDeletions.id}) < (${query.cursor[0]}::timestamptz, ${query.cursor[1]}::bigint)`
    : undefined;
  const rows = await ctx.tx
    .select({ row: retentionDeletions, deletedAtExact: exactMomentOf(retentionDeletions.deletedAt) })
    .from(retentionDeletions)
    .where(and(position))
    .orderBy(desc(retentionDeletions.deletedAt), desc(retentionDeletions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? encodeCursor([last.deletedAtExact, last.row.id]) : null;
  // One audit record per page read.
  await ctx.audit({ action: 'retention.log', objectType: 'retention', details: { entries: page.length, ...(query.cursor ? { nextPage: true } : {}) } });
  return {
    items: page.map(({ row: { id: _id, municipality: _m, ...row } }) => ({
      ...row,
      receivedAt: iso(row.receivedAt),
      closedAt: iso(row.closedAt),
      dueAt: iso(row.dueAt),
      deletedAt: row.deletedAt.toISOString(),
    })),
    next,
  };
});
