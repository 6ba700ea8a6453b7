import { recordAudit, type AuditResult } from '../audit/record-audit';
import type { Db } from '../db/client';
import { inTenant, type Tx } from '../db/tenant';
import type { ActingUser } from './acting-user';

/** The audit record of one read or write of a signal. `details` holds ids and field names, never values. */
export function auditSignal(
  tx: Tx,
  user: ActingUser,
  municipality: string,
  action: string,
  signalId: string,
  details: Record<string, unknown> = {},
  result: AuditResult = 'success',
): Promise<void> {
  return recordAudit(tx, {
    municipality,
    actorUserId: user.userId,
    actor: user.kind,
    action,
    objectType: 'signal',
    objectId: signalId,
    result,
    origin: user.origin,
    details,
  });
}

/**
 * An attempt on a signal that is not there for this user: unknown, or (invisible through row-level
 * security) another municipality's. Recorded as a failure in the user's own municipality, so the
 * auditor sees probing for signals; its own transaction, as nothing else happened.
 */
export async function auditMissingSignal(db: Db, user: ActingUser, municipality: string, action: string, signalId: string): Promise<void> {
  await inTenant(db, municipality, (tx) => auditSignal(tx, user, municipality, action, signalId, { reason: 'not-found' }, 'failure'));
}
