import { z } from 'zod';
import { LANGUAGES } from '../../domain/content/localized';

/** Every content endpoint answers in the language asked for; Dutch by default. */
export const langQuery = z.object({
  lang: z.enum(LANGUAGES).default('nl').describe('Taal van de teksten: nl (standaard) of en'),
});

export const errorBody = z
  .object({
    error: z.object({ id: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
  })
  .meta({ id: 'Error' });
