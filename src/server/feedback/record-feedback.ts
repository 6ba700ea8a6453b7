import { and, eq, isNull } from 'drizzle-orm';
import { transition, type SignalState } from '../../domain/signal/workflow';
import { recordAudit } from '../audit/record-audit';
import type { Keyring } from '../crypto/keyring';
import { handovers } from '../db/schema';
import type { Tx } from '../db/tenant';
import { appendEvent, applyTransition, findSignalForUpdate, seal, sealContext, type SignalActor } from '../signals/signal-store';
import type { FeedbackOutcome, HandoverRow } from '../handovers/handover-view';

export interface FeedbackAnswer {
  outcome: FeedbackOutcome;
  forwardedTo?: string | undefined;
  note?: string | undefined;
}

/**
 * Stores a partner's feedback on a handover, in the caller's tenant transaction: the answer (the
 * note and "forwarded to" encrypted), the token marked used (one answer per handover, also when the AF recorded it),
 * the signal moved to `terugkoppeling-ontvangen` with an entry in its history, and an audit record.
 *
 * `tokenHash`: when the partner answers through the link, the write only succeeds while the link
 * is still this one and unused, so two simultaneous answers (or an answer and a reminder that
 * replaces the link) cannot both count. Returns null when the handover was already answered.
 */
export async function recordFeedback(
  tx: Tx,
  keyring: Keyring,
  input: {
    handover: HandoverRow;
    answer: FeedbackAnswer;
    actor: SignalActor;
    origin: string | null;
    now: Date;
    tokenHash?: string;
  },
): Promise<HandoverRow | null> {
  const { handover, answer, actor, now } = input;
  // The signal first, then the handover: the same lock order as a new handover.
  const signal = await findSignalForUpdate(tx, handover.signalId);
  const [updated] = await tx
    .update(handovers)
    .set({
      feedbackOutcome: answer.outcome,
      feedbackForwardedToSealed:
        answer.outcome === 'forwarded' && answer.forwardedTo ? seal(keyring, sealContext.feedbackForwardedTo(handover.id), answer.forwardedTo) : null,
      feedbackNoteSealed: answer.note ? seal(keyring, sealContext.feedbackNote(handover.id), answer.note) : null,
      feedbackAt: now,
      feedbackTokenUsedAt: now,
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

  const data = { handoverId: handover.id, partnerId: handover.partnerId, outcome: answer.outcome, via: actor.kind === 'partner' ? 'link' : 'aandachtsfunctionaris' };
  if (transition(signal.state as SignalState, 'terugkoppeling-ontvangen').ok) {
    await applyTransition(tx, keyring, signal, 'terugkoppeling-ontvangen', actor, now, { data });
  } else {
    // The AF has moved on (e.g. already informed the reporter after another partner's answer):
    // the answer is kept in the history all the same, without changing the state.
    await appendEvent(tx, keyring, signal, actor, { kind: 'terugkoppeling-ontvangen', data }, now);
  }
  await recordAudit(tx, {
    municipality: handover.municipality,
    actorUserId: actor.userId,
    actor: actor.kind,
    action: 'handover.feedback',
    objectType: 'handover',
    objectId: handover.id,
    result: 'success',
    origin: input.origin,
    details: { signalId: handover.signalId, partnerId: handover.partnerId, outcome: answer.outcome, note: Boolean(answer.note) },
  });
  return updated;
}
