import { eq } from 'drizzle-orm';
import type { SealedAuditRecord } from '../../../domain/audit/views';
import { defineCommand } from '../../context/run';
import { decryptField } from '../../crypto/field-cipher';
import { auditEvents, users } from '../../db/schema';
import { errors } from '../../http/errors';
import { sealedAuditContext } from '../write-audit';

/**
 * The AF of the municipality opens a shielded audit record (docs/decisions/0011): who did it, from
 * where, when exactly, on what. Only with a reason, and the opening — with its reason — is itself
 * a record the auditor sees. Row-level security keeps other municipalities' records out of reach.
 */
export const openSealedRecord = defineCommand('audit.unseal', async (ctx, input: { reference: string; reason: string }): Promise<SealedAuditRecord> => {
  const [row] = await ctx.tx.select().from(auditEvents).where(eq(auditEvents.sealedRef, input.reference));
  if (!row?.sealed) throw errors.sealedRecordNotFound(input.reference);
  const sealed = JSON.parse(decryptField(ctx.services.keyring, sealedAuditContext(input.reference), row.sealed)) as {
    actorUserId: string | null;
    origin: string | null;
    objectId: string | null;
    details: Record<string, unknown>;
    at: string;
  };
  const [actor] = sealed.actorUserId
    ? await ctx.tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, sealed.actorUserId))
    : [];
  await ctx.audit({ action: 'audit.unseal', objectType: 'audit-record', objectId: input.reference, details: { reason: input.reason } });
  return {
    reference: input.reference,
    action: row.action,
    result: row.result,
    at: sealed.at,
    actorUserId: sealed.actorUserId,
    actorName: actor?.name ?? null,
    actorEmail: actor?.email ?? null,
    origin: sealed.origin,
    objectType: row.objectType,
    objectId: sealed.objectId,
    details: sealed.details,
  };
});
