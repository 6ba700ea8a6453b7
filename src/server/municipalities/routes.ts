import { z } from 'zod';
import type { Municipality } from '../../domain/regions/schema';
import type { Services } from '../context/services';
import type { App } from '../http/types';

const municipalityBody: z.ZodType<Municipality> = z
  .object({
    code: z.string().describe('CBS-gemeentecode, bijvoorbeeld GM0518'),
    name: z.string(),
    region: z.string(),
    subregion: z.string().nullable(),
  })
  .meta({ id: 'Municipality' });

export function registerMunicipalityRoutes(app: App, { content }: Services): void {
  app.get(
    '/api/v1/municipalities',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Alle gemeenten van Nederland met hun regio en subregio',
        tags: ['inhoud'],
        response: { 200: z.array(municipalityBody) },
      },
    },
    async () => content.municipalities,
  );
}
