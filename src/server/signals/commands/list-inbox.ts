import { and, arrayContains, asc, desc, eq, notInArray, sql, type SQL } from 'drizzle-orm';
import { CLOSED_STATES, OPEN_FILTER } from '../../../domain/signal/workflow';
import { defineCommand } from '../../context/run';
import { handovers, signals } from '../../db/schema';

export interface InboxFilter {
  state?: string | undefined;
  form?: string | undefined;
  urgent?: boolean | undefined;
  /** Only signals with (true) or without (false) a handover whose feedback is overdue. */
  overdue?: boolean | undefined;
}

export interface InboxItem {
  id: string;
  reference: string;
  receivedAt: Date;
  state: string;
  urgent: boolean;
  forms: string[];
  sector: string | null;
  handovers: number;
  /** Handovers past their due date without feedback: they stand out in the inbox. */
  overdueHandovers: number;
  /** The earliest due date of a handover still waiting for feedback. */
  nextDueAt: Date | null;
}

/**
 * The AF's inbox (steps 2 and 3): the municipality's signals, urgent first, then oldest first, with
 * the state of their handovers. Only unencrypted columns: the list shows no personal data.
 */
export const listInbox = defineCommand('signal.list', async (ctx, filter: InboxFilter): Promise<InboxItem[]> => {
  const { tx, now } = ctx;
  const counts = tx
    .select({
      signalId: handovers.signalId,
      total: sql<number>`count(*)::int`.as('total'),
      overdue: sql<number>`(count(*) filter (where ${handovers.dueAt} < ${now.toISOString()}::timestamptz and ${handovers.feedbackAt} is null))::int`.as('overdue'),
      nextDueAt: sql<string | null>`min(${handovers.dueAt}) filter (where ${handovers.feedbackAt} is null)`.as('next_due_at'),
    })
    .from(handovers)
    .groupBy(handovers.signalId)
    .as('h');
  const where: SQL[] = [];
  if (filter.state === OPEN_FILTER) where.push(notInArray(signals.state, [...CLOSED_STATES]));
  else if (filter.state) where.push(eq(signals.state, filter.state));
  if (filter.form) where.push(arrayContains(signals.forms, [filter.form]));
  if (filter.urgent !== undefined) where.push(eq(signals.urgent, filter.urgent));
  if (filter.overdue !== undefined) where.push(filter.overdue ? sql`coalesce(${counts.overdue}, 0) > 0` : sql`coalesce(${counts.overdue}, 0) = 0`);
  const rows = await tx
    .select({
      id: signals.id,
      reference: signals.reference,
      receivedAt: signals.receivedAt,
      state: signals.state,
      urgent: signals.urgent,
      forms: signals.forms,
      sector: signals.sector,
      handovers: sql<number>`coalesce(${counts.total}, 0)`,
      overdueHandovers: sql<number>`coalesce(${counts.overdue}, 0)`,
      nextDueAt: counts.nextDueAt,
    })
    .from(signals)
    .leftJoin(counts, eq(counts.signalId, signals.id))
    .where(and(...where))
    .orderBy(desc(signals.urgent), asc(signals.receivedAt), asc(signals.reference));
  await ctx.audit({
    action: 'signal.list',
    objectType: 'signal',
    details: { count: rows.length, filters: Object.keys(filter).filter((k) => filter[k as keyof InboxFilter] !== undefined) },
  });
  return rows.map((r) => ({
    ...r,
    handovers: Number(r.handovers),
    overdueHandovers: Number(r.overdueHandovers),
    nextDueAt: r.nextDueAt === null ? null : new Date(r.nextDueAt),
  }));
});
