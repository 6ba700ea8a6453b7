import { z } from 'zod';
import type { InfoPointLanguageView, InfoPointView } from '../../domain/info-point/view';
import { infoPointLanguage } from '../../domain/info-point/schema';
import { errorBody } from '../http/common-schemas';
import { pdfCache, pdfResponse, sendPdf } from '../http/file-replies';
import { errors } from '../http/errors';
import type { Services } from '../context/services';
import type { App } from '../http/types';
import { contextOf } from '../context/request-context';
import { renderInfoPointPoster } from './poster';

const language = z
  .object({
    lang: z.string().describe('Taalcode (BCP 47), ook het lang-attribuut van de tekst'),
    name: z.string().describe('De naam van de taal in die taal zelf, zoals "Polski"'),
    dir: z.enum(['ltr', 'rtl']).describe('Schrijfrichting'),
    checked: z.boolean().describe('Of een moedertaalspreker de vertaling heeft nagekeken'),
  })
  .meta({ id: 'InfoPointLanguage' }) satisfies z.ZodType<InfoPointLanguageView>;

const infoPointBody: z.ZodType<InfoPointView> = language
  .extend({
    checkedBy: z.string().nullable().describe('Wie de vertaling heeft nagekeken; null: nog niemand'),
    checkedOn: z.string().nullable().describe('Wanneer (JJJJ-MM-DD)'),
    title: z.string(),
    intro: z.string(),
    emergency: z.string().describe('De regel over 112, die voor alles komt'),
    sections: z.array(
      z.object({ id: z.string(), title: z.string(), paragraphs: z.array(z.string()), sources: z.array(z.string()).describe('De brondocumenten (titel, uitgever); leeg voor een aanvulling') }),
    ),
    contactGroups: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        text: z.string(),
        contacts: z.array(z.object({ partner: z.string(), phone: z.string().nullable(), url: z.string().nullable() })),
      }),
    ),
    labels: z.record(
      z.enum(['languages', 'region', 'chooseRegion', 'showRegion', 'noRegion', 'phone', 'website', 'poster', 'scanToRead', 'unchecked', 'checked', 'sources']),
      z.string(),
    ),
    uncheckedInDutch: z.string().nullable().describe('De melding "nog niet nagekeken" in het Nederlands, voor medewerkers; null als nagekeken of als de tekst Nederlands is'),
    region: z.object({ id: z.string(), name: z.string() }).nullable(),
    regions: z.array(z.object({ id: z.string(), name: z.string() })),
    languages: z.array(language),
  })
  .meta({ id: 'InfoPoint' });

const params = z.object({ lang: infoPointLanguage.describe('Taalcode, bijvoorbeeld pl, ro, bg of uk') });
const query = z.object({
  region: z.string().max(100).optional().describe('Id van de regio: voegt de zorgcoördinator van de regio toe. Zonder: alleen de landelijke contacten'),
});

/** The information point for the risk groups: public, in its own languages (not the app's nl/en). */
export function registerInfoPointRoutes(app: App, services: Services): void {
  const viewOf = (lang: string, region: string | undefined): InfoPointView => {
    const view = services.content.infoPoint(lang, region ?? null);
    if (view) return view;
    if (!services.content.infoPointLanguages.some((l) => l.lang === lang)) throw errors.infoPointLanguageNotFound(lang);
    throw errors.regionNotFound(region!);
  };

  app.get(
    '/api/v1/info-point',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'De talen van het informatiepunt voor de risicogroepen',
        tags: ['inhoud'],
        response: { 200: z.array(language) },
      },
    },
    async () => services.content.infoPointLanguages,
  );

  app.get(
    '/api/v1/info-point/:lang',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Het informatiepunt voor de risicogroepen in één taal: eerst 112, uw rechten, gratis hulp, wie u kunt bellen',
        tags: ['inhoud'],
        params,
        querystring: query,
        response: { 200: infoPointBody, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => viewOf(request.params.lang, request.query.region),
  );

  const posters = pdfCache(100);
  app.get(
    '/api/v1/info-point/:lang/poster.pdf',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'De poster van het informatiepunt om af te drukken (PDF, A5), met een QR-code naar de pagina in die taal',
        tags: ['inhoud'],
        params,
        querystring: query,
        response: { 200: pdfResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { lang } = request.params;
      const { region } = request.query;
      const view = viewOf(lang, region);
      const base = contextOf(request).publicUrl.replace(/\/$/, '');
      const pageUrl = `${base}/informatie/${lang}${region ? `?regio=${encodeURIComponent(region)}` : ''}`;
      const pdf = await posters(JSON.stringify([services.content.version, lang, region, pageUrl]), () => renderInfoPointPoster(view, pageUrl));
      return sendPdf(reply, ['informatiepunt', lang, region].filter(Boolean).join('-'), pdf);
    },
  );
}
