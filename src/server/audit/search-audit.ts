import { TZDate } from '@date-fns/tz';
import { and, desc, eq, gte, like, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { AuditEvent } from '../../domain/audit/views';
import { auditEvents, users } from '../db/schema';
import type { Tx } from '../db/tenant';

export interface AuditFilter {
  actorUserId?: string | undefined;
  /** An exact action, or a prefix ending in a dot: `user.` matches every user action. */
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  result?: 'success' | 'denied' | 'failure' | undefined;
  /** Inclusive dates (YYYY-MM-DD), Europe/Amsterdam days. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only records older than this id (the next page). */
  beforeId?: number | undefined;
}

/** An audit record as the search answers it (src/domain/audit/views.ts), with its moment as a date. */
export type AuditRow = Omit<AuditEvent, 'at'> & { at: Date };

/**
 * The actor of what a reporter does as reporter (submitting a signal, a draft, reading "Mijn
 * signalen"; src/server/signals/acting-user.ts). The reporter's identity is known to the AF only
 * (PRODUCT.md, seed 004 step 2), so the auditor sees these records without the user: no name, no
 * user id, and a search by user leaves them out (otherwise it would link the user to the signal).
 * The database keeps the full record.
 */
export const REPORTER_ACTOR = 'melder';

const shielded = sql`${auditEvents.actor} = ${REPORTER_ACTOR}`;

/** Audit records of the transaction's municipality (row-level security), newest first. */
export async function searchAudit(tx: Tx, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId), ne(auditEvents.actor, REPORTER_ACTOR));
  if (filter.action) {
    conditions.push(filter.action.endsWith('.') ? like(auditEvents.action, `${escapeLike(filter.action)}%`) : eq(auditEvents.action, filter.action));
  }
  if (filter.objectType) conditions.push(eq(auditEvents.objectType, filter.objectType));
  if (filter.objectId) conditions.push(eq(auditEvents.objectId, filter.objectId));
  if (filter.result) conditions.push(eq(auditEvents.result, filter.result));
  if (filter.from) conditions.push(gte(auditEvents.at, amsterdamMidnight(filter.from, 0)));
  if (filter.to) conditions.push(lt(auditEvents.at, amsterdamMidnight(filter.to, 1)));
  if (filter.beforeId) conditions.push(lt(auditEvents.id, filter.beforeId));
  return tx
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorUserId: sql<string | null>`case when ${shielded} then null else ${auditEvents.actorUserId} end`,
      actorName: sql<string | null>`case when ${shielded} then null else ${users.name} end`,
      actor: auditEvents.actor,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      result: auditEvents.result,
      origin: auditEvents.origin,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Start of the given day (plus `addDays`) in Dutch time, as an instant. */
function amsterdamMidnight(date: string, addDays: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + addDays, 'Europe/Amsterdam').getTime());
}
