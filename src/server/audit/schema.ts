import { z } from 'zod';
import { UNSEAL_REASON } from '../../domain/audit/views';

const isoDate = z.iso.date('gebruik de vorm JJJJ-MM-DD');

/** Search filters of the audit trail, shared by the search and the export. No personal data: ids only. */
const filterShape = z.object({
  user: z.uuid('ongeldige gebruiker').optional().describe('Id van de gebruiker die handelde'),
  action: z.string().max(100).optional().describe('Handeling, of een voorvoegsel met punt: "user." voor alle gebruikershandelingen'),
  objectType: z.string().max(50).optional(),
  objectId: z.string().max(100).optional(),
  result: z.enum(['success', 'denied', 'failure']).optional(),
  from: isoDate.optional().describe('Vanaf deze dag (inclusief)'),
  to: isoDate.optional().describe('Tot en met deze dag'),
});

const datesInOrder = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const datesMessage = { message: 'de begindatum ligt na de einddatum', path: ['from'] };

export const auditExportQuery = filterShape.strict().refine(datesInOrder, datesMessage);

export const auditSearchQuery = filterShape
  .extend({ before: z.coerce.number().int().positive().optional().describe('Volgende pagina: records ouder dan dit id') })
  .strict()
  .refine(datesInOrder, datesMessage);

/** The AF opens a shielded record: its reference from the audit trail, and why. */
export const unsealRequest = z
  .object({
    reference: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^AR-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'een kenmerk ziet eruit als AR-7K2M-9QXD'),
    reason: z
      .string()
      .trim()
      .min(UNSEAL_REASON.min, `geef een reden van ten minste ${UNSEAL_REASON.min} tekens`)
      .max(UNSEAL_REASON.max, `maximaal ${UNSEAL_REASON.max} tekens`),
  })
  .strict()
  .meta({ id: 'UnsealRequest' });
