import { eq } from 'drizzle-orm';
import { transition, type SignalEvent, type SignalState } from '../../domain/signal/workflow';
import { decryptField, encryptField } from '../crypto/field-cipher';
import type { Keyring } from '../crypto/keyring';
import { signalEvents, signals } from '../db/schema';
import type { Tx } from '../db/tenant';
import { errors } from '../http/errors';

export type SignalRow = typeof signals.$inferSelect;

/** Who acts on a signal: a user in a role, or a partner through a feedback link. */
export interface SignalActor {
  userId: string | null;
  /** The role in this act, or 'partner' / 'systeem'. */
  kind: string;
}

/**
 * Where an encrypted value lives, bound into its ciphertext: a value copied to another signal or
 * field does not decrypt there.
 */
export const sealContext = {
  submission: (signalId: string) => `signal:${signalId}:submission`,
  reporter: (signalId: string) => `signal:${signalId}:reporter`,
  eventText: (signalId: string) => `signal:${signalId}:event-text`,
  handoverContent: (handoverId: string) => `handover:${handoverId}:content`,
  feedbackNote: (handoverId: string) => `handover:${handoverId}:feedback-note`,
  feedbackForwardedTo: (handoverId: string) => `handover:${handoverId}:feedback-forwarded-to`,
  meldcodeNote: (signalId: string, step: number) => `signal:${signalId}:meldcode:${step}`,
  meetingDecision: (meetingId: string, signalId: string) => `meeting:${meetingId}:signal:${signalId}`,
  draft: (userId: string) => `draft:${userId}`,
};

export const seal = (keyring: Keyring, context: string, value: unknown): string => encryptField(keyring, context, JSON.stringify(value));
export const unseal = <T>(keyring: Keyring, context: string, sealed: string): T => JSON.parse(decryptField(keyring, context, sealed)) as T;

/** The signal of the transaction's municipality (row-level security), locked for this change. */
export async function findSignalForUpdate(tx: Tx, id: string): Promise<SignalRow> {
  const [row] = await tx.select().from(signals).where(eq(signals.id, id)).for('update');
  if (!row) throw errors.signalNotFound();
  return row;
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

/** Appends one entry to the case history; the history is never edited. */
export async function appendEvent(tx: Tx, keyring: Keyring, signal: SignalRow, actor: SignalActor, input: EventInput, now: Date): Promise<number> {
  const [row] = await tx
    .insert(signalEvents)
    .values({
      signalId: signal.id,
      municipality: signal.municipality,
      at: now,
      actorUserId: actor.userId,
      actor: actor.kind,
      kind: input.kind,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      data: input.data ?? {},
      textSealed: input.text ? seal(keyring, sealContext.eventText(signal.id), input.text) : null,
      correctsEventId: input.correctsEventId ?? null,
    })
    .returning({ id: signalEvents.id });
  return row!.id;
}

/**
 * Moves the signal through the workflow of the domain core, or refuses with its Dutch message,
 * and records the change in the history in the same transaction.
 */
export async function applyTransition(
  tx: Tx,
  keyring: Keyring,
  signal: SignalRow,
  event: SignalEvent,
  actor: SignalActor,
  now: Date,
  extra: { data?: Record<string, unknown>; text?: string | null } = {},
): Promise<SignalRow> {
  const result = transition(signal.state as SignalState, event);
  if (!result.ok) throw errors.transitionRefused(result.message);
  const [updated] = await tx.update(signals).set({ state: result.to, updatedAt: now }).where(eq(signals.id, signal.id)).returning();
  await appendEvent(tx, keyring, signal, actor, { kind: event, fromState: signal.state as SignalState, toState: result.to, ...extra }, now);
  return updated!;
}
