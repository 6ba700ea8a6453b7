import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Content } from '../../domain/content/content';
import { HANDOVER_PARTS, type HandoverContent, type HandoverPart } from '../../domain/signal/handover';
import { PERSON_ROLES, SIGNAL_FORMS } from '../../domain/signal/schema';
import type { Keyring } from '../crypto/keyring';
import { handovers } from '../db/schema';
import type { Tx } from '../db/tenant';
import { sealContext, unseal } from '../signals/signal-store';

export const HANDOVER_CHANNELS = ['email', 'phone', 'secure-mail'] as const;
export type HandoverChannel = (typeof HANDOVER_CHANNELS)[number];

export const FEEDBACK_OUTCOMES = ['taken-up', 'not-taken-up', 'forwarded', 'other'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export type HandoverRow = typeof handovers.$inferSelect;

/** A handover as the AF sees it in the case view: what went where, and whether the partner answered. */
export interface HandoverView {
  id: string;
  partnerId: string;
  /** From the partner directory; the partner id when the partner has since left the directory. */
  partnerName: string;
  contactId: string;
  channel: HandoverChannel;
  /**
   * The partner's (functional) address: where the handover e-mail went (channel `email`), and
   * where reminders go for every channel. Null when the contact has no e-mail address.
   */
  recipientEmail: string | null;
  parts: HandoverPart[];
  /** Exactly what the partner received (the preview, the e-mail and the print are made from it). */
  content: HandoverContent;
  sentAt: string;
  dueAt: string;
  /** Due date passed without feedback: the inbox counts these (`due_at < now and feedback_at is null`). */
  overdue: boolean;
  feedback: { outcome: FeedbackOutcome; forwardedTo: string | null; note: string | null; at: string } | null;
}

/*
 * The API shape of HandoverContent: only the ticked parts are present. Output shapes are lenient
 * (no input limits or refinements): what was stored and sent must always be shown, also after the
 * submission rules change.
 */
const personBody = z.object({
  role: z.enum(PERSON_ROLES),
  name: z.string().optional(),
  dateOfBirth: z.string().optional(),
  estimatedAge: z.number().optional(),
  nationality: z.string().optional(),
  language: z.string().optional(),
  description: z.string().optional(),
});
const organisationBody = z.object({ name: z.string(), kvkNumber: z.string().optional() });
const addressBody = z.object({
  postcode: z.string(),
  houseNumber: z.number(),
  addition: z.string().optional(),
  street: z.string().optional(),
  place: z.string().optional(),
});

export const handoverContentBody: z.ZodType<HandoverContent> = z
  .object({
    reference: z.string(),
    municipality: z.string().describe('Naam van de gemeente'),
    forms: z.array(z.enum(SIGNAL_FORMS)).optional(),
    observedSignals: z.array(z.string()).optional(),
    description: z.string().optional(),
    observedOn: z.string().nullable().optional(),
    location: z.string().nullable().optional(),
    persons: z.array(personBody).optional(),
    organisations: z.array(organisationBody).optional(),
    addresses: z.array(addressBody).optional(),
    sector: z.string().nullable().optional(),
    acuteDanger: z.boolean().optional(),
    personAware: z.enum(['yes', 'no', 'unknown']).optional(),
  })
  .meta({ id: 'HandoverContent', description: 'Precies wat de partner krijgt: alleen de aangevinkte onderdelen, nooit de melder' });

/** The API shape of HandoverView (for response schemas and the OpenAPI document). */
export const handoverViewBody = z
  .object({
    id: z.string(),
    partnerId: z.string(),
    partnerName: z.string(),
    contactId: z.string(),
    channel: z.enum(HANDOVER_CHANNELS),
    recipientEmail: z.string().nullable(),
    parts: z.array(z.enum(HANDOVER_PARTS)),
    content: handoverContentBody,
    sentAt: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    feedback: z
      .object({ outcome: z.enum(FEEDBACK_OUTCOMES), forwardedTo: z.string().nullable(), note: z.string().nullable(), at: z.string() })
      .nullable(),
  })
  .meta({ id: 'Handover' });

/** Name of a partner in the directory of the municipality's region (Dutch), or its id. */
export function partnerNameFor(content: Content, municipality: string, partnerId: string): string {
  const region = content.municipality(municipality)?.region;
  const partner = region ? content.partners(region, 'nl').find((p) => p.id === partnerId) : undefined;
  return partner?.name ?? partnerId;
}

export function isOverdue(row: Pick<HandoverRow, 'dueAt' | 'feedbackAt'>, now: Date): boolean {
  return row.feedbackAt === null && row.dueAt.getTime() < now.getTime();
}

/** One stored handover as the AF sees it; decrypts the content and the partner's note. */
export function toHandoverView(row: HandoverRow, keyring: Keyring, content: Content, now: Date): HandoverView {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: partnerNameFor(content, row.municipality, row.partnerId),
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
            forwardedTo: row.feedbackForwardedTo,
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
export async function listHandovers(tx: Tx, keyring: Keyring, content: Content, signalId: string, now: Date): Promise<HandoverView[]> {
  const rows = await tx.select().from(handovers).where(eq(handovers.signalId, signalId)).orderBy(asc(handovers.sentAt), asc(handovers.id));
  return rows.map((row) => toHandoverView(row, keyring, content, now));
}
