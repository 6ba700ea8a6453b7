import { and, desc, eq, gte, isNull, like, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { startOfDutchDay, dutchMidnight } from '../../domain/time/dutch-calendar';
import { isShielded, shield, SHIELDED_ACTOR } from '../../domain/audit/shielding';
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
  /** Inclusive dates (YYYY-MM-DD), Dutch days. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only records listed after this one (the next page). */
  beforeId?: number | undefined;
}

/** An audit record as the search answers it (src/domain/audit/views.ts), with its moment as a date. */
export type AuditRow = Omit<AuditEvent, 'at'> & { at: Date };

/**
 * Audit records of the transaction's municipality (row-level security), newest first. Shielded
 * records (what someone did as a reporter, docs/decisions/0011) show only their day, and only from
 * the day after on; a search by user leaves them out (they must not be found by one either).
 */
export async function searchAudit(tx: Tx, filter: AuditFilter, limit: number, now: Date): Promise<AuditRow[]> {
  const conditions: SQL[] = [or(isNull(auditEvents.sealedRef), ne(auditEvents.actor, SHIELDED_ACTOR), lt(auditEvents.at, startOfDutchDay(now)))!];
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId), sql`${auditEvents.actor} <> ${SHIELDED_ACTOR}`);
  if (filter.action) {
    conditions.push(filter.action.endsWith('.') ? like(auditEvents.action, `${escapeLike(filter.action)}%`) : eq(auditEvents.action, filter.action));
  }
  if (filter.objectType) conditions.push(eq(auditEvents.objectType, filter.objectType));
  if (filter.objectId) conditions.push(eq(auditEvents.objectId, filter.objectId));
  if (filter.result) conditions.push(eq(auditEvents.result, filter.result));
  if (filter.from) conditions.push(gte(auditEvents.at, dutchMidnight(filter.from)));
  if (filter.to) conditions.push(lt(auditEvents.at, dutchMidnight(filter.to, 1)));
  if (filter.beforeId) {
    conditions.push(sql`(${auditEvents.at}, ${auditEvents.id}) < (select b.at, b.id from audit_events b where b.id = ${filter.beforeId})`);
  }
  const rows = await tx
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actor: auditEvents.actor,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      result: auditEvents.result,
      origin: auditEvents.origin,
      details: auditEvents.details,
      reference: auditEvents.sealedRef,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => {
    if (!isShielded(r.actor)) return { ...r, shielded: false };
    // Written shielded, or (by a version before the shielding) in full: either way the auditor sees only the day.
    const { visible } = shield({ actorUserId: r.actorUserId, origin: r.origin, objectId: r.objectId, details: r.details, at: r.at });
    return { ...r, ...visible, actorName: null, shielded: true };
  });
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
