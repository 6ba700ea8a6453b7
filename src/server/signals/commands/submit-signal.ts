import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SignalSubmission } from '../../../domain/signal/schema';
import type { SignalState } from '../../../domain/signal/workflow';
import { normalizeAddress } from '../../../domain/signal/normalize';
import { recordAudit, type AuditEntry } from '../../audit/record-audit';
import { signalDrafts, signals, users } from '../../db/schema';
import { inTenant, type Tx } from '../../db/tenant';
import { errors } from '../../http/errors';
import { isUniqueViolation } from '../../users/commands/unique-violation';
import type { ActingUser } from '../acting-user';
import { checkSubmissionContent } from '../check-submission-content';
import { idempotencyBodyHash } from '../idempotency';
import { nextReference } from '../reference';
import { signalErrors } from '../signal-errors';
import { appendEvent, seal, sealContext } from '../signal-store';
import type { Reporter, SignalServices, StoredSubmission } from '../signal-services';

export interface SubmittedSignal {
  id: string;
  reference: string;
  state: SignalState;
}

export interface SubmitSignalInput {
  municipality: string;
  reporter: ActingUser;
  /** From the Idempotency-Key header: the same key again returns the first signal. */
  idempotencyKey: string;
  submission: SignalSubmission;
  /** When the signal was received; the services' clock when absent (the demo seeds older signals). */
  receivedAt?: Date;
}

interface KeyedSignal {
  signal: SubmittedSignal;
  /** The hash of the body it was submitted with; null for signals from before it was kept. */
  bodyHash: string | null;
}

async function findByKey(tx: Tx, reporterUserId: string, key: string): Promise<KeyedSignal | undefined> {
  const [row] = await tx
    .select({ id: signals.id, reference: signals.reference, state: signals.state, bodyHash: signals.idempotencyBodyHash })
    .from(signals)
    .where(and(eq(signals.reporterUserId, reporterUserId), eq(signals.idempotencyKey, key)));
  return row && { signal: { id: row.id, reference: row.reference, state: row.state as SignalState }, bodyHash: row.bodyHash };
}

type Outcome = { signal: SubmittedSignal; created: boolean } | { refused: SubmittedSignal };

/**
 * Step 1 of seed 004: a medewerker passes a signal on to the AF of their municipality. In one
 * transaction: the reference, the signal (submission and reporter encrypted, each bound to this
 * signal), the first history entry, the audit record, and the end of the user's draft. A signal the
 * system acknowledged is therefore never half there. A repeated request (double click, a retry after
 * a lost answer) with the same idempotency key and the same body returns the first signal instead
 * of a second one; the same key with another body is refused (422), and nothing changes.
 */
export async function submitSignal(services: SignalServices, input: SubmitSignalInput): Promise<{ signal: SubmittedSignal; created: boolean }> {
  checkSubmissionContent(services.content, input.submission);
  const outcome = await submitOnce(services, input, idempotencyBodyHash(input.idempotencyKey, input.submission));
  // Refused after the transaction, so that its audit record is kept.
  if ('refused' in outcome) throw signalErrors.idempotencyKeyReused(outcome.refused.reference);
  return outcome;
}

/** The audit record of a submission, made or refused, by the reporter. */
function auditSubmit(tx: Tx, input: SubmitSignalInput, signalId: string, result: AuditEntry['result'], details: AuditEntry['details']): Promise<void> {
  const { municipality, reporter } = input;
  return recordAudit(tx, {
    municipality,
    actorUserId: reporter.userId,
    actor: reporter.kind,
    action: 'signal.submit',
    objectType: 'signal',
    objectId: signalId,
    result,
    origin: reporter.origin,
    details,
  });
}

/** A request with a key that was used before: the first signal again, or refused when the body differs. */
async function repeat(tx: Tx, input: SubmitSignalInput, bodyHash: string, existing: KeyedSignal): Promise<Outcome> {
  const sameBody = existing.bodyHash === null || existing.bodyHash === bodyHash;
  await auditSubmit(tx, input, existing.signal.id, sameBody ? 'success' : 'denied', sameBody ? { repeated: true } : { repeated: true, reason: 'idempotency-key-reused' });
  return sameBody ? { signal: existing.signal, created: false } : { refused: existing.signal };
}

async function submitOnce(services: SignalServices, input: SubmitSignalInput, bodyHash: string): Promise<Outcome> {
  const { municipality, reporter, idempotencyKey } = input;
  try {
    return await inTenant(services.db, municipality, async (tx) => {
      const existing = await findByKey(tx, reporter.userId!, idempotencyKey);
      if (existing) return repeat(tx, input, bodyHash, existing);
      const now = input.receivedAt ?? services.now();
      const [user] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, reporter.userId!));
      if (!user) throw errors.forbidden();
      const id = crypto.randomUUID();
      const reference = await nextReference(tx, municipality, now);
      const { reporterPhone, ...rest } = input.submission;
      const stored: StoredSubmission = { ...rest, addresses: rest.addresses.map(normalizeAddress) };
      const identity: Reporter = { name: user.name, email: user.email, phone: reporterPhone || null };
      const [row] = await tx
        .insert(signals)
        .values({
          id,
          municipality,
          reference,
          state: 'ontvangen',
          urgent: stored.acuteDanger,
          forms: stored.forms,
          sector: stored.sector ?? null,
          reporterUserId: reporter.userId!,
          reporterSealed: seal(services.keyring, sealContext.reporter(id), identity),
          submissionSealed: seal(services.keyring, sealContext.submission(id), stored),
          idempotencyKey,
          idempotencyBodyHash: bodyHash,
          receivedAt: now,
          updatedAt: now,
        })
        .returning();
      await appendEvent(tx, services.keyring, row!, reporter, { kind: 'ingediend', toState: 'ontvangen', data: { urgent: stored.acuteDanger } }, now);
      await auditSubmit(tx, input, id, 'success', { reference, urgent: stored.acuteDanger });
      await tx.delete(signalDrafts).where(eq(signalDrafts.userId, reporter.userId!));
      return { signal: { id, reference, state: 'ontvangen' }, created: true };
    });
  } catch (error) {
    // Two requests with the same key at the same moment: the unique index lets one win; the
    // other returns the winner's signal (or is refused when its body differs).
    if (!isUniqueViolation(error)) throw error;
    return inTenant(services.db, municipality, async (tx) => {
      const existing = await findByKey(tx, reporter.userId!, idempotencyKey);
      if (!existing) throw error;
      return repeat(tx, input, bodyHash, existing);
    });
  }
}
