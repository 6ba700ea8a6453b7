import { z } from 'zod';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody, langQuery } from '../http/common-schemas';
import { authorize } from '../http/route-policy';
import type { App } from '../http/types';
import { readStaleContacts } from './commands/stale-contacts';

const staleContactsBody = z
  .object({
    region: z.string(),
    today: z.string().describe('De datum (JJJJ-MM-DD, Nederlandse kalender) waarop de lijst is gemaakt'),
    contacts: z.array(
      z.object({
        partnerId: z.string(),
        partnerName: z.string(),
        contactId: z.string(),
        contactName: z.string(),
        verifiedOn: z.string().nullable().describe('Laatst gecontroleerd (JJJJ-MM-DD); null: nooit'),
      }),
    ),
  })
  .meta({ id: 'StaleContacts' });

/** The regiobeheerder's list of partner contacts not checked for 12 months (issue 9). */
export function registerStaleContactRoutes(app: App): void {
  app.get(
    '/api/v1/regions/:region/stale-contacts',
    {
      config: { policy: 'region-content.stale-contacts' },
      schema: {
        summary: 'Regiobeheerder: contacten van partners van de eigen regio die 12 maanden of langer niet zijn gecontroleerd',
        description: 'Uit de gepubliceerde inhoud; voor de landelijke regio de landelijke partners.',
        tags: ['inhoud'],
        params: z.object({ region: z.string().max(100) }),
        querystring: langQuery,
        response: { 200: staleContactsBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      authorize(request, 'region-content.stale-contacts', { region: request.params.region });
      return run(contextOf(request), readStaleContacts, { region: request.params.region, lang: request.query.lang });
    },
  );
}
