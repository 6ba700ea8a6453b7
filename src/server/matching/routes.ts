import { candidatesBody, linkRequestSchema, matchQuerySchema, signalMatchesBody } from '../../domain/matching';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { signalIdParams } from '../signals/schema';
import { searchMatches } from './commands/search-matches';
import { decideLink, readSignalMatches } from './commands/signal-matches';

const tags = ['verrijken'];

/** Is this person, organisation or address already known? (issue 8; seed 004, step 3) */
export function registerMatchingRoutes(app: App): void {
  app.post(
    '/api/v1/matching/search',
    {
      config: { policy: 'matching.search' },
      schema: {
        summary: 'Zoeken of een persoon, organisatie of adres al bekend is: eerdere signalen, eigen registers, BAG, KVK',
        tags,
        body: matchQuerySchema,
        response: { 200: candidatesBody, 400: errorBody, 401: errorBody, 403: errorBody, 503: errorBody },
      },
    },
    async (request) => run(contextOf(request), searchMatches, request.body),
  );

  app.get(
    '/api/v1/signals/:id/matches',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Per persoon, organisatie en adres van het signaal: wie of wat al bekend is, en wat de aandachtsfunctionaris besloot',
        tags,
        params: signalIdParams,
        response: { 200: signalMatchesBody, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 503: errorBody },
      },
    },
    async (request) => run(contextOf(request), readSignalMatches, { signalId: request.params.id }),
  );

  app.post(
    '/api/v1/signals/:id/links',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Een kandidaat bevestigen (dezelfde) of afwijzen (niet dezelfde, wordt niet opnieuw aangeboden), met een notitie',
        tags,
        params: signalIdParams,
        body: linkRequestSchema,
        response: { 200: signalMatchesBody, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 503: errorBody },
      },
    },
    async (request) => run(contextOf(request), decideLink, { signalId: request.params.id, ...request.body }),
  );
}
