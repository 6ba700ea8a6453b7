import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Content } from '../../domain/content/content';
import { DEFAULT_FEEDBACK_DAYS, HANDOVER_PARTS, handoverContent, type HandoverChannel, type HandoverContent, type HandoverPart } from '../../domain/signal/handover';
import { handoverDocument, handoverLabels } from '../../domain/signal/handover-document';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { SentHandover } from '../../domain/signal/views';
import { recordAudit } from '../audit/record-audit';
import type { Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import { handovers, municipalitySettings } from '../db/schema';
import { inTenant, type Tx } from '../db/tenant';
import { AppError } from '../http/errors';
import type { Mailer } from '../mail/mailer';
import { addDays, feedbackLink, feedbackLinkExpiry, newFeedbackToken } from '../feedback/feedback-token';
import { appendEvent, applyTransition, findSignalForUpdate, seal, sealContext, unseal, type SignalActor, type SignalRow } from '../signals/signal-store';
import { handoverErrors } from './handover-errors';
import { handoverMail } from './handover-mail';
import { toHandoverView } from './handover-view';
import { municipalityName, resolveRecipient } from './recipient';

/** Ticked parts in a fixed order, each once: the same ticks always give the same content. */
export function normalizeParts(parts: readonly HandoverPart[]): HandoverPart[] {
  return HANDOVER_PARTS.filter((p) => parts.includes(p));
}

/**
 * The content for a partner: `handoverContent` of the domain core over the decrypted submission,
 * with the reference and the municipality's name. The preview, the stored handover, the e-mail and
 * the print all come from here.
 */
export function contentFor(signal: SignalRow, keyring: Keyring, content: Content, parts: readonly HandoverPart[]): HandoverContent {
  const submission = unseal<SignalSubmission>(keyring, sealContext.submission(signal.id), signal.submissionSealed);
  return handoverContent(submission, { reference: signal.reference, municipality: municipalityName(content, signal.municipality) }, normalizeParts(parts));
}

export interface HandoverDeps {
  database: Database;
  content: Content;
  keyring: Keyring;
  mailer: Mailer;
}

export interface ActingUser {
  userId: string;
  origin: string | null;
}

/** The preview: exactly the content the partner will get. Reading the signal for it is audited. */
export async function previewHandover(
  deps: HandoverDeps,
  input: { municipality: string; signalId: string; partnerId: string; contactId: string; parts: HandoverPart[]; actor: ActingUser },
): Promise<HandoverContent> {
  return inTenant(deps.database.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    resolveRecipient(deps.content, signal.municipality, input.partnerId, input.contactId);
    const result = contentFor(signal, deps.keyring, deps.content, input.parts);
    await recordAudit(tx, {
      municipality: signal.municipality,
      actorUserId: input.actor.userId,
      actor: 'aandachtsfunctionaris',
      action: 'handover.preview',
      objectType: 'signal',
      objectId: signal.id,
      result: 'success',
      origin: input.actor.origin,
      details: { partnerId: input.partnerId, contactId: input.contactId, parts: normalizeParts(input.parts) },
    });
    return result;
  });
}

async function feedbackDaysOf(tx: Tx, municipality: string): Promise<number> {
  const [row] = await tx.select({ days: municipalitySettings.feedbackDays }).from(municipalitySettings).where(eq(municipalitySettings.municipality, municipality));
  return row?.days ?? DEFAULT_FEEDBACK_DAYS;
}

export interface CreateHandoverInput {
  municipality: string;
  signalId: string;
  partnerId: string;
  contactId: string;
  parts: HandoverPart[];
  channel: HandoverChannel;
  dueDays?: number | undefined;
  actor: ActingUser;
  /** Base address for the feedback link. */
  publicUrl: string;
  now: Date;
}

/**
 * Step 5 of seed 004 in one transaction: the signal moves to `doorgezet`, the handover is stored
 * with exactly the previewed content, a one-time feedback token and the due date, the history and
 * the audit trail record it, and, for channel e-mail, the e-mail goes out. If the SMTP server does
 * not accept the e-mail, the transaction rolls back: nothing is half done.
 */
export async function createHandover(deps: HandoverDeps, input: CreateHandoverInput): Promise<SentHandover> {
  try {
    return await handOver(deps, input);
  } catch (error) {
    if (error instanceof AppError && (error.id === 'mail-failed' || error.id === 'mail-not-configured')) {
      // Nothing was stored, but the attempt was: who tried to hand over what, and that it failed.
      await inTenant(deps.database.db, input.municipality, (tx) =>
        recordAudit(tx, {
          municipality: input.municipality,
          actorUserId: input.actor.userId,
          actor: 'aandachtsfunctionaris',
          action: 'handover.create',
          objectType: 'signal',
          objectId: input.signalId,
          result: 'failure',
          origin: input.actor.origin,
          details: { reason: error.id, partnerId: input.partnerId, contactId: input.contactId, channel: input.channel },
        }),
      );
    }
    throw error;
  }
}

async function handOver(deps: HandoverDeps, input: CreateHandoverInput): Promise<SentHandover> {
  const { now } = input;
  const parts = normalizeParts(input.parts);
  return inTenant(deps.database.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    const { partner, contact } = resolveRecipient(deps.content, signal.municipality, input.partnerId, input.contactId);
    if (input.channel === 'email') {
      if (!contact.email) throw handoverErrors.contactWithoutEmail(contact.name);
      if (!deps.mailer.enabled) throw handoverErrors.mailNotConfigured();
    }
    const handoverContentValue = contentFor(signal, deps.keyring, deps.content, parts);
    const dueAt = addDays(now, input.dueDays ?? (await feedbackDaysOf(tx, signal.municipality)));
    const linkExpiresAt = feedbackLinkExpiry(dueAt);
    const token = newFeedbackToken();
    const id = crypto.randomUUID();
    const actor: SignalActor = { userId: input.actor.userId, kind: 'aandachtsfunctionaris' };

    await applyTransition(tx, deps.keyring, signal, 'doorzetten', actor, now, { data: { handoverId: id, partnerId: partner.id } });
    const [row] = await tx
      .insert(handovers)
      .values({
        id,
        signalId: signal.id,
        municipality: signal.municipality,
        partnerId: partner.id,
        contactId: contact.id,
        channel: input.channel,
        // The partner's functional address: the handover went there (e-mail), reminders go there (every channel).
        recipientEmail: contact.email,
        parts,
        contentSealed: seal(deps.keyring, sealContext.handoverContent(id), handoverContentValue),
        sentAt: now,
        sentByUserId: input.actor.userId,
        dueAt,
        feedbackTokenHash: token.hash,
        feedbackTokenExpiresAt: linkExpiresAt,
      })
      .returning();
    await appendEvent(
      tx,
      deps.keyring,
      signal,
      actor,
      { kind: 'overdracht', data: { handoverId: id, partnerId: partner.id, contactId: contact.id, channel: input.channel, parts, dueAt: dueAt.toISOString() } },
      now,
    );
    await recordAudit(tx, {
      municipality: signal.municipality,
      actorUserId: input.actor.userId,
      actor: 'aandachtsfunctionaris',
      action: 'handover.create',
      objectType: 'handover',
      objectId: id,
      result: 'success',
      origin: input.actor.origin,
      details: { signalId: signal.id, partnerId: partner.id, contactId: contact.id, channel: input.channel, parts, dueAt: dueAt.toISOString() },
    });

    const link = feedbackLink(input.publicUrl, token.token);
    if (input.channel === 'email') {
      const document = handoverDocument(handoverContentValue, { contactName: contact.name, sentAt: now, dueAt }, handoverLabels(deps.content.knowledge('nl')));
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
        await deps.mailer.send(mail);
      } catch {
        // Thrown inside the transaction: the handover, the state change and the audit record roll back.
        throw handoverErrors.mailFailed();
      }
    }
    return { handover: toHandoverView(row!, deps.keyring, deps.content, now), feedbackLink: link };
  });
}
