import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { walk } from '../../domain/routemap/walk';
import { BoundedCache } from '../http/bounded-cache';
import { errorBody, langQuery } from '../http/common-schemas';
import { errors } from '../http/errors';
import type { Services } from '../context/services';
import type { App } from '../http/types';
import { routemapBody, routemapSummaryBody, walkRequest, walkResponse } from './schema';

const idParams = z.object({ id: z.string().max(100).describe('Id van de routekaart, bijvoorbeeld den-haag-persoon') });

export function registerRoutemapRoutes(app: App, services: Services): void {
  // A walk is a pure function of map version, language, subregion and answers, and a map has few
  // paths: its answers are kept as JSON text, bounded so odd inputs cannot grow it without end. The
  // map version is a hash over the map and its contacts, so a publication (ADR 28) gets new keys.
  const walkCache = new BoundedCache<string, string>(10_000);

  app.get(
    '/api/v1/routemaps',
    {
      config: { policy: 'content.read' },
      schema: { summary: 'Alle routekaarten', tags: ['routekaarten'], querystring: langQuery, response: { 200: z.array(routemapSummaryBody) } },
    },
    async (request) => services.content.routemapSummaries(request.query.lang),
  );

  app.get(
    '/api/v1/routemaps/:id',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Eén routekaart in zijn geheel, met de contacten die hij gebruikt',
        tags: ['routekaarten'],
        params: idParams,
        querystring: langQuery,
        response: { 200: routemapBody, 404: errorBody },
      },
    },
    async (request) => {
      const map = services.content.routemap(request.params.id, request.query.lang);
      if (!map) throw errors.routemapNotFound(request.params.id);
      return map;
    },
  );

  app.post(
    '/api/v1/routemaps/:id/walk',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Loop de routekaart met de gegeven antwoorden: de volgende vraag of de uitkomst',
        tags: ['routekaarten'],
        params: idParams,
        querystring: langQuery,
        body: walkRequest,
        response: { 200: walkResponse, 400: errorBody, 404: errorBody },
      },
      // The hot path of the wizard: answers are cached as JSON text (see walkCache), so they are
      // sent as they are; the schema documents the response in the OpenAPI document, and the
      // engine's result type is checked against it at compile time in schema.ts.
      serializerCompiler: () => (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    },
    async (request, reply) => {
      // One content for the whole request: a publication may swap it meanwhile (ADR 28).
      const { content } = services;
      const map = content.routemap(request.params.id, request.query.lang);
      if (!map) throw errors.routemapNotFound(request.params.id);
      const { answers, municipality: code } = request.body;
      const municipality = code === undefined ? undefined : content.municipality(code);
      if (code !== undefined && !municipality) throw errors.unknownMunicipality(code);
      const subregion = municipality?.subregion ?? null;
      const key = `${map.id}\u0000${map.lang}\u0000${map.version}\u0000${subregion ?? ''}\u0000${answers.join('\u0000')}`;
      const cached = walkCache.get(key);
      if (cached !== undefined) return sendJsonText(reply, cached);
      const result = walk(map, answers, { subregion });
      if (result.status !== 'error') {
        const json = JSON.stringify(result);
        walkCache.set(key, json);
        return sendJsonText(reply, json);
      }
      if (result.code === 'past-outcome') throw errors.pastOutcome(result.step);
      throw errors.invalidAnswer(result.step, result.questionId ?? '', result.answer, result.allowed);
    },
  );
}

/** Sends text that already is the JSON answer (the serializer above passes strings through). */
function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
