import crypto from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { isShielded, shield } from '../../domain/audit/shielding';
import { encryptField } from '../crypto/field-cipher';
import type { Keyring } from '../crypto/keyring';
import { auditEvents } from '../db/schema';
import type { Tx } from '../db/tenant';

export type AuditResult = 'success' | 'denied' | 'failure';

/** One audit record. Never put personal data in `details`: ids and field names, not values. */
export interface AuditEntry {
  municipality: string | null;
  actorUserId: string | null;
  /** Kind of actor when there is no user, or the capacity the user acts in ('melder' is shielded). */
  actor: string;
  action: string;
  objectType?: string | undefined;
  objectId?: string | undefined;
  result: AuditResult;
  /** The client's IP address. */
  origin: string | null;
  details?: Record<string, unknown> | undefined;
  /**
   * Personal data the record must hold but the auditor must not read, such as search terms: kept
   * sealed like a shielded record's, for the AF of the municipality to open with a reason.
   */
  sealedDetails?: Record<string, unknown> | undefined;
}

/** Where the sealed part of a shielded record is bound to (see field-cipher): its own reference. */
export const sealedAuditContext = (reference: string) => `audit:${reference}`;

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference the auditor can pass to the AF: "AR-7K2M-9QXD", random, so it says nothing of order or time. */
function newSealedReference(): string {
  const chars = [...crypto.randomBytes(8)].map((b) => REFERENCE_ALPHABET[b % 32]).join('');
  return `AR-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * The statement that writes an audit record in the caller's transaction, so that the record exists
 * exactly when the change it records does; the database links it into the hash chain. What someone does as a
 * reporter is written shielded (docs/decisions/0011-shielded-reporter-audit.md): the day and the
 * action in the clear, the rest sealed, with an id from a sequence of its own.
 */
export function auditInsert(tx: Tx, keyring: Keyring, entry: AuditEntry, at: Date): SQL {
  const fields = { actorUserId: entry.actorUserId, origin: entry.origin, objectId: entry.objectId ?? null, details: entry.details ?? {}, at };
  const common = { municipality: entry.municipality, actor: entry.actor, action: entry.action, objectType: entry.objectType ?? null, result: entry.result };
  if (isShielded(entry.actor)) {
    const { visible, sealed } = shield({ ...fields, details: { ...fields.details, ...entry.sealedDetails } });
    const sealedRef = newSealedReference();
    return tx.insert(auditEvents).values({
      ...common,
      ...visible,
      id: sql`nextval('audit_events_shielded_id_seq')`,
      sealedRef,
      sealed: encryptField(keyring, sealedAuditContext(sealedRef), JSON.stringify(sealed)),
    }).getSQL();
  }
  if (!entry.sealedDetails) {
    return tx.insert(auditEvents).values({ ...common, ...fields }).getSQL();
  }
  // The record as the auditor sees it, with a reference; the full details only in the sealed part.
  const sealedRef = newSealedReference();
  const sealed = { actorUserId: fields.actorUserId, origin: fields.origin, objectId: fields.objectId, details: { ...fields.details, ...entry.sealedDetails }, at: at.toISOString() };
  return tx.insert(auditEvents).values({ ...common, ...fields, sealedRef, sealed: encryptField(keyring, sealedAuditContext(sealedRef), JSON.stringify(sealed)) }).getSQL();
}

/** Writes an audit record now, inside the caller's transaction (see auditInsert). */
export async function writeAudit(tx: Tx, keyring: Keyring, entry: AuditEntry, at: Date): Promise<void> {
  await tx.execute(auditInsert(tx, keyring, entry, at));
}
