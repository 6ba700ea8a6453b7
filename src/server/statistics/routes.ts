import { z } from 'zod';
import { statisticsBody, statisticsQuery } from '../../domain/statistics';
import { dutchDate } from '../../domain/time/dutch-calendar';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import { sendCsv } from '../http/file-replies';
import type { App } from '../http/types';
import { readRegionStatistics } from './commands/read-region-statistics';
import { readStatistics } from './commands/read-statistics';
import { statisticsCsv } from './statistics-csv';

const tags = ['managementinformatie'];
const denied = { 401: errorBody, 403: errorBody };
const csv = { description: 'CSV (tabel, rij, kolom, waarde, verborgen), UTF-8 met byte-order mark; kleine aantallen verborgen', content: { 'text/csv': { schema: z.string() } } };

/** Management information (docs/decisions/0021-management-information.md): the own municipality's figures, the region's, and their exports. */
export function registerStatisticsRoutes(app: App): void {
  app.get(
    '/api/v1/statistics',
    {
      config: { policy: 'statistics.read' },
      schema: {
        summary: 'De cijfers van de eigen gemeente: signalen per periode en categorie, doorlooptijden, terugkoppeling, niet doorgezet',
        tags,
        querystring: statisticsQuery,
        response: { 200: statisticsBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readStatistics, { ...request.query, suppressed: false }),
  );
  app.get(
    '/api/v1/statistics/export',
    {
      config: { policy: 'statistics.read' },
      schema: { summary: 'De cijfers van de eigen gemeente als CSV, met kleine aantallen verborgen (het bestand verlaat de gemeente)', tags, querystring: statisticsQuery, response: { 200: csv, 400: errorBody, ...denied } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const statistics = await run(ctx, readStatistics, { ...request.query, suppressed: true });
      return sendCsv(reply, `cijfers-${ctx.municipality}-${dutchDate(ctx.services.clock())}`, statisticsCsv(statistics, request.query.lang));
    },
  );
  app.get(
    '/api/v1/statistics/region',
    {
      config: { policy: 'statistics.region' },
      schema: {
        summary: 'Regiobeheerder: de cijfers van de gemeenten van de eigen regio, alleen totalen, kleine aantallen verborgen',
        tags,
        querystring: statisticsQuery,
        response: { 200: statisticsBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readRegionStatistics, { ...request.query, export: false }),
  );
  app.get(
    '/api/v1/statistics/region/export',
    {
      config: { policy: 'statistics.region' },
      schema: { summary: 'Regiobeheerder: de cijfers van de regio als CSV, kleine aantallen verborgen', tags, querystring: statisticsQuery, response: { 200: csv, 400: errorBody, ...denied } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const statistics = await run(ctx, readRegionStatistics, { ...request.query, export: true });
      const region = ctx.actor.kind === 'user' ? ctx.actor.region : 'regio';
      return sendCsv(reply, `cijfers-${region}-${dutchDate(ctx.services.clock())}`, statisticsCsv(statistics, request.query.lang));
    },
  );
}
