import { HANDOVER_PARTS, handoverContent, type HandoverContent, type HandoverPart } from '../../../domain/signal/handover';
import type { SignalSubmission } from '../../../domain/signal/schema';
import type { TxContext } from '../../context/context';
import { sealContext, unseal } from '../../crypto/sealed-fields';
import type { SignalRow } from '../../signals/signal-repository';
import { municipalityName } from '../recipient';

/** Ticked parts in a fixed order, each once: the same ticks always give the same content. */
export function normalizeParts(parts: readonly HandoverPart[]): HandoverPart[] {
  return HANDOVER_PARTS.filter((p) => parts.includes(p));
}

/**
 * The content for a partner: `handoverContent` of the domain core over the decrypted submission,
 * with the reference and the municipality's name. The preview, the stored handover, the e-mail and
 * the print all come from here.
 */
export function contentFor(ctx: TxContext, signal: SignalRow, parts: readonly HandoverPart[]): HandoverContent {
  const { keyring, content } = ctx.services;
  const submission = unseal<SignalSubmission>(keyring, sealContext.submission(signal.id), signal.submissionSealed);
  return handoverContent(submission, { reference: signal.reference, municipality: municipalityName(content, signal.municipality) }, normalizeParts(parts));
}
