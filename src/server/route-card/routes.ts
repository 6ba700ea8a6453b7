import { z } from 'zod';
import { LANGUAGES } from '../../domain/content/localized';
import { inMunicipality } from '../context/context';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import { pdfCache, pdfResponse, sendPdf } from '../http/file-replies';
import type { App } from '../http/types';
import { renderA4Card } from './a4-card';
import { renderA5Poster } from './a5-poster';
import { readRouteCard } from './commands/route-card';

const params = z.object({ region: z.string().max(100).describe('Id van de regio, bijvoorbeeld eenheid-den-haag') });
const query = z.object({
  municipality: z
    .string()
    .regex(/^GM[0-9]{4}$/, 'gebruik een CBS-code zoals GM0518')
    .optional()
    .describe('CBS-code van de gemeente: de kaart noemt haar aandachtsfunctionaris en toont de contacten van haar subregio'),
  format: z.enum(['a4', 'a5']).default('a4').describe('a4: de routekaart met de beslisbomen; a5: de poster voor de balie'),
  lang: z.enum(LANGUAGES).default('nl').describe('Taal: nl (standaard) of en'),
});

/** The printable route card and front-desk poster of a region, as PDF. */
export function registerRouteCardRoutes(app: App): void {
  const cached = pdfCache(200);

  app.get(
    '/api/v1/regions/:region/route-card.pdf',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'De routekaart van de regio om af te drukken (PDF, A4), of de poster voor de balie (A5)',
        description:
          'Eerst 112, dan de aandachtsfunctionaris van de gemeente (met ?municipality=), de beslisbomen met de telefoonnummers en webadressen van de partners en QR-codes naar de routekaart en de signalen. Gemaakt uit de inhoud die nu geldt.',
        tags: ['routekaarten'],
        params,
        querystring: query,
        response: { 200: pdfResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { region } = request.params;
      const { municipality = null, format, lang } = request.query;
      const model = await run(inMunicipality(contextOf(request), municipality), readRouteCard, { region, municipality, lang });
      const name = ['routekaart', region, municipality, format, lang].filter(Boolean).join('-').toLowerCase();
      const pdf = await cached(JSON.stringify([format, model]), () => (format === 'a4' ? renderA4Card(model) : renderA5Poster(model)));
      return sendPdf(reply, name, pdf);
    },
  );
}
