import { auditEvents } from '../db/schema';
import type { Tx } from '../db/tenant';

export type AuditResult = 'success' | 'denied' | 'failure';

/** One audit record. Never put personal data in `details`: ids and field names, not values. */
export interface AuditEntry {
  municipality: string | null;
  actorUserId: string | null;
  /** Kind of actor when there is no user, or the user's role in this act. */
  actor: string;
  action: string;
  objectType?: string;
  objectId?: string;
  result: AuditResult;
  /** The client's IP address. */
  origin: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes an audit record inside the caller's transaction, so the record exists exactly when the
 * change it records does. The database links it into the hash chain.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    municipality: entry.municipality,
    actorUserId: entry.actorUserId,
    actor: entry.actor,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result,
    origin: entry.origin,
    details: entry.details ?? {},
  });
}
