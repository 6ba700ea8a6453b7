import { z } from 'zod';

/*
 * The answer of the audit-trail search that the server and the web share: the server validates
 * and documents its response with these schemas (OpenAPI), the web takes their types. The web
 * imports this module with `import type` only, so zod stays out of its bundle.
 */

export const auditEventBody = z
  .object({
    id: z.number(),
    at: z.string().describe('Tijdstip (ISO 8601, UTC)'),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actor: z.string(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    result: z.string(),
    origin: z.string().nullable().describe('IP-adres van de aanvrager'),
    details: z.record(z.string(), z.unknown()),
    /**
     * A shielded record (what someone did as a reporter): only its day and action are shown; its
     * reference lets the AF of the municipality open the rest, for a reason that is itself recorded.
     */
    shielded: z.boolean(),
    reference: z.string().nullable().describe('Kenmerk van een afgeschermde regel (AR-XXXX-XXXX)'),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventBody>;

export const auditPageBody = z
  .object({ events: z.array(auditEventBody), nextBefore: z.number().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof auditPageBody>;

/** A shielded record opened by the AF: who did it, from where, when exactly, on what. */
export const sealedAuditRecordBody = z
  .object({
    reference: z.string(),
    action: z.string(),
    result: z.string(),
    at: z.string().describe('Het precieze tijdstip (ISO 8601, UTC)'),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    origin: z.string().nullable(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SealedAuditRecord' });
export type SealedAuditRecord = z.infer<typeof sealedAuditRecordBody>;

/** Why the AF opens a shielded record: required, and recorded in the audit trail with the opening. */
export const UNSEAL_REASON = { min: 10, max: 500 } as const;
