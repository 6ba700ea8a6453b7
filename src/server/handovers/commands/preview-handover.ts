import type { HandoverContent, HandoverPart } from '../../../domain/signal/handover';
import { defineCommand } from '../../context/run';
import { findSignalForUpdate } from '../../signals/signal-repository';
import { resolveRecipient } from '../recipient';
import { contentFor, normalizeParts } from './handover-content';

export interface PreviewInput {
  signalId: string;
  partnerId: string;
  contactId: string;
  parts: HandoverPart[];
}

/** The preview: exactly the content the partner will get. Reading the signal for it is audited. */
export const previewHandover = defineCommand('handover.preview', async (ctx, input: PreviewInput): Promise<HandoverContent> => {
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  resolveRecipient(ctx.services.content, signal.municipality, input.partnerId, input.contactId);
  const result = contentFor(ctx, signal, input.parts);
  await ctx.audit({
    action: 'handover.preview',
    objectType: 'signal',
    objectId: signal.id,
    details: { partnerId: input.partnerId, contactId: input.contactId, parts: normalizeParts(input.parts) },
  });
  return result;
});
