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
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventBody>;

export const auditPageBody = z
  .object({ events: z.array(auditEventBody), nextBefore: z.number().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof auditPageBody>;
