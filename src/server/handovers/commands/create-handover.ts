import crypto from 'node:crypto';
import type { HandoverChannel } from '../../../domain/signal/handover';
import { handoverDocument, handoverLabels } from '../../../domain/signal/handover-document';
import type { SentHandover } from '../../../domain/signal/views';
import { addDutchDays } from '../../../domain/time/dutch-calendar';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { seal, sealContext } from '../../crypto/sealed-fields';
import { handovers } from '../../db/schema';
import { errors, type RefusalAudit } from '../../http/errors';
import { feedbackLink, feedbackLinkExpiry, newFeedbackToken } from '../../feedback/feedback-token';
import { settingsOf } from '../../settings/settings-repository';
import { appendEvent, applyTransition, findSignalForUpdate } from '../../signals/signal-repository';
import { handoverMail } from '../handover-mail';
import { toHandoverView } from '../handover-view';
import { resolveRecipient } from '../recipient';
import { contentFor, normalizeParts } from './handover-content';
import type { PreviewInput } from './preview-handover';

export interface CreateHandoverInput extends PreviewInput {
  channel: HandoverChannel;
  dueDays?: number | undefined;
}

/**
 * Step 5 of seed 004 in one transaction: the signal moves to `doorgezet`, the handover is stored
 * with exactly the previewed content, a one-time feedback token and the due date (in Dutch
 * calendar days), the history and the audit trail record it, and, for channel e-mail, the e-mail
 * goes out. If the SMTP server does not accept the e-mail, the transaction rolls back: nothing is
 * half done, and the failed attempt is audited (who tried to hand over what, and why it failed).
 */
export const createHandover = defineCommand('handover.create', async (ctx, input: CreateHandoverInput): Promise<SentHandover> => {
  const { content, mailer, keyring } = ctx.services;
  const parts = normalizeParts(input.parts);
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  const { partner, contact } = resolveRecipient(content, signal.municipality, input.partnerId, input.contactId);
  const attempt: RefusalAudit = {
    result: 'failure',
    reason: '',
    objectType: 'signal',
    objectId: signal.id,
    details: { partnerId: input.partnerId, contactId: input.contactId, channel: input.channel },
  };
  if (input.channel === 'email') {
    if (!contact.email) throw errors.contactWithoutEmail(contact.name);
    if (!mailer.enabled) throw errors.mailNotConfigured({ ...attempt, reason: 'mail-not-configured' });
  }
  const handoverContentValue = contentFor(ctx, signal, parts);
  const dueAt = addDutchDays(ctx.now, input.dueDays ?? (await settingsOf(ctx.tx, signal.municipality)).feedbackDays);
  const linkExpiresAt = feedbackLinkExpiry(dueAt);
  const token = newFeedbackToken();
  const id = crypto.randomUUID();

  await applyTransition(ctx, signal, 'doorzetten', { data: { handoverId: id, partnerId: partner.id } });
  const [row] = await ctx.tx
    .insert(handovers)
    .values({
      id,
      signalId: signal.id,
      municipality: signal.municipality,
      partnerId: partner.id,
      partnerName: partner.name,
      contactId: contact.id,
      channel: input.channel,
      // The partner's functional address: the handover went there (e-mail), reminders go there (every channel).
      recipientEmail: contact.email,
      parts,
      contentSealed: seal(keyring, sealContext.handoverContent(id), handoverContentValue),
      sentAt: ctx.now,
      sentByUserId: userOf(ctx.actor).userId,
      dueAt,
      feedbackTokenHash: token.hash,
      feedbackTokenExpiresAt: linkExpiresAt,
    })
    .returning();
  const recorded = { partnerId: partner.id, contactId: contact.id, channel: input.channel, parts, dueAt: dueAt.toISOString() };
  await appendEvent(ctx, signal, { kind: 'overdracht', data: { handoverId: id, ...recorded } });
  await ctx.audit({ action: 'handover.create', objectType: 'handover', objectId: id, details: { signalId: signal.id, ...recorded } });

  const link = feedbackLink(ctx.publicUrl, token.token);
  if (input.channel === 'email') {
    const document = handoverDocument(handoverContentValue, { contactName: contact.name, sentAt: ctx.now, dueAt }, handoverLabels(content.knowledge('nl')));
    const mail = handoverMail({
      to: contact.email!,
      document,
      reference: signal.reference,
      municipality: handoverContentValue.municipality,
      partnerName: partner.name,
      link,
      dueAt,
      linkExpiresAt,
    });
    try {
      await mailer.send(mail);
    } catch {
      // Thrown inside the transaction: the handover, the state change and the audit record roll back.
      throw errors.mailFailed({ ...attempt, reason: 'mail-failed' });
    }
  }
  return { handover: toHandoverView(ctx, row!), feedbackLink: link };
});
