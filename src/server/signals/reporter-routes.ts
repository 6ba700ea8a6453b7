import { z } from 'zod';
import { signalSubmissionSchema } from '../../domain/signal/schema';
import { mySignalBody, signalDraftBody, submittedSignalBody, type MySignal } from '../../domain/signal/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { listMySignals } from './commands/list-my-signals';
import { deleteDraft, readDraft, saveDraft } from './commands/signal-draft';
import { submitSignal } from './commands/submit-signal';
import { draftRequest, idempotencyHeaders } from './schema';

const tags = ['signalen'];
const denied = { 401: errorBody, 403: errorBody };

/**
 * Step 1 of seed 004, for every logged-in employee: pass a signal on to the AF of the own
 * municipality, keep a draft while writing, and follow one's own signals in "Mijn signalen".
 */
export function registerReporterRoutes(app: App): void {
  app.post(
    '/api/v1/signals',
    {
      config: { policy: 'signal.submit' },
      schema: {
        summary: 'Een signaal doorgeven aan de aandachtsfunctionaris van de eigen gemeente (stap 1)',
        description:
          'Het signaal krijgt een kenmerk en de status "ontvangen"; het concept van de gebruiker vervalt. Met dezelfde Idempotency-Key en dezelfde inhoud nog eens: 200 met hetzelfde signaal; met dezelfde sleutel maar een andere inhoud: 422 (er verandert niets). Naam en e-mailadres van de melder komen uit het account en zijn alleen zichtbaar voor de aandachtsfunctionaris.',
        tags,
        headers: idempotencyHeaders,
        body: signalSubmissionSchema,
        response: { 200: submittedSignalBody, 201: submittedSignalBody, 400: errorBody, 422: errorBody, ...denied },
      },
    },
    async (request, reply) => {
      const { signal, created } = await run(contextOf(request), submitSignal, {
        idempotencyKey: request.headers['idempotency-key'],
        submission: request.body,
      });
      return reply.code(created ? 201 : 200).send(signal);
    },
  );

  app.get(
    '/api/v1/signal-draft',
    {
      config: { policy: 'signal.submit' },
      schema: { summary: 'Het eigen concept van een signaal', tags, response: { 200: signalDraftBody, ...denied } },
    },
    async (request) => {
      const draft = await run(contextOf(request), readDraft, undefined);
      return { payload: draft.payload, updatedAt: draft.updatedAt?.toISOString() ?? null };
    },
  );

  app.put(
    '/api/v1/signal-draft',
    {
      config: { policy: 'signal.submit' },
      schema: {
        summary: 'Het eigen concept bewaren (versleuteld), zodat niets verloren gaat als de browser sluit',
        tags,
        body: draftRequest,
        response: { 204: z.null().describe('Geen inhoud'), 400: errorBody, ...denied },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), saveDraft, { payload: request.body.payload });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/v1/signal-draft',
    {
      config: { policy: 'signal.submit' },
      schema: { summary: 'Het eigen concept weggooien', tags, response: { 204: z.null().describe('Geen inhoud'), ...denied } },
    },
    async (request, reply) => {
      await run(contextOf(request), deleteDraft, undefined);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/my-signals',
    {
      config: { policy: 'signal.read-own' },
      schema: {
        summary: 'Mijn signalen: de status van de eigen signalen en de terugkoppeling van de aandachtsfunctionaris',
        description: 'Niets anders van de zaak: niet de beschrijving, niet de geschiedenis, niet aan wie het signaal is overgedragen.',
        tags,
        response: { 200: z.array(mySignalBody), ...denied },
      },
    },
    async (request) => {
      const list = await run(contextOf(request), listMySignals, undefined);
      return list.map((s) => ({
        id: s.id,
        reference: s.reference,
        receivedAt: s.receivedAt.toISOString(),
        state: s.state as MySignal['state'],
        forms: s.forms as MySignal['forms'],
        feedback: s.feedback.map((f) => ({ at: f.at.toISOString(), text: f.text })),
      }));
    },
  );
}
