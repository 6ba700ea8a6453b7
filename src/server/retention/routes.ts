import { z } from 'zod';
import { deletionLogBody, legalHoldRequest, retentionPreviewBody, retentionTermsBody, retentionTermsView } from '../../domain/retention';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { caseBodyOf } from '../signals/case-body';
import { signalIdParams } from '../signals/schema';
import { signalCaseBody } from '../../domain/signal/views';
import { DELETION_LOG_PAGE_DEFAULT, DELETION_LOG_PAGE_MAX, deletionLogCursorParam, readDeletionLog } from './commands/deletion-log';
import { liftLegalHold, placeLegalHold } from './commands/legal-hold';
import { previewRetention } from './commands/retention-preview';
import { readRetentionTerms, updateRetentionTerms } from './commands/retention-terms';

const tags = ['bewaartermijnen'];

const deletionLogQuery = z
  .object({
    cursor: deletionLogCursorParam.optional().describe('Volgende (oudere) pagina: de waarde van next uit het vorige antwoord'),
    limit: z.coerce
      .number('het aantal moet een getal zijn')
      .int('het aantal moet een heel getal zijn')
      .min(1, 'vraag ten minste 1 regel')
      .max(DELETION_LOG_PAGE_MAX, `vraag hoogstens ${DELETION_LOG_PAGE_MAX} regels per pagina`)
      .default(DELETION_LOG_PAGE_DEFAULT)
      .describe(`Regels per pagina (standaard ${DELETION_LOG_PAGE_DEFAULT}, hoogstens ${DELETION_LOG_PAGE_MAX})`),
  })
  .strict();
const denied = { 401: errorBody, 403: errorBody };

/** Retention (docs/decisions/0017-retention.md): the terms, the dry run, the deletion log and legal hold. */
export function registerRetentionRoutes(app: App): void {
  app.get(
    '/api/v1/retention/terms',
    { config: { policy: 'retention.manage' }, schema: { summary: 'De bewaartermijnen van de eigen gemeente', tags, response: { 200: retentionTermsView, ...denied } } },
    async (request) => run(contextOf(request), readRetentionTerms, undefined),
  );
  app.put(
    '/api/v1/retention/terms',
    {
      config: { policy: 'retention.manage' },
      schema: {
        summary: 'De bewaartermijnen van de eigen gemeente instellen, binnen de grenzen',
        description:
          'Gesloten signalen zonder overdracht 6–60 maanden, na een overdracht 12–120 maanden, concepten 7–90 dagen, gedeactiveerde accounts 3–60 maanden, ' +
          'imports van de eigen registers 1–36 maanden, de audittrail 24–120 maanden.',
        tags,
        body: retentionTermsBody,
        response: { 200: retentionTermsView, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), updateRetentionTerms, request.body),
  );
  app.get(
    '/api/v1/retention/preview',
    {
      config: { policy: 'retention.read' },
      schema: { summary: 'Wat de komende week wordt verwijderd (proefdraai): kenmerken en data', tags, response: { 200: retentionPreviewBody, ...denied } },
    },
    async (request) => run(contextOf(request), previewRetention, undefined),
  );
  app.get(
    '/api/v1/retention/deletions',
    {
      config: { policy: 'retention.read' },
      schema: {
        summary: 'Wat is verwijderd (verwijderlog): alleen metagegevens, de nieuwste eerst, per pagina',
        tags,
        querystring: deletionLogQuery,
        response: { 200: deletionLogBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readDeletionLog, request.query),
  );
  app.put(
    '/api/v1/signals/:id/legal-hold',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Het signaal op bewaring (legal hold) zetten: het wordt niet verwijderd tot de bewaring is opgeheven',
        tags,
        params: signalIdParams,
        body: legalHoldRequest,
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
        body: legalHoldRequest,
        response: { 200: signalCaseBody, 400: errorBody, 404: errorBody, 409: errorBody, ...denied },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), liftLegalHold, { signalId: request.params.id, reason: request.body.reason })),
  );
}
