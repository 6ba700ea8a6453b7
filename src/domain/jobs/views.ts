import { z } from 'zod';

/** A background job that failed for good, as the beheerder's dead-letter view shows it (ids and codes only). */
export const jobFailureBody = z
  .object({
    id: z.string(),
    queue: z.string().describe('Soort taak, bijvoorbeeld reminder-send (herinnering aan een partner)'),
    kind: z.string().nullable().describe('Bij een herinnering: before (vóór de termijn) of after (na de termijn)'),
    reference: z.string().nullable().describe('Kenmerk van het signaal waar de taak over ging'),
    partnerId: z.string().nullable(),
    partnerName: z.string().nullable().describe('Naam van de partner van de overdracht'),
    error: z.string().describe('Soort fout (naam en code), nooit de foutmelding zelf'),
    attempts: z.number().int(),
    failedAt: z.string(),
  })
  .meta({ id: 'JobFailure' });
export type JobFailure = z.infer<typeof jobFailureBody>;
