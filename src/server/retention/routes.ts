import { z } from 'zod';
import { retentionTermsBody } from '../../domain/retention';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { caseBodyOf } from '../signals/case-body';
import { signalIdParams } from '../signals/schema';
import { signalCaseBody } from '../../domain/signal/views';
import { readDeletionLog } from './commands/deletion-log';
import { liftLegalHold, placeLegalHold } from './commands/legal-hold';
import { previewRetention } from './commands/retention-preview';
import { readRetentionTerms, updateRetentionTerms } from './commands/retention-terms';

const tags = ['bewaartermijnen'];
const denied = { 401: errorBody, 403: errorBody };
const iso = z.iso.datetime();

const termsView = retentionTermsBody.and(z.object({ setAt: iso.nullable().describe('Wanneer de beheerder de termijnen het laatst instelde; leeg: de standaardtermijnen') }));
const previewBody = z.object({
  until: iso,
  signals: z.array(
    z.object({ reference: z.string(), closedAt: iso, term: z.enum(['closed', 'handed-over']), dueAt: iso, onHold: z.boolean(), holdSince: iso.nullable() }),
  ),
  drafts: z.array(z.object({ dueAt: iso, count: z.number().int() })),
});
const logBody = z.array(
  z.object({
    batch: z.uuid(),
    objectType: z.enum(['signal', 'drafts']),
    objectId: z.uuid().nullable(),
    reference: z.string().nullable(),
    state: z.string().nullable(),
    receivedAt: iso.nullable(),
    closedAt: iso.nullable(),
    count: z.number().int(),
    term: z.enum(['closed', 'handed-over', 'draft']),
    termLength: z.number().int(),
    termSetByUserId: z.uuid().nullable(),
    dueAt: iso.nullable(),
    deletedAt: iso,
  }),
);
const holdRequest = z.object({ reason: z.string().trim().min(1, 'geef de reden').max(2000, 'de reden is te lang (hoogstens 2000 tekens)') }).strict();

/** Retention (docs/decisions/0017-retention.md): the terms, the dry run, the deletion log and legal hold. */
export function registerRetentionRoutes(app: App): void {
  app.get(
    '/api/v1/retention/terms',
    { config: { policy: 'retention.manage' }, schema: { summary: 'De bewaartermijnen van de eigen gemeente', tags, response: { 200: termsView, ...denied } } },
    async (request) => run(contextOf(request), readRetentionTerms, undefined),
  );
  app.put(
    '/api/v1/retention/terms',
    {
      config: { policy: 'retention.manage' },
      schema: {
        summary: 'De bewaartermijnen van de eigen gemeente instellen, binnen de grenzen',
        description: 'Gesloten signalen zonder overdracht 6–60 maanden, na een overdracht 12–120 maanden, concepten 7–90 dagen.',
        tags,
        body: retentionTermsBody,
        response: { 200: termsView, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), updateRetentionTerms, request.body),
  );
  app.get(
    '/api/v1/retention/preview',
    {
      config: { policy: 'retention.read' },
      schema: { summary: 'Wat de komende week wordt verwijderd (proefdraai): kenmerken en data', tags, response: { 200: previewBody, ...denied } },
    },
    async (request) => run(contextOf(request), previewRetention, undefined),
  );
  app.get(
    '/api/v1/retention/deletions',
    { config: { policy: 'retention.read' }, schema: { summary: 'Wat is verwijderd (verwijderlog): alleen metagegevens', tags, response: { 200: logBody, ...denied } } },
    async (request) => run(contextOf(request), readDeletionLog, undefined),
  );
  app.put(
    '/api/v1/signals/:id/legal-hold',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Het signaal op bewaring (legal hold) zetten: het wordt niet verwijderd tot de bewaring is opgeheven',
        tags,
        params: signalIdParams,
        body: holdRequest,
        response: { 200: signalCaseBody, 400: errorBody, 404: errorBody, 409: errorBody, ...denied },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), placeLegalHold, { signalId: request.params.id, reason: request.body.reason })),
  );
  app.delete(
    '/api/v1/signals/:id/legal-hold',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'De bewaring (legal hold) opheffen, met een reden',
        tags,
        params: signalIdParams,
        body: holdRequest,
        response: { 200: signalCaseBody, 400: errorBody, 404: errorBody, 409: errorBody, ...denied },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), liftLegalHold, { signalId: request.params.id, reason: request.body.reason })),
  );
}
