import { recordAudit } from '../audit/record-audit';
import type { Tx } from '../db/tenant';
import type { ActingUser } from '../signals/acting-user';

/** The audit record of a meeting action; a change to a signal names the signal as its object. */
export function auditMeeting(
  tx: Tx,
  user: ActingUser,
  municipality: string,
  action: string,
  object: { type: 'meeting' | 'signal'; id?: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(tx, {
    municipality,
    actorUserId: user.userId,
    actor: user.kind,
    action,
    objectType: object.type,
    ...(object.id ? { objectId: object.id } : {}),
    result: 'success',
    origin: user.origin,
    details,
  });
}
