import { z } from 'zod';
import { handoverContentBody, handoverViewBody, sentHandoverBody } from '../../domain/signal/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { createHandover } from './commands/create-handover';
import { previewHandover } from './commands/preview-handover';
import { printHandover } from './commands/print-handover';
import { recordPhoneFeedback } from './commands/record-phone-feedback';
import { PRINT_CSP } from './render-handover';
import { afFeedbackRequest, handoverIdParams, handoverRequest, previewRequest, signalIdParams } from './schema';

const tags = ['overdracht'];
const denied = { 401: errorBody, 403: errorBody, 404: errorBody };

/**
 * Step 5 of seed 004 for the AF: preview, hand over (e-mail, or recorded as phone or secure mail),
 * print, and record feedback a partner gave by phone. Every route works in the AF's own
 * municipality: a signal of another one is simply not found.
 */
export function registerHandoverRoutes(app: App): void {
  app.post(
    '/api/v1/signals/:id/handovers/preview',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Voorbeeld van een overdracht: precies wat de partner krijgt',
        description: 'Alleen de aangevinkte onderdelen; de melder is nooit een onderdeel.',
        tags,
        params: signalIdParams,
        body: previewRequest,
        response: { 200: handoverContentBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), previewHandover, { signalId: request.params.id, ...request.body }),
  );

  app.post(
    '/api/v1/signals/:id/handovers',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Signaal overdragen aan een partner, met een verzoek om terugkoppeling',
        description:
          'Per e-mail (verstuurd met de inhoud en de terugkoppelingslink; mislukt het versturen, dan wordt niets vastgelegd: 502) of vastgelegd als telefonisch of via beveiligde mail (de aandachtsfunctionaris geeft de link zelf door).',
        tags,
        params: signalIdParams,
        body: handoverRequest,
        response: {
          201: sentHandoverBody,
          400: errorBody,
          ...denied,
          409: errorBody,
          502: errorBody,
          503: errorBody,
        },
      },
    },
    async (request, reply) => {
      const result = await run(contextOf(request), createHandover, { signalId: request.params.id, ...request.body });
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/signals/:id/handovers/:handoverId/print',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Afdrukbare versie van een overdracht (HTML; afdrukken of bewaren als PDF)',
        tags,
        params: handoverIdParams,
        response: { 200: { description: 'Een HTML-pagina', content: { 'text/html': { schema: z.string() } } }, 404: errorBody },
      },
    },
    async (request, reply) => {
      const html = await run(contextOf(request), printHandover, { signalId: request.params.id, handoverId: request.params.handoverId });
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PRINT_CSP).send(html);
    },
  );

  app.post(
    '/api/v1/signals/:id/handovers/:handoverId/feedback',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Terugkoppeling vastleggen die de partner telefonisch gaf',
        description: 'Daarna werkt de link van de partner niet meer (één antwoord per overdracht).',
        tags,
        params: handoverIdParams,
        body: afFeedbackRequest,
        response: { 201: z.object({ handover: handoverViewBody }), 400: errorBody, ...denied, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id: signalId, handoverId } = request.params;
      const handover = await run(contextOf(request), recordPhoneFeedback, { signalId, handoverId, answer: request.body });
      return reply.code(201).send({ handover });
    },
  );
}
