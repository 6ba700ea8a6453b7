import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { publicUrlFor, type AuthSettings } from '../auth/settings';
import { handovers } from '../db/schema';
import { inTenant, type Tx } from '../db/tenant';
import type { Db } from '../db/client';
import { errorBody } from '../http/common-schemas';
import { AppError } from '../http/errors';
import { authorize } from '../http/route-policy';
import type { App, AppDeps } from '../http/types';
import { recordFeedback } from '../feedback/record-feedback';
import { findSignalForUpdate, sealContext, unseal } from '../signals/signal-store';
import type { HandoverContent } from '../../domain/signal/handover';
import { handoverDocument, handoverLabels } from '../../domain/signal/handover-document';
import { handoverContentBody, handoverViewBody, sentHandoverBody } from '../../domain/signal/views';
import { createHandover, previewHandover } from './create-handover';
import { handoverErrors } from './handover-errors';
import { partnerNameFor, toHandoverView, type HandoverRow } from './handover-view';
import { resolveRecipient } from './recipient';
import { PRINT_CSP, renderHandoverHtml } from './render-handover';
import { afFeedbackRequest, handoverIdParams, handoverRequest, previewRequest, signalIdParams } from './schema';

const tags = ['overdracht'];
const denied = { 401: errorBody, 403: errorBody, 404: errorBody };

/** The AF's own municipality, after the policy check: the signal is then looked up inside it (row-level security). */
function ownMunicipality(request: FastifyRequest): string {
  const municipality = request.actor?.municipality ?? null;
  authorize(request, 'signal.handle', { municipality });
  return municipality!;
}

/** A handover of this signal in the transaction's municipality, or 404. */
async function findHandover(tx: Tx, signalId: string, handoverId: string, lock = false): Promise<HandoverRow> {
  const query = tx.select().from(handovers).where(and(eq(handovers.id, handoverId), eq(handovers.signalId, signalId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw handoverErrors.handoverNotFound();
  return row;
}

/** The printable page of one handover of a signal (the same renderer as the e-mail); reading it is audited. */
async function printPage(tx: Tx, deps: AppDeps, request: FastifyRequest, municipality: string, params: { id: string; handoverId: string }): Promise<string> {
  const signal = await findSignalForUpdate(tx, params.id);
  const handover = await findHandover(tx, signal.id, params.handoverId);
  const content = unseal<HandoverContent>(deps.keyring, sealContext.handoverContent(handover.id), handover.contentSealed);
  const partnerName = partnerNameFor(deps.content, municipality, handover.partnerId);
  let contactName = partnerName;
  try {
    contactName = resolveRecipient(deps.content, municipality, handover.partnerId, handover.contactId).contact.name;
  } catch {
    // The contact has since left the directory: the partner's name will do.
  }
  await recordAudit(tx, {
    municipality,
    actorUserId: request.actor!.userId,
    actor: 'aandachtsfunctionaris',
    action: 'handover.print',
    objectType: 'handover',
    objectId: handover.id,
    result: 'success',
    origin: request.ip,
    details: { signalId: signal.id },
  });
  const document = handoverDocument(content, { contactName, sentAt: handover.sentAt, dueAt: handover.dueAt }, handoverLabels(deps.content.knowledge('nl')));
  return renderHandoverHtml(document);
}

/**
 * Runs a command on one signal of the AF's municipality; a signal (or handover) that is not there
 * for this AF, unknown or another municipality's, is audited as a failed attempt, so the auditor
 * sees probing.
 */
async function onSignal<T>(db: Db, request: FastifyRequest, municipality: string, action: string, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof AppError && (error.id === 'signal-not-found' || error.id === 'handover-not-found')) {
      const params = request.params as { id: string; handoverId?: string };
      await inTenant(db, municipality, (tx) =>
        recordAudit(tx, {
          municipality,
          actorUserId: request.actor!.userId,
          actor: 'aandachtsfunctionaris',
          action,
          objectType: 'signal',
          objectId: params.id,
          result: 'failure',
          origin: request.ip,
          details: { reason: 'not-found', ...(params.handoverId ? { handoverId: params.handoverId } : {}) },
        }),
      );
    }
    throw error;
  }
}

/**
 * Step 5 of seed 004 for the AF: preview, hand over (e-mail, or recorded as phone or secure mail),
 * print, and record feedback a partner gave by phone. Every route works in the AF's own
 * municipality: a signal of another one is simply not found.
 */
export function registerHandoverRoutes(app: App, deps: AppDeps, settings: AuthSettings): void {
  const { db } = deps.database;
  const now = deps.now ?? settings.now;

  app.post(
    '/api/v1/signals/:id/handovers/preview',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Voorbeeld van een overdracht: precies wat de partner krijgt',
        description: 'Alleen de aangevinkte onderdelen; de melder is nooit een onderdeel.',
        tags,
        params: signalIdParams,
        body: previewRequest,
        response: { 200: handoverContentBody, 400: errorBody, ...denied },
      },
    },
    async (request) => {
      const municipality = ownMunicipality(request);
      return onSignal(db, request, municipality, 'handover.preview', () =>
        previewHandover(deps, {
          municipality,
          signalId: request.params.id,
          ...request.body,
          actor: { userId: request.actor!.userId, origin: request.ip },
        }),
      );
    },
  );

  app.post(
    '/api/v1/signals/:id/handovers',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Signaal overdragen aan een partner, met een verzoek om terugkoppeling',
        description:
          'Per e-mail (verstuurd met de inhoud en de terugkoppelingslink; mislukt het versturen, dan wordt niets vastgelegd: 502) of vastgelegd als telefonisch of via beveiligde mail (de aandachtsfunctionaris geeft de link zelf door).',
        tags,
        params: signalIdParams,
        body: handoverRequest,
        response: {
          201: sentHandoverBody,
          400: errorBody,
          ...denied,
          409: errorBody,
          502: errorBody,
          503: errorBody,
        },
      },
    },
    async (request, reply) => {
      const municipality = ownMunicipality(request);
      const result = await onSignal(db, request, municipality, 'handover.create', () =>
        createHandover(deps, {
          municipality,
          signalId: request.params.id,
          ...request.body,
          actor: { userId: request.actor!.userId, origin: request.ip },
          publicUrl: publicUrlFor(settings, request),
          now: now(),
        }),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/signals/:id/handovers/:handoverId/print',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Afdrukbare versie van een overdracht (HTML; afdrukken of bewaren als PDF)',
        tags,
        params: handoverIdParams,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const municipality = ownMunicipality(request);
      const html = await onSignal(db, request, municipality, 'handover.print', () =>
        inTenant(db, municipality, (tx) => printPage(tx, deps, request, municipality, request.params)),
      );
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PRINT_CSP).send(html);
    },
  );

  app.post(
    '/api/v1/signals/:id/handovers/:handoverId/feedback',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Terugkoppeling vastleggen die de partner telefonisch gaf',
        description: 'Daarna werkt de link van de partner niet meer (één antwoord per overdracht).',
        tags,
        params: handoverIdParams,
        body: afFeedbackRequest,
        response: { 201: z.object({ handover: handoverViewBody }), 400: errorBody, ...denied, 409: errorBody },
      },
    },
    async (request, reply) => {
      const municipality = ownMunicipality(request);
      const at = now();
      const view = await onSignal(db, request, municipality, 'handover.feedback', () =>
        inTenant(db, municipality, async (tx) => {
          const signal = await findSignalForUpdate(tx, request.params.id);
          const handover = await findHandover(tx, signal.id, request.params.handoverId);
          const stored = await recordFeedback(tx, deps.keyring, {
            handover,
            answer: request.body,
            actor: { userId: request.actor!.userId, kind: 'aandachtsfunctionaris' },
            origin: request.ip,
            now: at,
          });
          if (!stored) throw handoverErrors.feedbackAlreadyGiven();
          return toHandoverView(stored, deps.keyring, deps.content, at);
        }),
      );
      return reply.code(201).send({ handover: view });
    },
  );
}
