import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerImportBody, UPLOAD_MAX_BYTES } from '../../domain/registers/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { listImports } from './uploads/list-imports';
import { queuePersonsImport } from './uploads/queue-import';

const tags = ['registers'];
const denied = { 401: errorBody, 403: errorBody };

/** The beheerder's imports of the municipality's own records (issue 8), from the browser. */
export function registerRegisterRoutes(app: App): void {
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // The export as it is: CSV bytes, read whole (up to the limit) and kept for the import job.
    scope.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: UPLOAD_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/v1/registers/persons/imports',
      {
        config: { policy: 'registers.manage', csvUpload: true },
        bodyLimit: UPLOAD_MAX_BYTES,
        schema: {
          summary: 'Een export van personen uit een eigen systeem van de gemeente uploaden (CSV); de import loopt op de achtergrond',
          tags,
          querystring: z.object({ source: z.string().trim().min(1, 'geef de bron een naam').max(100, 'maximaal 100 tekens') }),
          response: { 202: z.object({ id: z.string() }), 400: errorBody, ...denied, 413: errorBody, 415: errorBody, 503: errorBody },
        },
      },
      async (request, reply) => {
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const queued = await run(contextOf(request), queuePersonsImport, { source: request.query.source, content });
        return reply.code(202).send(queued);
      },
    );
  });

  app.get(
    '/api/v1/registers/imports',
    {
      config: { policy: 'registers.manage' },
      schema: { summary: 'De imports van de eigen registers, met voortgang en wat er niet klopte', tags, response: { 200: z.array(registerImportBody), ...denied } },
    },
    async (request) => run(contextOf(request), listImports, undefined),
  );
}
