import { and, eq, gt, isNotNull, isNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Content } from '../../domain/content/content';
import type { SignalState } from '../../domain/signal/workflow';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { handovers, signals } from '../db/schema';
import { asSystem } from '../db/tenant';
import { addDays, feedbackLink, newFeedbackToken } from '../feedback/feedback-token';
import { partnerNameFor } from '../handovers/handover-view';
import { municipalityName } from '../handovers/recipient';
import type { Mailer } from '../mail/mailer';
import { reminderMail, type ReminderKind } from './reminder-mail';

/** The first reminder goes this many days before the due date; the second once it has passed. */
export const REMINDER_DAYS_BEFORE = 2;

export interface ReminderDeps {
  database: Database;
  content: Content;
  mailer: Mailer;
  /** Base address for the new feedback links. */
  publicUrl: string;
  /** Failures are logged without personal data: ids and error codes only. */
  logger?: Pick<FastifyBaseLogger, 'warn' | 'error' | 'info'>;
}

/**
 * Signals in these states get no reminders for their handovers: the AF closed the case, or decided
 * (after reopening) not to pass it on. Reopening brings the reminders back that are still due.
 */
export const NO_REMINDERS_IN: readonly SignalState[] = ['afgesloten', 'niet-doorgezet'];

/** The handover's signal is in a state that still waits for the partner. */
const signalWaiting: SQL = sql`exists (select 1 from ${signals} where ${signals.id} = ${handovers.signalId} and ${notInArray(signals.state, [...NO_REMINDERS_IN])})`;

/**
 * Open handovers whose link still works, that have an address to remind, and whose signal still
 * waits for feedback: the shared part of every condition.
 */
function open(now: Date): SQL {
  return and(
    isNull(handovers.feedbackAt),
    isNull(handovers.feedbackTokenUsedAt),
    isNotNull(handovers.recipientEmail),
    gt(handovers.feedbackTokenExpiresAt, now),
    signalWaiting,
  )!;
}

/** Due for this reminder at `now`, and not yet sent. */
function due(kind: ReminderKind, now: Date): SQL {
  return kind === 'before'
    ? and(open(now), isNull(handovers.reminderBeforeSentAt), gt(handovers.dueAt, now), lte(handovers.dueAt, addDays(now, REMINDER_DAYS_BEFORE)))!
    : and(open(now), isNull(handovers.reminderAfterSentAt), lte(handovers.dueAt, now))!;
}

/**
 * Claims one reminder and sends it, in one transaction: the claim is one atomic UPDATE that only
 * succeeds while the reminder is unsent, the handover unanswered and its signal neither closed nor
 * "niet doorgezet" (a second instance's UPDATE waits for this transaction and then matches nothing); the e-mail is sent before the commit, so a failed send rolls the claim
 * back and the next run tries again. The reminder carries a new link: only the hash of the old
 * token is stored, so the token is replaced (the old link stops working).
 */
async function claimAndSend(deps: ReminderDeps, handoverId: string, kind: ReminderKind, now: Date): Promise<boolean> {
  // Across tenants as the schema owner: reminders are the installation's own scheduled work for
  // every municipality, not a user's request; each claim touches exactly one handover by id.
  return asSystem(deps.database.db, async (tx) => {
    const token = newFeedbackToken();
    const [claimed] = await tx
      .update(handovers)
      .set({ ...(kind === 'before' ? { reminderBeforeSentAt: now } : { reminderAfterSentAt: now }), feedbackTokenHash: token.hash })
      .where(and(eq(handovers.id, handoverId), due(kind, now)))
      .returning();
    if (!claimed) return false;
    const [signal] = await tx.select({ reference: signals.reference }).from(signals).where(eq(signals.id, claimed.signalId));
    await recordAudit(tx, {
      municipality: claimed.municipality,
      actorUserId: null,
      actor: 'systeem',
      action: 'handover.reminder',
      objectType: 'handover',
      objectId: claimed.id,
      result: 'success',
      origin: null,
      details: { signalId: claimed.signalId, partnerId: claimed.partnerId, kind },
    });
    await deps.mailer.send(
      reminderMail({
        kind,
        to: claimed.recipientEmail!,
        reference: signal!.reference,
        municipality: municipalityName(deps.content, claimed.municipality),
        partnerName: partnerNameFor(deps.content, claimed.municipality, claimed.partnerId),
        sentAt: claimed.sentAt,
        dueAt: claimed.dueAt,
        link: feedbackLink(deps.publicUrl, token.token),
        linkExpiresAt: claimed.feedbackTokenExpiresAt,
      }),
    );
    return true;
  });
}

/**
 * Sends the reminders that are due at `now`: one e-mail to the partner 2 days before the due date
 * and one after it, for handovers without feedback whose signal is not closed or "niet
 * doorgezet", each exactly once even with several app instances running this at the same time. Returns how many of each this run sent.
 */
export async function runReminders(deps: ReminderDeps, now: Date): Promise<{ before: number; after: number }> {
  const sent = { before: 0, after: 0 };
  if (!deps.mailer.enabled) return sent;
  for (const kind of ['after', 'before'] as const) {
    // Across tenants, read-only: which handovers of any municipality are due (ids only).
    const candidates = await asSystem(deps.database.db, (tx) => tx.select({ id: handovers.id }).from(handovers).where(due(kind, now)).orderBy(handovers.dueAt));
    for (const { id } of candidates) {
      try {
        if (await claimAndSend(deps, id, kind, now)) sent[kind] += 1;
      } catch (error) {
        // The claim rolled back; the next run tries again. No address or content in the log.
        deps.logger?.warn({ handoverId: id, reminder: kind, error: errorCode(error) }, 'herinnering voor terugkoppeling niet verstuurd; volgende ronde opnieuw');
      }
    }
  }
  return sent;
}

/** The name and code of an error, never its message (an SMTP answer may quote the address). */
export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return 'unknown';
}
