import { z } from 'zod';
import type { PartnerView } from '../../domain/content/content';
import { errorBody, langQuery } from '../http/common-schemas';
import { errors } from '../http/errors';
import type { Services } from '../context/services';
import type { App } from '../http/types';
import { contactBody } from '../routemaps/schema';

const partnerBody: z.ZodType<PartnerView> = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    regions: z.array(z.string()).describe('Leeg: landelijk'),
    source: z.string().nullable().describe('Het brondocument van de gegevens als bronvermelding; null als er geen is'),
    contacts: z.array(contactBody),
  })
  .meta({ id: 'Partner' });

const partnersQuery = langQuery.extend({
  region: z.string().max(100).optional().describe('Regio-id; zonder regio alleen de landelijke partners'),
});

export function registerPartnerRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/partners',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Ketenpartners van een regio, de landelijke inbegrepen',
        tags: ['inhoud'],
        querystring: partnersQuery,
        response: { 200: z.array(partnerBody), 400: errorBody },
      },
    },
    async (request) => {
      const { region, lang } = request.query;
      const regionId = region ?? services.content.regions(lang).find((r) => r.fallback)!.id;
      if (!services.content.region(regionId, lang)) throw errors.unknownRegion(regionId);
      return services.content.partners(regionId, lang);
    },
  );
}
