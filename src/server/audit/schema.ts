import { z } from 'zod';

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
