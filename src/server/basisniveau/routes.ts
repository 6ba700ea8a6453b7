import { z } from 'zod';
import { itemBody } from '../../domain/basisniveau/status';
import { checklistView, regionMatrixView } from '../../domain/basisniveau/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody, langQuery } from '../http/common-schemas';
import type { App } from '../http/types';
import { readChecklist, updateChecklistItem } from './commands/checklist';
import { readRegionMatrix } from './commands/region-matrix';

const tags = ['basisniveau'];
const denied = { 401: errorBody, 403: errorBody };

/**
 * The basisniveau bestuurlijke aanpak mensenhandel as a checklist per municipality: read by its AF
 * and beheerder, confirmed point by point by the beheerder, and for the regiobeheerder the
 * statuses of the region's municipalities side by side.
 */
export function registerBasisniveauRoutes(app: App): void {
  app.get(
    '/api/v1/basisniveau',
    {
      config: { policy: 'basisniveau.read' },
      schema: {
        summary: 'Het basisniveau van de eigen gemeente: per punt de status, de datum, de toelichting en wie het bevestigde',
        tags,
        querystring: langQuery,
        response: { 200: checklistView, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readChecklist, { lang: request.query.lang }),
  );
  app.put(
    '/api/v1/basisniveau/items/:item',
    {
      config: { policy: 'basisniveau.manage' },
      schema: {
        summary: 'Eén punt van het basisniveau van de eigen gemeente bevestigen',
        description: 'Status (voldaan, deels, niet-voldaan, onbekend), sinds wanneer en waaruit het blijkt. "Voldaan" vraagt een datum en een toelichting, "deels" een toelichting.',
        tags,
        params: z.object({ item: z.string().max(100).describe('Het punt, bijvoorbeeld signaaloverleg') }),
        querystring: langQuery,
        body: itemBody,
        response: { 200: checklistView, 400: errorBody, 404: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), updateChecklistItem, { ...request.body, item: request.params.item, lang: request.query.lang }),
  );
  app.get(
    '/api/v1/basisniveau/region',
    {
      config: { policy: 'basisniveau.region' },
      schema: {
        summary: 'Regiobeheerder: het basisniveau van de gemeenten van de eigen regio naast elkaar, alleen de status per punt',
        tags,
        querystring: langQuery,
        response: { 200: regionMatrixView, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readRegionMatrix, { lang: request.query.lang }),
  );
}
