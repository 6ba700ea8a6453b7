import { and, arrayContains, eq, sql, type SQL } from 'drizzle-orm';
import { CLOSED_STATES, OPEN_FILTER } from '../../../domain/signal/workflow';
import { defineCommand } from '../../context/run';
import { handovers, signals } from '../../db/schema';
import { exactMomentOf } from '../../http/page-cursor';
import { encodeInboxCursor, type InboxCursor } from '../inbox-cursor';

export interface InboxFilter {
  state?: string | undefined;
  form?: string | undefined;
  urgent?: boolean | undefined;
  /** Only signals with (true) or without (false) a handover whose feedback is overdue. */
  overdue?: boolean | undefined;
}

export interface InboxQuery extends InboxFilter {
  /** After this signal (from the previous page's `next`); the first page without. */
  cursor?: InboxCursor | undefined;
  limit: number;
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

/** Counting stops here: "more than 1,000" is all anyone needs to know, and stays cheap at any size. */
export const INBOX_COUNT_CAP = 1000;

export interface InboxPage {
  items: InboxItem[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
  /** On the first page only: how many signals match the filters, up to INBOX_COUNT_CAP (`capped`: more than that). */
  total: { count: number; capped: boolean } | null;
}

const FILTER_KEYS = ['state', 'form', 'urgent', 'overdue'] as const;

// The closed states are the domain's constants, written into the statement as literals so the
// planner can use the partial index of open work (signals_inbox_open_idx), whose predicate is
// the same expression.
const closedStates = sql.raw(CLOSED_STATES.map((s) => `'${s}'`).join(', '));

/**
 * The AF's inbox (steps 2 and 3): the municipality's signals, urgent first, then oldest first, with
 * the state of their handovers, a page at a time. Keyset pagination on (not urgent, received_at,
 * id), which an index serves, so every page costs the same however many signals there are; the
 * filters are in SQL. Only unencrypted columns: the list shows no personal data.
 */
export const listInbox = defineCommand('signal.list', async (ctx, query: InboxQuery): Promise<InboxPage> => {
  const { tx, now } = ctx;
  const at = sql`${now.toISOString()}::timestamptz`;
  const overdueOf = (signalId: SQL | typeof signals.id) =>
    sql`exists (select 1 from ${handovers} where ${handovers.signalId} = ${signalId} and ${handovers.dueAt} < ${at} and ${handovers.feedbackAt} is null)`;
  const where: SQL[] = [];
  if (query.state === OPEN_FILTER) where.push(sql`${signals.state} not in (${closedStates})`);
  else if (query.state) where.push(eq(signals.state, query.state));
  if (query.form) where.push(arrayContains(signals.forms, [query.form]));
  if (query.urgent !== undefined) where.push(eq(signals.urgent, query.urgent));
  if (query.overdue !== undefined) where.push(query.overdue ? overdueOf(signals.id) : sql`not ${overdueOf(signals.id)}`);
  const filtered = and(...where);
  const position = query.cursor
    ? sql`((not ${signals.urgent}), ${signals.receivedAt}, ${signals.id}) > (${!query.cursor.urgent}, ${query.cursor.receivedAt}::timestamptz, ${query.cursor.id}::uuid)`
    : undefined;

  // The page first (an ordered scan of signals_inbox_page_idx or _open_idx up to the limit), then
  // the handovers of just those signals (handovers_signal_idx). Joined the other way round, a plan
  // made without statistics (right after many new rows; PGlite runs no autovacuum) counted the
  // handovers of every matching signal before sorting: 43 ms for a later page of 10,000 signals on
  // PGlite, against 5 ms this way (0.4 ms once the table is analysed).
  const onPage = tx
    .select({
      id: signals.id,
      reference: signals.reference,
      receivedAt: signals.receivedAt,
      // The moment to the microsecond, for the cursor: a JavaScript Date keeps only milliseconds.
      receivedAtExact: exactMomentOf(signals.receivedAt).as('received_at_exact'),
      notUrgent: sql<boolean>`(not ${signals.urgent})`.as('not_urgent'),
      state: signals.state,
      urgent: signals.urgent,
      forms: signals.forms,
      sector: signals.sector,
    })
    .from(signals)
    .where(and(filtered, position))
    .orderBy(sql`(not ${signals.urgent})`, signals.receivedAt, signals.id)
    .limit(query.limit + 1)
    .as('page');
  const perSignal = tx
    .select({
      total: sql<number>`count(*)::int`.as('total'),
      overdue: sql<number>`(count(*) filter (where ${handovers.dueAt} < ${at} and ${handovers.feedbackAt} is null))::int`.as('overdue'),
      nextDueAt: sql<string | null>`min(${handovers.dueAt}) filter (where ${handovers.feedbackAt} is null)`.as('next_due_at'),
    })
    .from(handovers)
    .where(eq(handovers.signalId, onPage.id))
    .as('h');
  const rows = await tx
    .select({
      id: onPage.id,
      reference: onPage.reference,
      receivedAt: onPage.receivedAt,
      receivedAtExact: onPage.receivedAtExact,
      state: onPage.state,
      urgent: onPage.urgent,
      forms: onPage.forms,
      sector: onPage.sector,
      handovers: perSignal.total,
      overdueHandovers: perSignal.overdue,
      nextDueAt: perSignal.nextDueAt,
      // How many signals match, counted up to the cap, on the first page only: in the same statement,
      // as a separate one was a round trip of its own (issue 12). An empty first page means none.
      matching: query.cursor
        ? sql<null>`null`
        : sql<number>`(select count(*)::int from (${tx.select({ one: sql`1` }).from(signals).where(filtered).limit(INBOX_COUNT_CAP + 1)}) matching)`,
    })
    .from(onPage)
    .leftJoinLateral(perSignal, sql`true`)
    .orderBy(onPage.notUrgent, onPage.receivedAt, onPage.id);
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  const next = more && last ? encodeInboxCursor({ urgent: last.urgent, receivedAt: last.receivedAtExact, id: last.id }) : null;

  let total: InboxPage['total'] = null;
  if (!query.cursor) {
    const n = Number(rows[0]?.matching ?? 0);
    total = { count: Math.min(n, INBOX_COUNT_CAP), capped: n > INBOX_COUNT_CAP };
  }

  // One audit record per page read, as there was one per list read.
  await ctx.audit({
    action: 'signal.list',
    objectType: 'signal',
    details: { count: page.length, filters: FILTER_KEYS.filter((k) => query[k] !== undefined), ...(query.cursor ? { nextPage: true } : {}) },
  });
  return {
    items: page.map(({ receivedAtExact: _, matching: _count, ...r }) => ({
      ...r,
      handovers: Number(r.handovers ?? 0),
      overdueHandovers: Number(r.overdueHandovers ?? 0),
      nextDueAt: r.nextDueAt === null || r.nextDueAt === undefined ? null : new Date(r.nextDueAt),
    })),
    next,
    total,
  };
});
