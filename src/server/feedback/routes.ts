import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { sha256 } from '../auth/secrets';
import type { AuthSettings } from '../auth/settings';
import type { Db } from '../db/client';
import { handovers, signals } from '../db/schema';
import { asSystem, inTenant } from '../db/tenant';
import { errorBody } from '../http/common-schemas';
import type { App, AppDeps } from '../http/types';
import { handoverErrors } from '../handovers/handover-errors';
import { partnerNameFor, type HandoverRow } from '../handovers/handover-view';
import { municipalityName } from '../handovers/recipient';
import { feedbackLookupBody, feedbackLookupRequest, partnerFeedbackRequest } from '../handovers/schema';
import { recordFeedback } from './record-feedback';

/** Stricter than the API's general limit: these endpoints take a secret from an unauthenticated caller. */
export const FEEDBACK_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

const tags = ['terugkoppeling'];

/**
 * The handover of a feedback token, with its signal's reference. Across tenants by design: the
 * partner has no account and no municipality; the token (256 random bits, stored as its hash) is
 * the only key there is. Everything after this lookup runs inside the handover's municipality.
 */
async function findByToken(db: Db, tokenHash: string): Promise<{ handover: HandoverRow; reference: string } | null> {
  const [row] = await asSystem(db, (tx) =>
    tx
      .select({ handover: handovers, reference: signals.reference })
      .from(handovers)
      .innerJoin(signals, eq(signals.id, handovers.signalId))
      .where(eq(handovers.feedbackTokenHash, tokenHash)),
  );
  return row ?? null;
}

/** A refused use of a link, in the audit trail of the handover's municipality (or the one without). */
async function auditRefused(db: Db, action: string, handover: HandoverRow | null, reason: string, origin: string): Promise<void> {
  const entry = {
    municipality: handover?.municipality ?? null,
    actorUserId: null,
    actor: 'partner',
    action,
    objectType: handover ? 'handover' : undefined,
    objectId: handover?.id,
    result: 'denied' as const,
    origin,
    details: { reason },
  };
  if (handover) await inTenant(db, handover.municipality, (tx) => recordAudit(tx, entry));
  // Unknown token: no municipality to file it under. Written as the schema owner (no tenant).
  else await asSystem(db, (tx) => recordAudit(tx, entry));
}

const answered = (h: HandoverRow) => h.feedbackAt !== null || h.feedbackTokenUsedAt !== null;

/** Feedback by a partner through the one-time link in the handover e-mail: no account, the token is the proof. */
export function registerFeedbackRoutes(app: App, deps: AppDeps, settings: AuthSettings): void {
  const { db } = deps.database;
  const now = deps.now ?? settings.now;

  app.post(
    '/api/v1/feedback/lookup',
    {
      config: { policy: 'feedback.partner', rateLimit: FEEDBACK_RATE_LIMIT },
      schema: {
        summary: 'Partner: over welk signaal gaat deze terugkoppelingslink?',
        description: 'Geeft alleen het kenmerk, de gemeente, de partner en de data; geen inhoud van het signaal.',
        tags,
        body: feedbackLookupRequest,
        response: { 200: feedbackLookupBody, 400: errorBody, 404: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request) => {
      const found = await findByToken(db, sha256(request.body.token));
      if (!found) {
        await auditRefused(db, 'feedback.lookup', null, 'unknown', request.ip);
        throw handoverErrors.feedbackLinkUnknown();
      }
      const { handover, reference } = found;
      const municipality = municipalityName(deps.content, handover.municipality);
      if (!answered(handover) && handover.feedbackTokenExpiresAt.getTime() <= now().getTime()) {
        await auditRefused(db, 'feedback.lookup', handover, 'expired', request.ip);
        throw handoverErrors.feedbackLinkExpired(municipality);
      }
      await inTenant(db, handover.municipality, (tx) =>
        recordAudit(tx, {
          municipality: handover.municipality,
          actorUserId: null,
          actor: 'partner',
          action: 'feedback.lookup',
          objectType: 'handover',
          objectId: handover.id,
          result: 'success',
          origin: request.ip,
          details: { signalId: handover.signalId, partnerId: handover.partnerId },
        }),
      );
      return {
        reference,
        municipality,
        partnerName: partnerNameFor(deps.content, handover.municipality, handover.partnerId),
        sentAt: handover.sentAt.toISOString(),
        dueAt: handover.dueAt.toISOString(),
        answered: answered(handover),
      };
    },
  );

  app.post(
    '/api/v1/feedback',
    {
      config: { policy: 'feedback.partner', rateLimit: FEEDBACK_RATE_LIMIT },
      schema: {
        summary: 'Partner: terugkoppeling geven met de eenmalige link',
        description: 'Eén keer per link. Een gebruikte of verlopen link geeft 410, een onbekende 404.',
        tags,
        body: partnerFeedbackRequest,
        response: { 201: z.object({ status: z.literal('ok') }), 400: errorBody, 404: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const { token, ...answer } = request.body;
      const tokenHash = sha256(token);
      const found = await findByToken(db, tokenHash);
      if (!found) {
        await auditRefused(db, 'feedback.submit', null, 'unknown', request.ip);
        throw handoverErrors.feedbackLinkUnknown();
      }
      const { handover } = found;
      const municipality = municipalityName(deps.content, handover.municipality);
      const at = now();
      if (answered(handover)) {
        await auditRefused(db, 'feedback.submit', handover, 'used', request.ip);
        throw handoverErrors.feedbackLinkUsed(municipality);
      }
      if (handover.feedbackTokenExpiresAt.getTime() <= at.getTime()) {
        await auditRefused(db, 'feedback.submit', handover, 'expired', request.ip);
        throw handoverErrors.feedbackLinkExpired(municipality);
      }
      const stored = await inTenant(db, handover.municipality, (tx) =>
        recordFeedback(tx, deps.keyring, { handover, answer, actor: { userId: null, kind: 'partner' }, origin: request.ip, now: at, tokenHash }),
      );
      if (!stored) {
        // Answered (or the link replaced by a reminder) between the lookup and the write.
        await auditRefused(db, 'feedback.submit', handover, 'used', request.ip);
        throw handoverErrors.feedbackLinkUsed(municipality);
      }
      return reply.code(201).send({ status: 'ok' as const });
    },
  );
}
