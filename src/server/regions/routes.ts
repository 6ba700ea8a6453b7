import { z } from 'zod';
import type { RegionView } from '../../domain/content/content';
import { langQuery } from '../http/common-schemas';
import type { Services } from '../context/services';
import type { App } from '../http/types';

const regionBody: z.ZodType<RegionView> = z
  .object({
    id: z.string(),
    name: z.string(),
    fallback: z.boolean().describe('De landelijke regio: voor elke gemeente buiten de andere regio’s'),
    subregions: z.array(z.object({ id: z.string(), name: z.string() })),
    routemaps: z.array(z.string()).describe('Routekaarten van de regio, in volgorde'),
  })
  .meta({ id: 'Region' });

export function registerRegionRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/regions',
    { config: { policy: 'content.read' }, schema: { summary: 'Regio’s met hun subregio’s en routekaarten', tags: ['inhoud'], querystring: langQuery, response: { 200: z.array(regionBody) } } },
    async (request) => services.content.regions(request.query.lang),
  );
}
