import { eq } from 'drizzle-orm';
import type { SignalSubmission } from '../../domain/signal/schema';
import { transition, type SignalEvent, type SignalState } from '../../domain/signal/workflow';
import { auditActor } from '../context/actor';
import type { TxContext } from '../context/context';
import { seal, sealContext } from '../crypto/sealed-fields';
import { signalEvents, signals } from '../db/schema';
import type { Tx } from '../db/tenant';
import { errors } from '../http/errors';
import { recordFigureFacts } from '../statistics/figure-facts-store';

export type SignalRow = typeof signals.$inferSelect;

/** The signal of the transaction's municipality (row-level security), locked for this change. */
export async function findSignalForUpdate(tx: Tx, id: string): Promise<SignalRow> {
  const [row] = await tx.select().from(signals).where(eq(signals.id, id)).for('update');
  if (!row) throw errors.signalNotFound(id);
  return row;
}

export async function touchSignal(ctx: TxContext, signalId: string): Promise<void> {
  await ctx.tx.update(signals).set({ updatedAt: ctx.now }).where(eq(signals.id, signalId));
}

export interface EventInput {
  kind: string;
  fromState?: SignalState | null;
  toState?: SignalState | null;
  data?: Record<string, unknown>;
  /** Free text: stored encrypted. */
  text?: string | null;
  correctsEventId?: number | null;
}

/** Appends one entry to the case history, by the context's actor; the history is never edited. */
export async function appendEvent(ctx: TxContext, signal: Pick<SignalRow, 'id' | 'municipality'>, input: EventInput): Promise<number> {
  const { actorUserId, actor } = auditActor(ctx.actor);
  const [row] = await ctx.tx
    .insert(signalEvents)
    .values({
      signalId: signal.id,
      municipality: signal.municipality,
      at: ctx.now,
      actorUserId,
      actor,
      kind: input.kind,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      data: input.data ?? {},
      textSealed: input.text ? seal(ctx.services.keyring, sealContext.eventText(signal.id), input.text) : null,
      correctsEventId: input.correctsEventId ?? null,
    })
    .returning({ id: signalEvents.id });
  await recordFigureFacts(ctx.tx, signal, { at: ctx.now, kind: input.kind, data: input.data ?? {} });
  return row!.id;
}

/**
 * Moves the signal through the workflow of the domain core, or refuses with its Dutch message,
 * and records the change in the history in the same transaction.
 */
export async function applyTransition(
  ctx: TxContext,
  signal: SignalRow,
  event: SignalEvent,
  extra: { data?: Record<string, unknown>; text?: string | null } = {},
): Promise<SignalRow> {
  const result = transition(signal.state as SignalState, event);
  if (!result.ok) throw errors.transitionRefused(result.message);
  const [updated] = await ctx.tx.update(signals).set({ state: result.to, updatedAt: ctx.now }).where(eq(signals.id, signal.id)).returning();
  await appendEvent(ctx, signal, { kind: event, fromState: signal.state as SignalState, toState: result.to, ...extra });
  return updated!;
}

/** The submission as stored (encrypted): the reporter's phone number is kept with the reporter, not here. */
export type StoredSubmission = Omit<SignalSubmission, 'reporterPhone'>;

/** The reporter's identity, encrypted apart from the submission; for the AF of the municipality only. */
export interface Reporter {
  name: string;
  email: string;
  phone: string | null;
}
