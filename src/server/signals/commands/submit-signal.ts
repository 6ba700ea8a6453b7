import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SignalSubmission } from '../../../domain/signal/schema';
import type { SignalState } from '../../../domain/signal/workflow';
import { normalizeAddress } from '../../../domain/signal/normalize';
import { userOf } from '../../context/actor';
import type { TxContext } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { seal, sealContext } from '../../crypto/sealed-fields';
import { signalDrafts, signals, users } from '../../db/schema';
import { errors } from '../../http/errors';
import { isUniqueViolation } from '../../users/commands/unique-violation';
import { checkSubmissionContent } from '../check-submission-content';
import { idempotencyBodyHash } from '../idempotency';
import { nextReference } from '../reference';
import { appendEvent, type Reporter, type StoredSubmission } from '../signal-repository';

export interface SubmittedSignal {
  id: string;
  reference: string;
  state: SignalState;
}

export interface SubmitSignalInput {
  /** From the Idempotency-Key header: the same key again returns the first signal. */
  idempotencyKey: string;
  submission: SignalSubmission;
  /** When the signal was received; the moment of the command when absent (the demo seeds older signals). */
  receivedAt?: Date;
}

interface KeyedSignal {
  signal: SubmittedSignal;
  /** The hash of the body it was submitted with; null for signals from before it was kept. */
  bodyHash: string | null;
}

async function findByKey(ctx: TxContext, key: string): Promise<KeyedSignal | undefined> {
  const [row] = await ctx.tx
    .select({ id: signals.id, reference: signals.reference, state: signals.state, bodyHash: signals.idempotencyBodyHash })
    .from(signals)
    .where(and(eq(signals.reporterUserId, userOf(ctx.actor).userId), eq(signals.idempotencyKey, key)));
  return row && { signal: { id: row.id, reference: row.reference, state: row.state as SignalState }, bodyHash: row.bodyHash };
}

/** A request with a key that was used before: the first signal again, or refused (422) when the body differs. */
async function repeat(ctx: TxContext, bodyHash: string, existing: KeyedSignal): Promise<{ signal: SubmittedSignal; created: boolean }> {
  if (existing.bodyHash !== null && existing.bodyHash !== bodyHash) throw errors.idempotencyKeyReused(existing.signal.reference, existing.signal.id);
  await ctx.audit({ action: 'signal.submit', objectType: 'signal', objectId: existing.signal.id, details: { repeated: true } });
  return { signal: existing.signal, created: false };
}

async function submitOnce(ctx: TxContext, input: SubmitSignalInput, bodyHash: string): Promise<{ signal: SubmittedSignal; created: boolean }> {
  const existing = await findByKey(ctx, input.idempotencyKey);
  if (existing) return repeat(ctx, bodyHash, existing);
  const reporter = userOf(ctx.actor);
  const municipality = ctx.municipality!;
  const now = input.receivedAt ?? ctx.now;
  const [user] = await ctx.tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, reporter.userId));
  if (!user) throw errors.forbidden();
  const id = crypto.randomUUID();
  const reference = await nextReference(ctx.tx, municipality, now);
  const { reporterPhone, ...rest } = input.submission;
  const stored: StoredSubmission = { ...rest, addresses: rest.addresses.map(normalizeAddress) };
  const identity: Reporter = { name: user.name, email: user.email, phone: reporterPhone || null };
  const { keyring } = ctx.services;
  await ctx.tx.insert(signals).values({
    id,
    municipality,
    reference,
    state: 'ontvangen',
    urgent: stored.acuteDanger,
    forms: stored.forms,
    sector: stored.sector ?? null,
    reporterUserId: reporter.userId,
    reporterSealed: seal(keyring, sealContext.reporter(id), identity),
    submissionSealed: seal(keyring, sealContext.submission(id), stored),
    idempotencyKey: input.idempotencyKey,
    idempotencyBodyHash: bodyHash,
    receivedAt: now,
    updatedAt: now,
  });
  // The risk groups as categories in the history, where the figures count them (docs/decisions/0021-management-information.md).
  const riskGroups = stored.riskGroups?.length ? { riskGroups: [...new Set(stored.riskGroups)] } : {};
  await appendEvent({ ...ctx, now }, { id, municipality }, { kind: 'ingediend', toState: 'ontvangen', data: { urgent: stored.acuteDanger, ...riskGroups } });
  await ctx.audit({ action: 'signal.submit', objectType: 'signal', objectId: id, details: { reference, urgent: stored.acuteDanger } });
  await ctx.tx.delete(signalDrafts).where(eq(signalDrafts.userId, reporter.userId));
  return { signal: { id, reference, state: 'ontvangen' }, created: true };
}

/**
 * Step 1 of seed 004: a medewerker passes a signal on to the AF of their municipality. In one
 * transaction: the reference, the signal (submission and reporter encrypted, each bound to this
 * signal), the first history entry, the audit record, and the end of the user's draft. A signal the
 * system acknowledged is therefore never half there. A repeated request (double click, a retry after
 * a lost answer) with the same idempotency key and the same body returns the first signal instead
 * of a second one; the same key with another body is refused (422), and nothing changes.
 */
export const submitSignal = defineProcedure('signal.submit', async (ctx, input: SubmitSignalInput) => {
  checkSubmissionContent(ctx.services.content, input.submission);
  const bodyHash = idempotencyBodyHash(input.idempotencyKey, input.submission);
  try {
    return await inTransaction(ctx, (txCtx) => submitOnce(txCtx, input, bodyHash));
  } catch (error) {
    // Two requests with the same key at the same moment: the unique index lets one win; the
    // other returns the winner's signal (or is refused when its body differs).
    if (!isUniqueViolation(error)) throw error;
    return inTransaction(ctx, async (txCtx) => {
      const existing = await findByKey(txCtx, input.idempotencyKey);
      if (!existing) throw error;
      return repeat(txCtx, bodyHash, existing);
    });
  }
});
