import { z } from 'zod';
import { jobFailureBody } from '../../domain/jobs/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { dismissJobFailure, listJobFailures, retryJobFailure } from './commands/job-failures';

const tags = ['achtergrondtaken'];
const idParams = z.object({ id: z.uuid('onbekende taak') });
const denied = { 401: errorBody, 403: errorBody };

/** The beheerder's dead-letter view of background jobs (docs/decisions/0010-job-runner.md). */
export function registerJobRoutes(app: App): void {
  app.get(
    '/api/v1/jobs/failures',
    {
      config: { policy: 'jobs.manage' },
      schema: {
        summary: 'Achtergrondtaken van de eigen gemeente die na alle pogingen mislukten en op een besluit wachten',
        tags,
        response: { 200: z.array(jobFailureBody), ...denied },
      },
    },
    async (request) => run(contextOf(request), listJobFailures, undefined),
  );

  app.post(
    '/api/v1/jobs/failures/:id/retry',
    {
      config: { policy: 'jobs.manage' },
      schema: {
        summary: 'Een mislukte taak opnieuw proberen',
        tags,
        params: idParams,
        response: { 204: z.null().describe('Geen inhoud'), 400: errorBody, ...denied, 404: errorBody, 503: errorBody },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), retryJobFailure, request.params);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/jobs/failures/:id/dismiss',
    {
      config: { policy: 'jobs.manage' },
      schema: {
        summary: 'Een mislukte taak niet meer proberen (bijvoorbeeld: de aandachtsfunctionaris belt de partner zelf)',
        tags,
        params: idParams,
        response: { 204: z.null().describe('Geen inhoud'), 400: errorBody, ...denied, 404: errorBody },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), dismissJobFailure, request.params);
      return reply.code(204).send(null);
    },
  );
}
