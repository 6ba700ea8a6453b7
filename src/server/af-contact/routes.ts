import { afContactBody, afContactView } from '../../domain/af-contact/schema';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { readAfContact, updateAfContact } from './commands/af-contact';

const tags = ['aandachtsfunctionaris'];
const denied = { 401: errorBody, 403: errorBody };

/** The municipality's aandachtsfunctionaris: known to every employee, set by the beheerder. */
export function registerAfContactRoutes(app: App): void {
  app.get(
    '/api/v1/af-contact',
    {
      config: { policy: 'af-contact.read' },
      schema: { summary: 'Wie de aandachtsfunctionaris van de eigen gemeente is, en hoe die bereikbaar is', tags, response: { 200: afContactView, ...denied } },
    },
    async (request) => run(contextOf(request), readAfContact, undefined),
  );
  app.put(
    '/api/v1/af-contact',
    {
      config: { policy: 'af-contact.manage' },
      schema: {
        summary: 'De aandachtsfunctionaris van de eigen gemeente instellen',
        description: 'Naam, telefoonnummer, e-mailadres en bereikbaarheid; iedere medewerker ziet ze op de startpagina en ze staan op de routekaart.',
        tags,
        body: afContactBody,
        response: { 200: afContactView, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), updateAfContact, request.body),
  );
}
