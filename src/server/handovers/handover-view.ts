import { and, asc, eq } from 'drizzle-orm';
import type { Content } from '../../domain/content/content';
import type { HandoverContent, HandoverPart } from '../../domain/signal/handover';
import type { HandoverView } from '../../domain/signal/views';
import type { TxContext } from '../context/context';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { handovers } from '../db/schema';
import type { Tx } from '../db/tenant';
import { errors } from '../http/errors';

// The API shapes live in the domain, shared with the web (src/domain/signal/views.ts).
export type { FeedbackOutcome } from '../../domain/signal/handover';
export type { HandoverView } from '../../domain/signal/views';

export type HandoverRow = typeof handovers.$inferSelect;

/** Name of a partner in the directory of the municipality's region (Dutch), or its id. */
export function partnerNameFor(content: Content, municipality: string, partnerId: string): string {
  const region = content.municipality(municipality)?.region;
  const partner = region ? content.partners(region, 'nl').find((p) => p.id === partnerId) : undefined;
  return partner?.name ?? partnerId;
}

export function isOverdue(row: Pick<HandoverRow, 'dueAt' | 'feedbackAt'>, now: Date): boolean {
  return row.feedbackAt === null && row.dueAt.getTime() < now.getTime();
}

/** A handover of this signal in the transaction's municipality (row-level security), or 404. */
export async function findHandover(tx: Tx, signalId: string, handoverId: string): Promise<HandoverRow> {
  const [row] = await tx.select().from(handovers).where(and(eq(handovers.id, handoverId), eq(handovers.signalId, signalId)));
  if (!row) throw errors.handoverNotFound(signalId, handoverId);
  return row;
}

/** One stored handover as the AF sees it; decrypts the content and the partner's answer. */
export function toHandoverView(ctx: TxContext, row: HandoverRow): HandoverView {
  const { keyring, content } = ctx.services;
  const { now } = ctx;
  return {
    id: row.id,
    partnerId: row.partnerId,
    // As it was handed over; a handover from before names were kept takes today's name.
    partnerName: row.partnerName ?? partnerNameFor(content, row.municipality, row.partnerId),
    contactId: row.contactId,
    channel: row.channel,
    recipientEmail: row.recipientEmail,
    parts: row.parts as HandoverPart[],
    content: unseal<HandoverContent>(keyring, sealContext.handoverContent(row.id), row.contentSealed),
    sentAt: row.sentAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: isOverdue(row, now),
    feedback:
      row.feedbackAt && row.feedbackOutcome
        ? {
            outcome: row.feedbackOutcome,
            forwardedTo: row.feedbackForwardedToSealed ? unseal<string>(keyring, sealContext.feedbackForwardedTo(row.id), row.feedbackForwardedToSealed) : null,
            note: row.feedbackNoteSealed ? unseal<string>(keyring, sealContext.feedbackNote(row.id), row.feedbackNoteSealed) : null,
            at: row.feedbackAt.toISOString(),
          }
        : null,
  };
}

/**
 * The handovers of one signal, oldest first, for the case view. Runs in the caller's tenant
 * transaction (row-level security): a signal of another municipality has no handovers here.
 */
export async function listHandovers(ctx: TxContext, signalId: string): Promise<HandoverView[]> {
  const rows = await ctx.tx.select().from(handovers).where(eq(handovers.signalId, signalId)).orderBy(asc(handovers.sentAt), asc(handovers.id));
  return rows.map((row) => toHandoverView(ctx, row));
}
