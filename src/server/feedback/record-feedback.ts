import { and, eq, isNull } from 'drizzle-orm';
import { transition, type SignalState } from '../../domain/signal/workflow';
import type { TxContext } from '../context/context';
import { seal, sealContext } from '../crypto/sealed-fields';
import { handovers } from '../db/schema';
import type { FeedbackOutcome, HandoverRow } from '../handovers/handover-view';
import { appendEvent, applyTransition, findSignalForUpdate } from '../signals/signal-repository';

export interface FeedbackAnswer {
  outcome: FeedbackOutcome;
  forwardedTo?: string | undefined;
  note?: string | undefined;
}

/**
 * Stores a partner's feedback on a handover, in the caller's tenant transaction: the answer (the
 * note and "forwarded to" encrypted), the token marked used (one answer per handover, also when the
 * AF recorded it), the signal moved to `terugkoppeling-ontvangen` with an entry in its history, and
 * an audit record.
 *
 * `tokenHash`: when the partner answers through the link, the write only succeeds while the link
 * is still this one and unused, so two simultaneous answers (or an answer and a reminder that
 * replaces the link) cannot both count. Returns null when the handover was already answered.
 */
export async function recordFeedback(
  ctx: TxContext,
  input: { handover: HandoverRow; answer: FeedbackAnswer; tokenHash?: string },
): Promise<HandoverRow | null> {
  const { handover, answer } = input;
  const { keyring } = ctx.services;
  // The signal first, then the handover: the same lock order as a new handover.
  const signal = await findSignalForUpdate(ctx.tx, handover.signalId);
  const [updated] = await ctx.tx
    .update(handovers)
    .set({
      feedbackOutcome: answer.outcome,
      feedbackForwardedToSealed:
        answer.outcome === 'forwarded' && answer.forwardedTo ? seal(keyring, sealContext.feedbackForwardedTo(handover.id), answer.forwardedTo) : null,
      feedbackNoteSealed: answer.note ? seal(keyring, sealContext.feedbackNote(handover.id), answer.note) : null,
      feedbackAt: ctx.now,
      feedbackTokenUsedAt: ctx.now,
    })
    .where(
      and(
        eq(handovers.id, handover.id),
        isNull(handovers.feedbackAt),
        isNull(handovers.feedbackTokenUsedAt),
        ...(input.tokenHash ? [eq(handovers.feedbackTokenHash, input.tokenHash)] : []),
      ),
    )
    .returning();
  if (!updated) return null;

  const viaLink = ctx.actor.kind === 'visitor';
  const data = { handoverId: handover.id, partnerId: handover.partnerId, outcome: answer.outcome, via: viaLink ? 'link' : 'aandachtsfunctionaris' };
  if (transition(signal.state as SignalState, 'terugkoppeling-ontvangen').ok) {
    await applyTransition(ctx, signal, 'terugkoppeling-ontvangen', { data });
  } else {
    // The AF has moved on (e.g. already informed the reporter after another partner's answer):
    // the answer is kept in the history all the same, without changing the state.
    await appendEvent(ctx, signal, { kind: 'terugkoppeling-ontvangen', data });
  }
  await ctx.audit({
    action: 'handover.feedback',
    objectType: 'handover',
    objectId: handover.id,
    details: { signalId: handover.signalId, partnerId: handover.partnerId, outcome: answer.outcome, note: Boolean(answer.note) },
  });
  return updated;
}
