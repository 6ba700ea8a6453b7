import { eq } from 'drizzle-orm';
import type { FeedbackLookup } from '../../../domain/signal/views';
import { sha256 } from '../../auth/secrets';
import type { Context } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { handovers, signals } from '../../db/schema';
import { errors } from '../../http/errors';
import { partnerNameFor, type HandoverRow } from '../../handovers/handover-view';
import { municipalityName } from '../../handovers/recipient';
import { recordFeedback, type FeedbackAnswer } from '../record-feedback';

/*
 * Feedback by a partner through the one-time link in the handover e-mail: no account, the token is
 * the proof. The handover is found by the token across tenants by design (the partner has no
 * account and no municipality; the token — 256 random bits, stored as its hash — is the only key
 * there is); everything after that runs inside the handover's municipality.
 */

async function findByToken(ctx: Context, tokenHash: string): Promise<{ handover: HandoverRow; reference: string } | null> {
  const [row] = await inTransaction(
    ctx,
    (txCtx) =>
      txCtx.tx
        .select({ handover: handovers, reference: signals.reference })
        .from(handovers)
        .innerJoin(signals, eq(signals.id, handovers.signalId))
        .where(eq(handovers.feedbackTokenHash, tokenHash)),
    { municipality: null },
  );
  return row ?? null;
}

/** A refused use of a link, in the audit trail of the handover's municipality (or, unknown, the installation's). */
function refuse(ctx: Context, action: string, handover: HandoverRow | null, reason: string): Promise<void> {
  return inTransaction(
    ctx,
    (txCtx) => txCtx.audit({ action, result: 'denied', objectType: handover ? 'handover' : undefined, objectId: handover?.id, details: { reason } }),
    { municipality: handover?.municipality ?? null },
  );
}

const answered = (h: HandoverRow) => h.feedbackAt !== null || h.feedbackTokenUsedAt !== null;

/** The handover of a token that may still be used, or the refusal (audited) that says why not. */
async function usableHandover(ctx: Context, action: string, token: string, forAnswer: boolean) {
  const found = await findByToken(ctx, sha256(token));
  if (!found) {
    await refuse(ctx, action, null, 'unknown');
    throw errors.feedbackLinkUnknown();
  }
  const { handover } = found;
  const municipality = municipalityName(ctx.services.content, handover.municipality);
  // Looking up an answered link still tells the partner it was answered; answering again does not.
  if (forAnswer && answered(handover)) {
    await refuse(ctx, action, handover, 'used');
    throw errors.feedbackLinkUsed(municipality);
  }
  if (!answered(handover) && handover.feedbackTokenExpiresAt.getTime() <= ctx.services.clock().getTime()) {
    await refuse(ctx, action, handover, 'expired');
    throw errors.feedbackLinkExpired(municipality);
  }
  return { ...found, municipality };
}

/** Partner: which signal is this link about? The reference, municipality, partner and dates only. */
export const lookUpFeedbackLink = defineProcedure('feedback.lookup', async (ctx, input: { token: string }): Promise<FeedbackLookup> => {
  const { handover, reference, municipality } = await usableHandover(ctx, 'feedback.lookup', input.token, false);
  await inTransaction(
    ctx,
    (txCtx) =>
      txCtx.audit({ action: 'feedback.lookup', objectType: 'handover', objectId: handover.id, details: { signalId: handover.signalId, partnerId: handover.partnerId } }),
    { municipality: handover.municipality },
  );
  return {
    reference,
    municipality,
    partnerName: partnerNameFor(ctx.services.content, handover.municipality, handover.partnerId),
    sentAt: handover.sentAt.toISOString(),
    dueAt: handover.dueAt.toISOString(),
    answered: answered(handover),
  };
});

/** Partner: the answer, once per link. */
export const giveFeedback = defineProcedure('feedback.submit', async (ctx, input: FeedbackAnswer & { token: string }): Promise<void> => {
  const { token, ...answer } = input;
  const { handover, municipality } = await usableHandover(ctx, 'feedback.submit', token, true);
  const stored = await inTransaction(ctx, (txCtx) => recordFeedback(txCtx, { handover, answer, tokenHash: sha256(token) }), {
    municipality: handover.municipality,
  });
  if (!stored) {
    // Answered (or the link replaced by a reminder) between the lookup and the write.
    await refuse(ctx, 'feedback.submit', handover, 'used');
    throw errors.feedbackLinkUsed(municipality);
  }
});
