import { z } from 'zod';
import { TABLES } from './figures';
import { LEAD_TIME_STEPS } from './lead-times';
import { GRANULARITIES } from './periods';

// The answers of the statistics API (docs/decisions/0021-management-information.md); the web takes its types from here.

const date = z.iso.date('gebruik de vorm JJJJ-MM-DD');

export const statisticsQuery = z
  .object({
    from: date.optional().describe('Eerste dag (JJJJ-MM-DD); standaard de eerste dag van de maand een jaar geleden'),
    to: date.optional().describe('Laatste dag (JJJJ-MM-DD); standaard vandaag'),
    granularity: z.enum(GRANULARITIES).default('month').describe('Per maand of per kwartaal'),
    lang: z.enum(['nl', 'en']).default('nl').describe('Taal van de namen van sectoren, partners en routes'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'de begindatum ligt na de einddatum', path: ['from'] });
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

/** A count; null where it is hidden (a small number, or one that would give a small number away). */
const figure = z.number().int().nullable();

export const statisticsTableBody = z.object({
  id: z.enum(TABLES),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(figure), total: figure })),
  totals: z.array(figure).nullable().describe('Kolomtotalen; leeg waar een signaal in meer rijen kan staan (vormen, risicogroepen, partners)'),
  total: figure,
});
export type StatisticsTable = z.infer<typeof statisticsTableBody>;

export const statisticsBody = z.object({
  scope: z.enum(['municipality', 'region']),
  name: z.string(),
  from: date,
  to: date,
  granularity: z.enum(GRANULARITIES),
  suppressed: z.boolean().describe('Kleine aantallen zijn verborgen (alles wat de gemeente verlaat)'),
  threshold: z.number().int(),
  tables: z.array(statisticsTableBody),
  leadTimes: z.array(
    z.object({ step: z.enum(LEAD_TIME_STEPS), count: z.number().int().nullable(), medianDays: z.number().nullable(), p90Days: z.number().nullable() }),
  ),
});
export type Statistics = z.infer<typeof statisticsBody>;
