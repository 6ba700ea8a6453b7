import type { HandoverContent } from '../../../domain/signal/handover';
import { handoverDocument, handoverLabels } from '../../../domain/signal/handover-document';
import { defineCommand } from '../../context/run';
import { sealContext, unseal } from '../../crypto/sealed-fields';
import { AppError } from '../../http/errors';
import { findSignalForUpdate } from '../../signals/signal-repository';
import { findHandover, partnerNameFor } from '../handover-view';
import { resolveRecipient } from '../recipient';
import { renderHandoverHtml } from '../render-handover';

/** The printable page of one handover of a signal (the same renderer as the e-mail); reading it is audited. */
export const printHandover = defineCommand('handover.print', async (ctx, input: { signalId: string; handoverId: string }): Promise<string> => {
  const { keyring, content } = ctx.services;
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  const handover = await findHandover(ctx.tx, signal.id, input.handoverId);
  const handoverContent = unseal<HandoverContent>(keyring, sealContext.handoverContent(handover.id), handover.contentSealed);
  let contactName = partnerNameFor(content, signal.municipality, handover.partnerId);
  try {
    contactName = resolveRecipient(content, signal.municipality, handover.partnerId, handover.contactId).contact.name;
  } catch (error) {
    // The contact has since left the directory: the partner's name will do.
    if (!(error instanceof AppError)) throw error;
  }
  await ctx.audit({ action: 'handover.print', objectType: 'handover', objectId: handover.id, details: { signalId: signal.id } });
  const document = handoverDocument(handoverContent, { contactName, sentAt: handover.sentAt, dueAt: handover.dueAt }, handoverLabels(content.knowledge('nl')));
  return renderHandoverHtml(document);
});
