import { and, eq } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { handovers, signals } from '../../db/schema';
import { feedbackLink, newFeedbackToken } from '../../feedback/feedback-token';
import { partnerNameFor } from '../../handovers/handover-view';
import { municipalityName } from '../../handovers/recipient';
import { due } from '../due-reminders';
import { reminderMail, type ReminderKind } from '../reminder-mail';

/**
 * Claims one reminder and sends it, in the handover's municipality and in one transaction: the
 * claim is one atomic UPDATE that only succeeds while the reminder is unsent, the handover
 * unanswered and its signal neither closed nor "niet doorgezet" (a second instance's UPDATE waits
 * for this transaction and then matches nothing); the e-mail is sent before the commit, so a failed
 * send rolls the claim back and the job is tried again. The reminder carries a new link: only the
 * hash of the old token is stored, so the token is replaced (the old link stops working).
 * Returns whether this call sent it.
 */
export const sendReminder = defineCommand('handover.reminder', async (ctx, input: { handoverId: string; kind: ReminderKind }): Promise<boolean> => {
  const { content, mailer } = ctx.services;
  if (!mailer.enabled) return false;
  const token = newFeedbackToken();
  const [claimed] = await ctx.tx
    .update(handovers)
    .set({ ...(input.kind === 'before' ? { reminderBeforeSentAt: ctx.now } : { reminderAfterSentAt: ctx.now }), feedbackTokenHash: token.hash })
    .where(and(eq(handovers.id, input.handoverId), due(input.kind, ctx.now)))
    .returning();
  if (!claimed) return false;
  const [signal] = await ctx.tx.select({ reference: signals.reference }).from(signals).where(eq(signals.id, claimed.signalId));
  await ctx.audit({
    action: 'handover.reminder',
    objectType: 'handover',
    objectId: claimed.id,
    details: { signalId: claimed.signalId, partnerId: claimed.partnerId, kind: input.kind },
  });
  await mailer.send(
    reminderMail({
      kind: input.kind,
      to: claimed.recipientEmail!,
      reference: signal!.reference,
      municipality: municipalityName(content, claimed.municipality),
      partnerName: partnerNameFor(content, claimed.municipality, claimed.partnerId),
      sentAt: claimed.sentAt,
      dueAt: claimed.dueAt,
      link: feedbackLink(ctx.publicUrl, token.token),
      linkExpiresAt: claimed.feedbackTokenExpiresAt,
    }),
  );
  return true;
});
