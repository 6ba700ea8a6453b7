import { candidatesBody, matchQuerySchema } from '../../domain/matching';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { searchMatches } from './commands/search-matches';

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
}
