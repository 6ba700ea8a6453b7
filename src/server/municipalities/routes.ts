import { z } from 'zod';
import { searchByName } from '../../domain/regions/name-search';
import type { Municipality } from '../../domain/regions/schema';
import type { Services } from '../context/services';
import type { App } from '../http/types';

const municipalityBody: z.ZodType<Municipality> = z
  .object({
    code: z.string().describe('CBS-gemeentecode, bijvoorbeeld GM0518'),
    name: z.string().describe('Officiële CBS-naam'),
    aliases: z.array(z.string()).describe('Andere gangbare namen, bijvoorbeeld "Den Haag" voor \'s-Gravenhage'),
    region: z.string(),
    subregion: z.string().nullable(),
  })
  .meta({ id: 'Municipality' });

const municipalitiesQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .describe('Zoeken op naam of andere naam; hoofdletters, accenten, apostrofs en leestekens tellen niet mee ("den haag", "sudwest fryslan")'),
});

export function registerMunicipalityRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/municipalities',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Alle gemeenten van Nederland met hun regio en subregio',
        tags: ['inhoud'],
        querystring: municipalitiesQuery,
        response: { 200: z.array(municipalityBody) },
      },
    },
    async (request) => (request.query.q ? searchByName(services.content.municipalities, request.query.q).map((m) => m.entry) : services.content.municipalities),
  );
}
